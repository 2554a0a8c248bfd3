import type { LibraryView } from '../../../electron/contract/model.ts';
import { describeShortcut } from '../lib/keys.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { FeedList } from './FeedList.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { StoryList } from './StoryList.tsx';
import { TagList } from './TagList.tsx';

const views: { id: LibraryView; label: string; shortcut: string }[] = [
  { id: 'inbox', label: 'Inbox', shortcut: '1' },
  { id: 'favorites', label: 'Favorites', shortcut: '2' },
  { id: 'archive', label: 'Archive', shortcut: '3' },
  { id: 'all', label: 'All articles', shortcut: '4' },
];

export function Sidebar() {
  const { ui } = useServices();
  const current = useUi((state) => state.view);
  const pane = useUi((state) => state.pane);
  const feedFilter = useUi((state) => state.feedFilter);
  const timelineKind = useUi((state) => state.timeline.scope.kind);
  return (
    <aside className="sidebar">
      <h1 className="brand">Annals</h1>
      <nav aria-label="Library views">
        <ul className="nav-list">
          {views.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={pane === 'library' && !feedFilter && view.id === current ? 'page' : undefined}
                aria-keyshortcuts={view.shortcut}
                onClick={() => ui.setView(view.id)}
              >
                <span>{view.label}</span>
                <kbd>{view.shortcut}</kbd>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={pane === 'annotations' ? 'page' : undefined}
              aria-keyshortcuts="5"
              onClick={() => ui.showAnnotations()}
            >
              <span>Highlights</span>
              <kbd>5</kbd>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={pane === 'timeline' && timelineKind === 'all' ? 'page' : undefined}
              aria-keyshortcuts="6"
              onClick={() => ui.showTimeline({ kind: 'all' })}
            >
              <span>Timeline</span>
              <kbd>6</kbd>
            </button>
          </li>
        </ul>
      </nav>
      <StoryList />
      <FeedList />
      <SavedSearches />
      <TagList />
      <div className="sidebar-footer">
        <button type="button" className="nav-item" onClick={() => ui.openDialog('palette')}>
          <span>Commands</span>
          <kbd>{describeShortcut('Mod+k')}</kbd>
        </button>
        <button type="button" className="nav-item" onClick={() => ui.openDialog('help')}>
          <span>Keyboard shortcuts</span>
          <kbd>?</kbd>
        </button>
        <button type="button" className="nav-item" onClick={() => ui.openDialog('settings')}>
          <span>Settings</span>
          <kbd>,</kbd>
        </button>
      </div>
    </aside>
  );
}
