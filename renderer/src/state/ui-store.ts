import { createStore } from 'zustand/vanilla';
import type { ImportPreview } from '../../../electron/contract/import.ts';
import type { HighlightColor, LibraryView, TaskProgress } from '../../../electron/contract/model.ts';
import type { TimelineScope } from '../../../electron/contract/timeline.ts';
import { readRemembered, remember } from '../lib/remembered.ts';
import { type Zoom, zoomIn, zoomOut } from '../timeline/axis.ts';
import type { LaneMode } from '../timeline/lanes.ts';
import { type Toast, type ToastAction, tasksKept, taskToldBy, toastsWith, toastTelling } from './task-notes.ts';

export type { Toast, ToastAction } from './task-notes.ts';

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
  | 'merge-story'
  | 'split-story'
  | 'move-article'
  | 'go-to-tag'
  | 'go-to-feed';

/** How the timeline is shown; kept while the reader reads an article from it, so Back finds it as it was. */
/** An event's sentence to show in its article, and the words in it that gave the event's date. */
export interface RevealedSentence {
  start: number;
  end: number;
  dateStart?: number;
  dateEnd?: number;
}

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
  /** The timeline event the edit dialog is about. */
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

const MAX_UNDO = 50;
/** Toasts kept at once: shown as one, with a count of the others (and every one keeping unsaved words). */
const MAX_TOASTS = 20;
let nextId = 1;

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

/** The state changes the UI makes; kept here so components only call named operations. */
export function uiActions(store: UiStore) {
  const set = store.setState;
  const get = store.getState;
  const dismiss = (id: number) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  const toast = (message: string, kind: Toast['kind'] = 'info', undoId?: number): number => {
    const id = nextId++;
    const { tasks, toasts } = get();
    // A task whose words the toast repeats ("Saved “Title”") is told once, by the toast.
    const told = taskToldBy(message, tasks, toasts);
    set({
      toasts: toastsWith(
        toasts,
        { id, message, kind, ...(undoId ? { undoId } : {}), ...(told ? { tells: told.taskId } : {}) },
        MAX_TOASTS,
      ),
      tasks: told ? tasks.filter((task) => task !== told) : tasks,
    });
    return id;
  };
  return {
    setView: (view: LibraryView) =>
      set({ view, selectedId: null, openId: null, checkedIds: [], pane: 'library', feedFilter: null, tagFilter: [] }),
    showAnnotations: () => set({ pane: 'annotations', openId: null, tagFilter: [] }),
    openAt: (articleId: string, annotationId: string) =>
      set({
        openId: articleId,
        selectedId: articleId,
        revealAnnotationId: annotationId,
        openedAnnotationId: annotationId,
      }),
    revealed: () => set({ revealAnnotationId: null }),
    /** Asks the view about to be shown to take the keyboard (its place was chosen by key, not by a click there). */
    focusNextView: () => set({ viewFocusWanted: true }),
    viewFocused: () => set({ viewFocusWanted: false }),
    /** Opens an article at a sentence (an event's), to be scrolled to and marked with the words that gave its date. */
    openAtSentence: (articleId: string, sentence: RevealedSentence) =>
      set({ openId: articleId, selectedId: articleId, revealSentence: sentence }),
    sentenceRevealed: () => set({ revealSentence: null }),
    /** Shows a timeline (the whole library's by default), keeping zoom and lanes as the reader left them. */
    showTimeline(scope: TimelineScope = { kind: 'all' }) {
      const { timeline, tagFilter } = get();
      set({
        pane: 'timeline',
        openId: null,
        dialog: null,
        // Going to a story or the whole timeline is leaving the filtered list, as choosing a view is; a timeline
        // opened from the list or an article (the tag's, an entity's, the article's own) keeps the filter.
        tagFilter: scope.kind === 'all' || scope.kind === 'story' ? [] : tagFilter,
        timeline: {
          ...timeline,
          scope,
          focusId: null,
          scrollTop: 0,
          newIds: [],
          showHidden: false,
          backgroundOpen: false,
        },
      });
    },
    setTimeline: (patch: Partial<TimelineViewState>) => set({ timeline: { ...get().timeline, ...patch } }),
    setHighlightsView: (patch: Partial<HighlightsViewState>) => {
      const current = get().highlights;
      // Other filters match other highlights: they start again at one page.
      const refiltered = (['query', 'tag', 'color', 'articleId'] as const).some(
        (key) => key in patch && patch[key] !== current[key],
      );
      set({ highlights: { ...current, ...(refiltered ? { shownCount: HIGHLIGHTS_PAGE } : {}), ...patch } });
    },
    zoomTimeline(direction: 'in' | 'out') {
      const { timeline } = get();
      set({ timeline: { ...timeline, zoom: direction === 'in' ? zoomIn(timeline.zoom) : zoomOut(timeline.zoom) } });
    },
    editEvent: (editingEventId: string) => set({ editingEventId, dialog: 'edit-event' }),
    requestHighlight: () => set({ highlightRequest: get().highlightRequest + 1 }),
    /**
     * Shows or hides the notes panel. In a narrow window it takes turns with the sidebar (both beside the
     * article would leave a column a few words wide): shown, it puts the sidebar away.
     */
    toggleNotes(narrow = false, drawer = false) {
      const { sidebar } = get();
      if (drawer) set({ notesDrawer: !get().notesDrawer, sidebar: { ...sidebar, narrow: false } });
      else if (notesShown(get(), narrow)) set({ notesOpen: false });
      else set({ notesOpen: true, sidebar: narrow ? { ...sidebar, narrow: false } : sidebar });
    },
    /** Shows or hides the sidebar for a window of this width. */
    toggleSidebar(narrow: boolean) {
      const { sidebar } = get();
      if (narrow) {
        // The sidebar and the notes take turns in a narrow window, drawer or not.
        set({ sidebar: { ...sidebar, narrow: !sidebar.narrow }, notesDrawer: false });
        return;
      }
      remember('sidebar', sidebar.wide ? 'hidden' : null);
      set({ sidebar: { ...sidebar, wide: !sidebar.wide } });
    },
    setSearch: (search: string) => set({ search }),
    stepMatch: (delta: number) => set({ matchStep: { delta, n: get().matchStep.n + 1 } }),
    focusSearch: () => set({ openId: null, dialog: null, pane: 'library', searchFocus: get().searchFocus + 1 }),
    /** The field asked for has focus: the request is done, so the field shown again later (back from an article) leaves focus be. */
    fieldFocused: (field: 'search' | 'save') => set(field === 'search' ? { searchFocus: 0 } : { saveFieldFocus: 0 }),
    setChecked: (checkedIds: string[]) => set({ checkedIds }),
    toggleChecked(id: string) {
      const checked = get().checkedIds;
      set({ checkedIds: checked.includes(id) ? checked.filter((other) => other !== id) : [...checked, id] });
    },
    /** Click: only this tag; with Ctrl/⌘: add or take it away from the filter. */
    filterByTag(tag: string, add: boolean) {
      const current = get().tagFilter;
      const has = current.some((other) => other.toLowerCase() === tag.toLowerCase());
      const next = add
        ? has
          ? current.filter((other) => other.toLowerCase() !== tag.toLowerCase())
          : [...current, tag]
        : has && current.length === 1
          ? []
          : [tag];
      set({ tagFilter: next, selectedId: null, openId: null, checkedIds: [] });
    },
    clearTagFilter: () => set({ tagFilter: [] }),
    /**
     * Every article of one tag, from wherever the reader was ("Go to tag…"): in All articles, so the list holds
     * as many as the picker said the tag has.
     */
    goToTag: (tag: string) =>
      set({
        view: 'all',
        tagFilter: [tag],
        feedFilter: null,
        search: '',
        pane: 'library',
        selectedId: null,
        openId: null,
        checkedIds: [],
      }),
    editFeed: (editingFeedId: string) => set({ editingFeedId, dialog: 'feed-settings' }),
    /** Opens the import dialog, with a file to preview when one was dropped. */
    openImport: (file?: File, preview: ImportPreview | null = null) =>
      set({ dialog: 'import', importOffer: file ? { file, preview } : null }),
    editFolder: (editingFolder: string[]) => set({ editingFolder, dialog: 'folder-settings' }),
    setFeedFilter: (feedFilter: string | null) =>
      set({ feedFilter, selectedId: null, openId: null, checkedIds: [], pane: 'library', search: '', tagFilter: [] }),
    setTagMode: (tagMode: 'all' | 'any') => set({ tagMode }),
    select: (selectedId: string | null) => set({ selectedId }),
    open: (id: string) => set({ openId: id, selectedId: id, revealSentence: null, notesDrawer: false }),
    close: () => set({ openId: null, notesDrawer: false }),
    openDialog: (dialog: DialogName) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    focusSaveField: () => set({ openId: null, dialog: null, saveFieldFocus: get().saveFieldFocus + 1 }),
    toast,
    dismiss,
    /** A failure that left the reader's words unsaved: they are shown and kept, with what can be done about them. */
    keepUnsaved(message: string, kept: string, actions: ToastAction[]) {
      const id = nextId++;
      set({ toasts: toastsWith(get().toasts, { id, message, kind: 'error', kept, actions }, MAX_TOASTS) });
    },
    /** Remembers how to undo a change and says what happened, with an Undo button. */
    pushUndo(label: string, undo: () => Promise<void>) {
      const id = nextId++;
      set({ undoStack: [...get().undoStack.slice(-(MAX_UNDO - 1)), { id, label, undo }] });
      toast(label, 'info', id);
    },
    /** Undoes the newest change (or the one a toast names); answers what was undone, or null. */
    async undo(id?: number): Promise<string | null> {
      const stack = get().undoStack;
      const entry = id === undefined ? stack.at(-1) : stack.find((candidate) => candidate.id === id);
      if (!entry) return null;
      set({
        undoStack: stack.filter((candidate) => candidate.id !== entry.id),
        undoCount: get().undoCount + 1,
        toasts: get().toasts.filter((candidate) => candidate.undoId !== entry.id),
      });
      await entry.undo();
      return entry.label;
    },
    trackTask(task: TaskProgress) {
      const { tasks, toasts } = get();
      const others = tasks.filter((candidate) => candidate.taskId !== task.taskId);
      const teller = toastTelling(task, toasts);
      if (teller)
        set({
          tasks: others,
          toasts: toasts.map((shown) => (shown === teller ? { ...shown, tells: task.taskId } : shown)),
        });
      // A task already shown keeps its place: two tasks at once would otherwise trade places (and rise in again)
      // with every report, twice a second each, beside the list the reader is scrolling (issue 12).
      else if (others.length < tasks.length)
        set({ tasks: tasks.map((candidate) => (candidate.taskId === task.taskId ? task : candidate)) });
      else set({ tasks: tasksKept([...others, task]) });
    },
    forgetTask: (taskId: string) => set({ tasks: get().tasks.filter((task) => task.taskId !== taskId) }),
  };
}

export type UiActions = ReturnType<typeof uiActions>;
