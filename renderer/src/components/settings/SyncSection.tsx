import { FolderInput, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/contract/api.ts';
import type { TaskProgress } from '../../../../electron/contract/model.ts';
import { errorMessage } from '../../api/client.ts';
import { formatCount } from '../../lib/plural.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useInfo } from '../../state/queries.ts';
import { Button } from '../../ui/Button.tsx';
import { Progress } from '../../ui/Progress.tsx';
import { SyncDevices } from './SyncDevices.tsx';

type Moved = MethodOutput<'library.move'>;

/** The core's progress task of a move (electron/core/library-home/movable-core.ts). */
const MOVE_TASK = 'library-move';

/**
 * Settings › Sync: this computer and the others seen (SyncDevices), where the library is, and moving it
 * into a folder a sync tool carries. The desktop app asks with the system's folder picker; browser mode,
 * which has none, takes a typed path.
 */
export function SyncSection() {
  const { client } = useServices();
  const info = useInfo().data;
  const [typing, setTyping] = useState(false);
  const [folder, setFolder] = useState('');
  const [moving, setMoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [moved, setMoved] = useState<Moved | null>(null);

  async function moveTo(to: string) {
    setProblem(null);
    setMoved(null);
    setMoving(true);
    try {
      setMoved(await client.call('library.move', { to }));
      setTyping(false);
      setFolder('');
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setMoving(false);
    }
  }

  async function start() {
    setProblem(null);
    if (!client.chooseFolder) {
      setTyping(true);
      return;
    }
    const chosen = await client.chooseFolder();
    if (chosen) await moveTo(chosen);
  }

  return (
    <section aria-labelledby="settings-sync">
      <h3 id="settings-sync">Sync</h3>
      <SyncDevices />
      <h4>Library folder</h4>
      <p className="sync-library-path">
        <FolderOpen aria-hidden="true" size={16} strokeWidth={1.75} />
        <span>
          This library is in <code>{info?.libraryPath ?? '…'}</code>.
        </span>
      </p>
      <p className="muted">
        To read on several computers, move it into a folder that Syncthing, Dropbox, iCloud Drive or Nextcloud carries,
        and open that folder with Annals on each of them.
      </p>
      {typing ? (
        <form
          aria-label="Move the library"
          onSubmit={(event) => {
            event.preventDefault();
            void moveTo(folder.trim());
          }}
        >
          <label className="stacked">
            <span className="field-label">New folder for the library (a full path; new or empty)</span>
            <input
              className="text-field sync-path-field"
              value={folder}
              disabled={moving}
              spellCheck={false}
              placeholder="/home/you/Sync/Annals"
              onChange={(event) => setFolder(event.target.value)}
            />
          </label>
          <div className="button-row">
            <Button type="submit" variant="primary" icon={FolderInput} disabled={moving || folder.trim() === ''}>
              {moving ? 'Moving…' : 'Move'}
            </Button>
            <Button variant="ghost" disabled={moving} onClick={() => setTyping(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <Button icon={FolderInput} disabled={moving} onClick={() => void start()}>
            {moving ? 'Moving…' : 'Move library to…'}
          </Button>
        </div>
      )}
      {moving && <MoveProgress />}
      {problem && (
        <p role="alert" className="sync-problem">
          The library was not moved: {problem}
        </p>
      )}
      {moved && <MoveResult moved={moved} />}
    </section>
  );
}

/** How far the copy is: every file is written, then read back and compared with the original. */
function MoveProgress() {
  const task = useUi((state) => state.tasks.find((candidate: TaskProgress) => candidate.taskId === MOVE_TASK));
  const total = task?.state === 'running' ? task.total : 0;
  const files = total / 2;
  const done = task?.done ?? 0;
  return (
    <div className="sync-progress">
      <Progress
        label="Move progress"
        {...(total ? { value: done, max: total, valueText: `${formatCount(done)} of ${formatCount(total)}` } : {})}
      />
      <span className="muted">
        {total === 0
          ? 'Preparing…'
          : done <= files
            ? `Copying files: ${formatCount(done)} of ${formatCount(files)}`
            : `Checking the copy: ${done - files} of ${files}`}
      </span>
    </div>
  );
}

function MoveResult({ moved }: { moved: Moved }) {
  return (
    <div role="status" className="sync-result">
      <p>
        Moved the library to <code>{moved.path}</code>.
      </p>
      <p>
        {moved.oldFolder === moved.previousPath ? (
          <>
            The old folder could not be renamed; it stays at <code>{moved.oldFolder}</code>, no longer used.
          </>
        ) : (
          <>
            The old folder is kept as <code>{moved.oldFolder}</code>; remove it once you have checked the new one.
          </>
        )}
      </p>
      {!moved.isDefault && (
        <p>
          Annals was started with this library named (--library or ANNALS_LIBRARY): name the new folder from now on.
        </p>
      )}
    </div>
  );
}
