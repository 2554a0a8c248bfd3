import {
  Archive,
  Command,
  Highlighter,
  Inbox,
  Keyboard,
  Library,
  type LucideIcon,
  PanelLeftClose,
  PanelLeftOpen,
  Settings,
  Star,
  Timeline as TimelineIcon,
} from 'lucide-react';
import { useRef } from 'react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import type { LibraryView } from '../../../electron/contract/model.ts';
import { formatCount } from '../lib/plural.ts';
import { useCurrentPlaceInView } from '../lib/use-current-place.ts';
import { useRovingFocus } from '../lib/use-roving-focus.ts';
import { useSidebar } from '../lib/use-sidebar.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useInfo } from '../state/queries.ts';
import type { DialogName, UiState } from '../state/ui-store.ts';
import { IconButton } from '../ui/Button.tsx';
import { placeProps } from '../ui/current-place.ts';
import { tooltipProps } from '../ui/shortcuts.ts';
import { FeedList } from './FeedList.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { StoryList } from './StoryList.tsx';
import { TagList } from './TagList.tsx';

type UnreadView = 'inbox' | 'favorites' | 'all';
interface Entry {
  label: string;
  icon: LucideIcon;
  command: CommandId;
}
const views: (Entry & { id: LibraryView })[] = [
  { id: 'inbox', label: 'Inbox', icon: Inbox, command: 'view.inbox' },
  { id: 'favorites', label: 'Favorites', icon: Star, command: 'view.favorites' },
  { id: 'archive', label: 'Archive', icon: Archive, command: 'view.archive' },
  { id: 'all', label: 'All articles', icon: Library, command: 'view.all' },
];
const footer: (Entry & { dialog: DialogName })[] = [
  { dialog: 'palette', label: 'Commands', icon: Command, command: 'app.palette' },
  { dialog: 'help', label: 'Keyboard shortcuts', icon: Keyboard, command: 'help.shortcuts' },
  { dialog: 'settings', label: 'Settings', icon: Settings, command: 'app.settings' },
];
const hasUnread = (view: LibraryView): view is UnreadView => view !== 'archive';

/** What the window shows, as one string: when it changes, the sidebar's current place may have too. */
const whereTheReaderIs = (state: UiState) =>
  [
    state.pane,
    state.view,
    state.feedFilter,
    state.tagFilter.join('\n'),
    state.search.trim(),
    JSON.stringify(state.timeline.scope),
  ].join('|');

/** A sidebar entry's icon, beside its words. */
function EntryLabel({ label, icon: Icon }: { label: string; icon: LucideIcon }) {
  return (
    <span className="nav-label">
      <Icon className="nav-icon" aria-hidden="true" size={16} strokeWidth={1.75} />
      {label}
    </span>
  );
}

/**
 * The sidebar scrolls as one column: views with their unread counts, then stories, feeds, saved
 * searches and tags, each section folding away. Shortcuts are in tooltips, the palette and `?`.
 */
export function Sidebar() {
  const { ui } = useServices();
  const current = useUi((state) => state.view);
  const pane = useUi((state) => state.pane);
  // Search results stand apart from every view: while they show, no view is the current one. A feed or a tag
  // filter is the current place in its stead, however it was chosen (the sidebar, "Go to…", a link).
  const searching = useUi((state) => state.search.trim() !== '');
  const filtered = useUi((state) => state.feedFilter !== null || state.tagFilter.length > 0);
  const timelineKind = useUi((state) => state.timeline.scope.kind);
  const where = useUi(whereTheReaderIs);
  const unread = useInfo().data?.unread;
  const aside = useRef<HTMLElement>(null);
  useCurrentPlaceInView(aside, where);
  const viewsNav = useRef<HTMLElement>(null);
  useRovingFocus(viewsNav);
  return (
    <aside className="sidebar" ref={aside} data-tooltip-side="right">
      <div className="sidebar-top">
        <h1 className="brand">Annals</h1>
        <SidebarToggle />
      </div>
      <nav ref={viewsNav} aria-label="Library views">
        <ul className="nav-list">
          {views.map((view) => {
            const count = hasUnread(view.id) ? (unread?.[view.id] ?? 0) : 0;
            return (
              <li key={view.id}>
                <button
                  type="button"
                  className="nav-item"
                  {...placeProps}
                  aria-current={
                    pane === 'library' && !filtered && !searching && view.id === current ? 'page' : undefined
                  }
                  {...tooltipProps(view.label, view.command)}
                  onClick={() => ui.setView(view.id)}
                >
                  <EntryLabel label={view.label} icon={view.icon} />
                  {/* A space, so the button is named “Inbox 12 unread”, not “Inbox12 unread”. */}
                  {count > 0 && ' '}
                  {count > 0 && (
                    <span className="count">
                      {formatCount(count)}
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
              {...placeProps}
              aria-current={pane === 'annotations' ? 'page' : undefined}
              {...tooltipProps('Highlights', 'view.annotations')}
              onClick={() => ui.showAnnotations()}
            >
              <EntryLabel label="Highlights" icon={Highlighter} />
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              {...placeProps}
              aria-current={pane === 'timeline' && timelineKind === 'all' ? 'page' : undefined}
              {...tooltipProps('Timeline', 'view.timeline')}
              onClick={() => ui.showTimeline({ kind: 'all' })}
            >
              <EntryLabel label="Timeline" icon={TimelineIcon} />
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
            // Takes the focus back from its dialog, even when the shortcut or the palette opened it.
            data-return-focus={item.dialog}
            {...tooltipProps(item.label, item.command)}
            onClick={() => ui.openDialog(item.dialog)}
          >
            <EntryLabel label={item.label} icon={item.icon} />
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
    <IconButton
      label={label}
      icon={sidebar.shown ? PanelLeftClose : PanelLeftOpen}
      aria-expanded={sidebar.shown}
      onClick={sidebar.toggle}
    />
  );
}
