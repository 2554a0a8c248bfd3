import { Pencil } from 'lucide-react';
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
        <p>
          <span className="sync-device-name">{status.deviceName}</span>{' '}
          <small className="muted">
            (id <code>{status.device}</code>)
          </small>{' '}
          <Button
            size="sm"
            variant="ghost"
            icon={Pencil}
            aria-label="Rename this computer"
            onClick={() => setRenaming(true)}
          >
            Rename
          </Button>
        </p>
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
        <span>Name of this computer, as the other computers show it</span>
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
        <Button type="submit" variant="primary" disabled={saving || name.trim() === ''}>
          {saving ? 'Saving…' : 'Save name'}
        </Button>
        <Button disabled={saving} onClick={onDone}>
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
