import { Check, Laptop, Pencil } from 'lucide-react';
import { useState } from 'react';
import type { SyncStatus } from '../../../../electron/contract/sync.ts';
import { errorMessage } from '../../api/client.ts';
import { useServices } from '../../state/app-context.tsx';
import { Button } from '../../ui/Button.tsx';
import { syncStatusKey } from './use-sync-status.ts';

/** This computer as the others see it: its name, which the reader may change in place, and its id. */
export function ThisDevice({ status }: { status: SyncStatus }) {
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="sync-this-device">
      <h4>This computer</h4>
      {renaming ? (
        <RenameDevice current={status.deviceName} onDone={() => setRenaming(false)} />
      ) : (
        <div className="sync-device">
          <Laptop className="sync-device-icon" aria-hidden="true" size={18} strokeWidth={1.75} />
          <div className="sync-device-facts">
            <span className="sync-device-name">{status.deviceName}</span>
            {/* A computer named for its id (no name given) would read "testdevice / id testdevice". */}
            {status.deviceName !== status.device && (
              <small className="muted">
                id <code>{status.device}</code>
              </small>
            )}
          </div>
          <Button
            size="sm"
            variant="ghost"
            icon={Pencil}
            aria-label="Rename this computer"
            tooltip="Change the name the other computers show"
            onClick={() => setRenaming(true)}
          >
            Rename
          </Button>
        </div>
      )}
    </div>
  );
}

function RenameDevice({ current, onDone }: { current: string; onDone: () => void }) {
  const { client, queryClient } = useServices();
  const [name, setName] = useState(current);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save() {
    setProblem(null);
    setSaving(true);
    try {
      queryClient.setQueryData(syncStatusKey, await client.call('sync.renameDevice', { name: name.trim() }));
      onDone();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      aria-label="Rename this computer"
      className="sync-rename"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Closes the form, not the settings.
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="stacked">
        <span className="field-label">Name of this computer, as the other computers show it</span>
        <input
          className="text-field"
          value={name}
          maxLength={100}
          disabled={saving}
          // biome-ignore lint/a11y/noAutofocus: the reader asked to rename; the field is what comes next
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <div className="button-row">
        <Button type="submit" variant="primary" icon={Check} disabled={saving || name.trim() === ''}>
          {saving ? 'Saving…' : 'Save name'}
        </Button>
        <Button variant="ghost" disabled={saving} onClick={onDone}>
          Cancel
        </Button>
      </div>
      {problem && (
        <p role="alert" className="sync-problem">
          The name was not changed: {problem}
        </p>
      )}
    </form>
  );
}
