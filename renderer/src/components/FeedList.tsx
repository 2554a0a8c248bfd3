import { Ellipsis, Plus, RefreshCw } from 'lucide-react';
import { folderLabel, sameFolder } from '../../../electron/contract/model.ts';
import type { Move } from '../lib/feed-order.ts';
import { useFeedDrag } from '../lib/use-feed-drag.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useFeeds } from '../state/queries.ts';
import { IconButton } from '../ui/Button.tsx';
import { type DropMark, FeedRow } from './FeedRow.tsx';
import { SidebarSection } from './SidebarSection.tsx';

/**
 * The sidebar's feeds in the reader's order: top-level feeds, then each folder, with icons and unread
 * counts; a failing feed says why on hover. Feeds and folders are dragged to reorder and regroup them, a
 * feed dropped on the heading leaves its folder for the top; the settings of a feed or folder do the same
 * from the keyboard.
 */
export function FeedList() {
  const { ui, library } = useServices();
  const listing = useFeeds().data;
  // Highlights and the timeline keep the feed filter for the way back, but the feed is not what they show.
  const current = useUi((state) => (state.pane === 'library' ? state.feedFilter : null));
  const feeds = listing?.feeds ?? [];
  const folders = listing?.folders ?? [];
  const drag = useFeedDrag(feeds, folders, (move: Move) => {
    if (move.kind === 'feed') void library.moveFeed(move.id, move.folderPath, move.beforeId);
    else void library.moveFolder(move.path, move.before);
  });
  const { over, dragging } = drag;
  const mark = (matches: boolean, after: boolean, into = false): DropMark =>
    !matches ? '' : into ? 'drop-into' : after ? 'drop-after' : 'drop-before';
  const draggingNested =
    dragging?.kind === 'feed' && (feeds.find((feed) => feed.id === dragging.id)?.folderPath.length ?? 0) > 0;

  const feedRows = (path: string[]) =>
    feeds
      .filter((feed) => sameFolder(feed.folderPath, path))
      .map((feed) => (
        <FeedRow
          key={feed.id}
          feed={feed}
          selected={current === feed.id}
          dropMark={mark(over?.kind === 'feed' && over.id === feed.id, over?.kind === 'feed' && over.after)}
          dragProps={{
            ...drag.source({ kind: 'feed', id: feed.id }),
            ...drag.target((after) => ({ kind: 'feed', id: feed.id, after })),
          }}
        />
      ));

  return (
    <SidebarSection
      label="Feeds"
      currentPlace={feeds.some((feed) => feed.id === current) ? (current ?? undefined) : undefined}
      headerProps={{
        className: over?.kind === 'top' ? 'drop-into' : '',
        ...(draggingNested ? { title: 'Drop here to take it out of its folder' } : {}),
        ...drag.target(() => ({ kind: 'top' })),
      }}
      actions={
        <>
          {feeds.length > 0 && (
            <IconButton
              size="sm"
              label="Refresh all feeds"
              icon={RefreshCw}
              command="feeds.refresh"
              onClick={() => void library.refreshFeeds()}
            />
          )}
          <IconButton
            size="sm"
            label="Follow…"
            icon={Plus}
            data-return-focus="follow"
            onClick={() => ui.openDialog('follow')}
          />
        </>
      }
    >
      {/* A heading over nothing looked unfinished, and the + beside it says little to a new reader. */}
      {listing && feeds.length === 0 && (
        <p className="nav-note muted">
          <button type="button" className="link-button" onClick={() => ui.openDialog('follow')}>
            Follow a site
          </button>{' '}
          to get its new articles here.
        </p>
      )}
      <ul className="nav-list">{feedRows([])}</ul>
      {folders.map((path) => {
        const label = folderLabel(path);
        const isOver = over?.kind === 'folder' && sameFolder(over.path, path);
        return (
          <div key={label} className="feed-folder-group">
            {/* biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse path; the folder's ⋯ dialog moves it from the keyboard */}
            <div
              className={`feed-folder-row ${mark(isOver, isOver && over.after, dragging?.kind === 'feed')}`}
              onContextMenu={(event) => {
                event.preventDefault();
                ui.editFolder(path);
              }}
              {...drag.source({ kind: 'folder', path })}
              {...drag.target((after) => ({ kind: 'folder', path, after }))}
            >
              <p className="feed-folder">{label}</p>
              <IconButton
                size="sm"
                label={`Refresh the feeds of ${label}`}
                icon={RefreshCw}
                onClick={() => void library.refreshFeeds({ folderPath: path })}
              />
              <IconButton size="sm" label={`Folder ${label}`} icon={Ellipsis} onClick={() => ui.editFolder(path)} />
            </div>
            <ul className="nav-list">{feedRows(path)}</ul>
          </div>
        );
      })}
    </SidebarSection>
  );
}
