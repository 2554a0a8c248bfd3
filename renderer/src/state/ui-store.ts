// The UI-only state's store (the one small store of DESIGN.md): where the reader is, what is open, what is chosen.
import type { ImportPreview } from '../../../electron/contract/import.ts';
import type { LibraryView } from '../../../electron/contract/model.ts';
import type { TimelineScope } from '../../../electron/contract/timeline.ts';
import { remember } from '../lib/remembered.ts';
import { zoomIn, zoomOut } from '../timeline/axis.ts';
import { statusActions } from './status-actions.ts';
import {
  type DialogName,
  HIGHLIGHTS_PAGE,
  type HighlightsViewState,
  notesShown,
  type RevealedSentence,
  type TimelineViewState,
  type UiStore,
} from './ui-state.ts';

export type { Toast, ToastAction } from './task-notes.ts';
export {
  createUiStore,
  type DialogName,
  HIGHLIGHTS_PAGE,
  type HighlightsViewState,
  notesShown,
  type RevealedSentence,
  type TimelineViewState,
  type UiState,
  type UiStore,
  type UndoEntry,
} from './ui-state.ts';

/**
 * The state changes the UI makes; kept here so components only call named operations. The corner's (toasts, Undo,
 * tasks) are status-actions.ts's; the state itself, ui-state.ts's.
 */
export function uiActions(store: UiStore) {
  const set = store.setState;
  const get = store.getState;
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
    /** Asks which other event of its date the event is the same happening as. */
    joinEvent: (editingEventId: string) => set({ editingEventId, dialog: 'join-event' }),
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
    openDialog: (dialog: DialogName) => set({ dialog, settingsSection: null }),
    /** Opens the settings at one section (its heading's id), or at their top. */
    openSettings: (settingsSection: string | null = null) => set({ dialog: 'settings', settingsSection }),
    closeDialog: () => set({ dialog: null }),
    focusSaveField: () => set({ openId: null, dialog: null, saveFieldFocus: get().saveFieldFocus + 1 }),
    ...statusActions(store),
  };
}

export type UiActions = ReturnType<typeof uiActions>;
