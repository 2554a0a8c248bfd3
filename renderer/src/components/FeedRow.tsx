import { Ellipsis } from 'lucide-react';
import type { DragEvent } from 'react';
import type { MethodOutput } from '../../../electron/contract/api.ts';
import { formatCount } from '../lib/plural.ts';
import { useServices } from '../state/app-context.tsx';
import { IconButton } from '../ui/Button.tsx';
import { placeProps } from '../ui/current-place.ts';
import { FeedIcon } from './FeedIcon.tsx';

export type DropMark = 'drop-before' | 'drop-after' | 'drop-into' | '';

type ListedFeed = MethodOutput<'feeds.list'>['feeds'][number];

interface DragProps {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

/** One feed in the sidebar: icon (or why its last refresh failed), name, unread count, settings. */
export function FeedRow({
  feed,
  selected,
  dropMark,
  dragProps,
}: {
  feed: ListedFeed;
  selected: boolean;
  dropMark: DropMark;
  dragProps: DragProps;
}) {
  const { ui } = useServices();
  return (
    <li
      className={`saved-search feed-row ${dropMark}`}
      onContextMenu={(event) => {
        event.preventDefault();
        ui.editFeed(feed.id);
      }}
      {...dragProps}
    >
      <button
        type="button"
        className="nav-item"
        {...placeProps}
        aria-pressed={selected}
        title={`${feed.title}\n${feed.lastError ? `Last refresh failed: ${feed.lastError}` : feed.url}`}
        onClick={() => ui.setFeedFilter(selected ? null : feed.id)}
      >
        <span className="tag-name">
          {feed.lastError ? (
            <span className="feed-error" role="img" aria-label="Last refresh failed">
              !
            </span>
          ) : (
            <FeedIcon title={feed.title} icon={feed.icon} />
          )}
          <span className="feed-title">{feed.title}</span>
        </span>
        <span className="count">
          {feed.unread > 0 ? formatCount(feed.unread) : ''}
          {feed.unread > 0 && <span className="visually-hidden"> unread</span>}
        </span>
      </button>
      <IconButton size="sm" label={`Settings of ${feed.title}`} icon={Ellipsis} onClick={() => ui.editFeed(feed.id)} />
    </li>
  );
}
