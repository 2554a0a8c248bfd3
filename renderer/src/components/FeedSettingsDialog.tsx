import { type FormEvent, useState } from 'react';
import { folderLabel, folderPathFromLabel } from '../../../electron/contract/model.ts';
import { stepFeed } from '../lib/feed-order.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useFeeds } from '../state/queries.ts';
import { Checkbox } from '../ui/Checkbox.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { Select } from '../ui/Select.tsx';

const intervals = [
  { minutes: 15, label: 'every 15 minutes' },
  { minutes: 60, label: 'every hour' },
  { minutes: 360, label: 'every 6 hours' },
  { minutes: 1_440, label: 'once a day' },
  { minutes: 10_080, label: 'once a week' },
];

/** One feed: its name, its folder, how often it is refreshed; refresh it now or stop following it. */
export function FeedSettingsDialog() {
  const { library, ui } = useServices();
  const feedId = useUi((state) => state.editingFeedId);
  const feeds = useFeeds().data?.feeds ?? [];
  const feed = feeds.find((candidate) => candidate.id === feedId);
  const [title, setTitle] = useState(feed?.title ?? '');
  const [folder, setFolder] = useState(folderLabel(feed?.folderPath ?? []));
  const [minutes, setMinutes] = useState(feed?.refreshMinutes ?? 60);
  const [local, setLocal] = useState(feed?.allowPrivateNetwork ?? false);
  if (!feed) return null;
  // What dragging does, from the keyboard: one place up or down within its folder.
  const up = stepFeed(feeds, feed.id, -1);
  const down = stepFeed(feeds, feed.id, 1);
  // At either end the buttons are aria-disabled, not disabled: a disabled button would drop the focus.
  const move = (step: typeof up) => {
    if (step?.kind === 'feed') void library.moveFeed(step.id, step.folderPath, step.beforeId);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!feed) return;
    const folderPath = folderPathFromLabel(folder);
    await library.updateFeed(feed.id, {
      title: title.trim() || feed.title,
      folderPath,
      refreshMinutes: minutes,
      allowPrivateNetwork: local,
    });
    ui.closeDialog();
  }

  return (
    <Dialog title="Feed settings">
      <DialogHeader title={feed.title} />
      <p className="muted">{feed.url}</p>
      {feed.lastError && (
        <p className="search-problem" role="alert">
          The last refresh failed: {feed.lastError}
        </p>
      )}
      <form className="stacked" onSubmit={(event) => void save(event)}>
        <label className="stacked">
          <span>Name</span>
          <input
            className="text-field"
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="stacked">
          <span>Folder (folders inside folders with /, empty for none)</span>
          <input className="text-field" value={folder} onChange={(event) => setFolder(event.target.value)} />
        </label>
        <div className="feed-place">
          <span>Place in {feed.folderPath.length > 0 ? `“${folderLabel(feed.folderPath)}”` : 'the top level'}</span>
          <button type="button" className="button button-small" aria-disabled={!up} onClick={() => move(up)}>
            Move up in the sidebar
          </button>
          <button type="button" className="button button-small" aria-disabled={!down} onClick={() => move(down)}>
            Move down in the sidebar
          </button>
        </div>
        <Select
          label="Check for new articles"
          value={minutes}
          options={intervals.map((interval) => ({ value: interval.minutes, label: interval.label }))}
          onChange={setMinutes}
        />
        <Checkbox checked={local} onChange={setLocal}>
          It is on this computer or my local network: let Annals fetch from {hostOf(feed.url)}
        </Checkbox>
        <div className="popover-actions">
          <span>
            <button type="button" className="button" onClick={() => void library.refreshFeeds({ id: feed.id })}>
              Refresh this feed now
            </button>{' '}
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                ui.closeDialog();
                void library.unfollowFeed(feed.id);
              }}
            >
              Stop following this feed
            </button>
          </span>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
