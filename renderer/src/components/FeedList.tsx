import { useServices, useUi } from '../state/app-context.tsx';
import { useFeeds } from '../state/queries.ts';

/** The sidebar's feeds, by folder, with unread counts; a failing feed says why on hover. */
export function FeedList() {
  const { ui, library } = useServices();
  const feeds = useFeeds();
  const current = useUi((state) => state.feedFilter);
  const list = feeds.data?.feeds ?? [];
  const folders = [...new Set(list.map((feed) => feed.folderPath.join(' / ')))].sort();
  return (
    <nav aria-label="Feeds" className="tag-nav">
      <div className="tag-nav-header">
        <h2>Feeds</h2>
        <span>
          {list.length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => void library.refreshFeeds()}
              aria-keyshortcuts="r"
            >
              Refresh
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={() => ui.openDialog('follow')}>
            Follow…
          </button>
        </span>
      </div>
      {folders.map((folder) => (
        <div key={folder || '(top)'}>
          {folder && <p className="feed-folder">{folder}</p>}
          <ul className="nav-list">
            {list
              .filter((feed) => feed.folderPath.join(' / ') === folder)
              .map((feed) => (
                <li key={feed.id} className="saved-search">
                  <button
                    type="button"
                    className="nav-item"
                    aria-pressed={current === feed.id}
                    title={feed.lastError ? `Last refresh failed: ${feed.lastError}` : feed.url}
                    onClick={() => ui.setFeedFilter(current === feed.id ? null : feed.id)}
                  >
                    <span className="tag-name">
                      {feed.lastError && (
                        <span className="feed-error" role="img" aria-label="Last refresh failed">
                          !
                        </span>
                      )}
                      {feed.title}
                    </span>
                    <span className="count">
                      {feed.unread > 0 ? feed.unread : ''}
                      {feed.unread > 0 && <span className="visually-hidden"> unread</span>}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Settings of ${feed.title}`}
                    title="Rename, move, refresh, stop following"
                    onClick={() => ui.editFeed(feed.id)}
                  >
                    ⋯
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
