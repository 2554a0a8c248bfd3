// The UI's own state (no server data): its shape and how it starts. What changes it is in ui-store.ts and
// status-actions.ts.
import { createStore } from 'zustand/vanilla';
import type { ImportPreview } from '../../../electron/contract/import.ts';
import type { HighlightColor, LibraryView, TaskProgress } from '../../../electron/contract/model.ts';
import type { TimelineScope } from '../../../electron/contract/timeline.ts';
import { readRemembered } from '../lib/remembered.ts';
import type { Zoom } from '../timeline/axis.ts';
import type { LaneMode } from '../timeline/lanes.ts';
import type { Toast } from './task-notes.ts';

export type DialogName =
  | 'palette'
  | 'help'
  | 'settings'
  | 'about'
  | 'tags'
  | 'manage-tags'
  | 'export'
  | 'follow'
  | 'feed-settings'
  | 'import'
  | 'folder-settings'
  | 'edit-event'
  | 'join-event'
  | 'merge-story'
  | 'split-story'
  | 'move-article'
  | 'go-to-tag'
  | 'go-to-feed';

/** An event's sentence to show in its article, and the words in it that gave the event's date. */
export interface RevealedSentence {
  start: number;
  end: number;
  dateStart?: number;
  dateEnd?: number;
}

/** How the timeline is shown; kept while the reader reads an article from it, so Back finds it as it was. */
export interface TimelineViewState {
  scope: TimelineScope;
  zoom: Zoom;
  lanes: LaneMode;
  showHidden: boolean;
  /** The event the keys act on (j/k, Enter, e, h). */
  focusId: string | null;
  scrollTop: number;
  /** Events that were new when this visit began: still marked after the visit is remembered. */
  newIds: string[];
  /** The band of background events (past context) is open. */
  backgroundOpen: boolean;
}

/** The Highlights view's filters and place; kept while an article opened from it is read, so Back finds it as it was. */
export interface HighlightsViewState {
  query: string;
  tag: string;
  color: HighlightColor | '';
  articleId: string;
  scrollTop: number;
  /** How many of the matching highlights are drawn: a page at first, more as the reader asks. */
  shownCount: number;
}

/** Highlights drawn at first, and added by each "Show more": thousands drawn at once took seconds to open. */
export const HIGHLIGHTS_PAGE = 100;

export interface UndoEntry {
  id: number;
  label: string;
  undo: () => Promise<void>;
}

export interface UiState {
  view: LibraryView;
  selectedId: string | null;
  /** Articles ticked for a bulk action (Ctrl/⌘-click, Shift-click, x); empty means "the current one". */
  checkedIds: string[];
  /** Show only articles with these tags: all of them, or any. */
  tagFilter: string[];
  tagMode: 'all' | 'any';
  /** Show only the articles of this feed. */
  feedFilter: string | null;
  /** The feed the feed settings dialog is about. */
  editingFeedId: string | null;
  /** The export file the import dialog opens with (dropped on the window), and its preview when already made. */
  importOffer: { file: File; preview: ImportPreview | null } | null;
  /** The folder of feeds the folder dialog is about. */
  editingFolder: string[] | null;
  /** The article open in the reader, or null for the list. */
  openId: string | null;
  dialog: DialogName | null;
  /** The heading id of the settings section the settings open at (a command or link asked for it), else their top. */
  settingsSection: string | null;
  toasts: Toast[];
  tasks: TaskProgress[];
  undoStack: UndoEntry[];
  /** Bumped by each Undo: a view it fills again from empty gives the keys back to its list (and no other filling). */
  undoCount: number;
  /** Bumped to ask the save field to take focus (menu item, shortcut). */
  saveFieldFocus: number;
  /** A view was chosen by key (1…6): the view that comes gives the keyboard a place in it (its list or heading). */
  viewFocusWanted: boolean;
  /** Bumped to ask the reader to highlight the current selection (h). */
  highlightRequest: number;
  /** A highlight to scroll to once its article is open (from the annotations view). */
  revealAnnotationId: string | null;
  /** The highlight whose article the annotations view opened last: closing the article gives it the keyboard back. */
  openedAnnotationId: string | null;
  /** Where to land in an article opened from the timeline: an event's sentence, as text offsets. */
  revealSentence: RevealedSentence | null;
  /** The list of articles, every highlight and note in the library, or a timeline. */
  pane: 'library' | 'annotations' | 'timeline';
  timeline: TimelineViewState;
  highlights: HighlightsViewState;
  /** The timeline event the edit dialog (or the "same event as" dialog) is about. */
  editingEventId: string | null;
  notesOpen: boolean;
  /**
   * Whether the notes are open over the article, in a window too narrow for them beside it. Asked for each time (the
   * next article opens without them), as a drawer that opened by itself would hide the text the reader came for.
   */
  notesDrawer: boolean;
  /**
   * Whether the sidebar is shown in a wide window (remembered) and in a narrow one (hidden at first, so
   * the list and the article keep their room).
   */
  sidebar: { wide: boolean; narrow: boolean };
  /** What is typed in the search box; the list shows search results while it is not empty. */
  search: string;
  searchFocus: number;
  /** Bumped by n (+1) and N (-1) to step through the search's matches in the reader. */
  matchStep: { delta: number; n: number };
}

/**
 * Whether the notes panel is shown: beside the article, open, and in a narrow window not giving way to the sidebar;
 * over it (`drawer`, a window too narrow for both), when the reader opened it for this article.
 */
export const notesShown = (
  state: Pick<UiState, 'notesOpen' | 'notesDrawer' | 'sidebar'>,
  narrow: boolean,
  drawer = false,
): boolean => (drawer ? state.notesDrawer : state.notesOpen && !(narrow && state.sidebar.narrow));

export function createUiStore() {
  return createStore<UiState>()(() => ({
    view: 'inbox',
    selectedId: null,
    checkedIds: [],
    tagFilter: [],
    tagMode: 'all',
    feedFilter: null,
    editingFeedId: null,
    importOffer: null,
    editingFolder: null,
    openId: null,
    dialog: null,
    settingsSection: null,
    toasts: [],
    tasks: [],
    undoStack: [],
    undoCount: 0,
    saveFieldFocus: 0,
    viewFocusWanted: false,
    highlightRequest: 0,
    revealAnnotationId: null,
    openedAnnotationId: null,
    revealSentence: null,
    pane: 'library',
    timeline: {
      scope: { kind: 'all' },
      zoom: 'day',
      lanes: 'none',
      showHidden: false,
      focusId: null,
      scrollTop: 0,
      newIds: [],
      backgroundOpen: false,
    },
    highlights: { query: '', tag: '', color: '', articleId: '', scrollTop: 0, shownCount: HIGHLIGHTS_PAGE },
    editingEventId: null,
    notesOpen: true,
    notesDrawer: false,
    sidebar: { wide: readRemembered('sidebar') !== 'hidden', narrow: false },
    search: '',
    searchFocus: 0,
    matchStep: { delta: 0, n: 0 },
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
