import { folderLabel, sameFolder } from '../../../electron/contract/model.ts';
import { stepFolder } from '../lib/feed-order.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useFeeds } from '../state/queries.ts';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';

/** One folder of feeds: refresh just its feeds, or move it up or down (what dragging does, by keyboard). */
export function FolderDialog() {
  const { library, ui } = useServices();
  const path = useUi((state) => state.editingFolder);
  const folders = useFeeds().data?.folders ?? [];
  const folder = folders.find((candidate) => path && sameFolder(candidate, path));
  if (!folder) return null;
  const label = folderLabel(folder);
  const up = stepFolder(folders, folder, -1);
  const down = stepFolder(folders, folder, 1);
  // At either end the buttons are aria-disabled, not disabled: a disabled button would drop the focus.
  const move = (step: typeof up) => {
    if (step?.kind === 'folder') void library.moveFolder(step.path, step.before);
  };

  return (
    <Dialog title="Folder">
      <DialogHeader title={label} />
      <div className="popover-actions">
        <span>
          <button type="button" className="button" aria-disabled={!up} onClick={() => move(up)}>
            Move up
          </button>{' '}
          <button type="button" className="button" aria-disabled={!down} onClick={() => move(down)}>
            Move down
          </button>
        </span>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            ui.closeDialog();
            void library.refreshFeeds({ folderPath: folder });
          }}
        >
          Refresh its feeds
        </button>
      </div>
    </Dialog>
  );
}
