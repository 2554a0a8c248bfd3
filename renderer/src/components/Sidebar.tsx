import type { LibraryView } from '../../../electron/contract/model.ts';
import { describeShortcut } from '../lib/keys.ts';
import { useSidebar } from '../lib/use-sidebar.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useInfo } from '../state/queries.ts';
import type { DialogName } from '../state/ui-store.ts';
import { FeedList } from './FeedList.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { StoryList } from './StoryList.tsx';
import { TagList } from './TagList.tsx';

type UnreadView = 'inbox' | 'favorites' | 'all';
const views: { id: LibraryView; label: string; shortcut: string }[] = [
  { id: 'inbox', label: 'Inbox', shortcut: '1' },
  { id: 'favorites', label: 'Favorites', shortcut: '2' },
  { id: 'archive', label: 'Archive', shortcut: '3' },
  { id: 'all', label: 'All articles', shortcut: '4' },
];
const footer: { dialog: DialogName; label: string; shortcut: string; keys: string }[] = [
  { dialog: 'palette', label: 'Commands', shortcut: 'Mod+k', keys: 'Control+K Meta+K' },
  { dialog: 'help', label: 'Keyboard shortcuts', shortcut: '?', keys: '?' },
  { dialog: 'settings', label: 'Settings', shortcut: ',', keys: ',' },
];
const hasUnread = (view: LibraryView): view is UnreadView => view !== 'archive';

/** A tooltip that names a control's shortcut: "Inbox (1)", "Commands (Ctrl+K)". */
const withShortcut = (label: string, shortcut: string) => `${label} (${describeShortcut(shortcut)})`;

/**
 * The sidebar scrolls as one column: views with their unread counts, then stories, feeds, saved
 * searches and tags, each section folding away. Shortcuts are in tooltips, the palette and `?`.
 */
export function Sidebar() {
  const { ui } = useServices();
  const current = useUi((state) => state.view);
  const pane = useUi((state) => state.pane);
  const feedFilter = useUi((state) => state.feedFilter);
  const timelineKind = useUi((state) => state.timeline.scope.kind);
  const unread = useInfo().data?.unread;
  return (
    <aside className="sidebar">
      <div className="sidebar-top">
        <h1 className="brand">Annals</h1>
        <SidebarToggle />
      </div>
      <nav aria-label="Library views">
        <ul className="nav-list">
          {views.map((view) => {
            const count = hasUnread(view.id) ? (unread?.[view.id] ?? 0) : 0;
            return (
              <li key={view.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={pane === 'library' && !feedFilter && view.id === current ? 'page' : undefined}
                  aria-keyshortcuts={view.shortcut}
                  title={withShortcut(view.label, view.shortcut)}
                  onClick={() => ui.setView(view.id)}
                >
                  <span>{view.label}</span>
                  {count > 0 && (
                    <span className="count">
                      {count}
                      <span className="visually-hidden"> unread</span>
                    </span>
                  )}
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={pane === 'annotations' ? 'page' : undefined}
              aria-keyshortcuts="5"
              title={withShortcut('Highlights', '5')}
              onClick={() => ui.showAnnotations()}
            >
              <span>Highlights</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={pane === 'timeline' && timelineKind === 'all' ? 'page' : undefined}
              aria-keyshortcuts="6"
              title={withShortcut('Timeline', '6')}
              onClick={() => ui.showTimeline({ kind: 'all' })}
            >
              <span>Timeline</span>
            </button>
          </li>
        </ul>
      </nav>
      <StoryList />
      <FeedList />
      <SavedSearches />
      <TagList />
      <div className="sidebar-footer">
        {footer.map((item) => (
          <button
            key={item.dialog}
            type="button"
            className="nav-item"
            aria-keyshortcuts={item.keys}
            title={withShortcut(item.label, item.shortcut)}
            onClick={() => ui.openDialog(item.dialog)}
          >
            <span>{item.label}</span>
          </button>
        ))}
      </div>
    </aside>
  );
}

/** The sidebar hidden: a narrow rail with the way back to it. */
export function SidebarRail() {
  return (
    <aside className="sidebar-rail">
      <SidebarToggle />
    </aside>
  );
}

function SidebarToggle() {
  const sidebar = useSidebar();
  const label = sidebar.shown ? 'Hide the sidebar' : 'Show the sidebar';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      aria-expanded={sidebar.shown}
      onClick={sidebar.toggle}
    >
      {sidebar.shown ? '«' : '☰'}
    </button>
  );
}
