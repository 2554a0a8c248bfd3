import type { ArticleSummary, LibraryView, ReaderSettings, Settings } from '../../../electron/contract/model.ts';
import type { StorySummary, TimelineEvent } from '../../../electron/contract/timeline.ts';
import type { LibraryActions } from '../state/library-actions.ts';
import type { TimelineActions } from '../state/timeline-actions.ts';
import type { UiActions, UiState } from '../state/ui-store.ts';

/** What a command may look at and act on; built fresh for every key press or palette run. */
export interface CommandContext {
  state: UiState;
  ui: UiActions;
  library: LibraryActions;
  timeline: TimelineActions;
  /** The articles of the current view, in the order shown. */
  articles: ArticleSummary[];
  /** The events of the timeline on screen (or last shown), in date order. */
  timelineEvents: TimelineEvent[];
  /** The story of the open or selected article, when known. */
  currentStory: StorySummary | null;
  /** The open article, else the selected one. */
  current: ArticleSummary | null;
  settings: Settings | undefined;
  sampleInstalled: boolean;
  openExternal(url: string): void;
}

export type CommandSection = 'Library' | 'Article' | 'Timeline' | 'Appearance' | 'Annals';

export interface Command {
  /** Stable id; the desktop menu sends these. */
  id: string;
  section: CommandSection;
  /** The name in help and the palette. */
  title: string;
  /** A name that fits the moment ("Move to Inbox" for an archived article). */
  label?(ctx: CommandContext): string;
  shortcut?: string;
  available?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

/** The ticked articles of the list, else the open or selected one. */
export function targetIds(ctx: CommandContext): string[] {
  if (!ctx.state.openId) {
    const shown = new Set(ctx.articles.map((article) => article.id));
    const checked = ctx.state.checkedIds.filter((id) => shown.has(id));
    if (checked.length > 0) return checked;
  }
  return ctx.current ? [ctx.current.id] : [];
}
const hasCurrent = (ctx: CommandContext) => targetIds(ctx).length > 0;
/** The timeline is on screen (not an article read from it): its keys apply, the list's do not. */
const inTimeline = (ctx: CommandContext) => ctx.state.pane === 'timeline' && ctx.state.openId === null;
const notInTimeline = (ctx: CommandContext) => !inTimeline(ctx);

/** Whether every target article is so (toggles act on several articles as one). */
function every(ctx: CommandContext, test: (article: ArticleSummary) => boolean): boolean {
  const wanted = new Set(targetIds(ctx));
  const known = [...ctx.articles, ...(ctx.current ? [ctx.current] : [])].filter((article) => wanted.has(article.id));
  return known.length > 0 && known.every(test);
}
const ids = targetIds;

function step(ctx: CommandContext, delta: 1 | -1) {
  const { articles, state } = ctx;
  const at = articles.findIndex((article) => article.id === (state.openId ?? state.selectedId));
  goTo(ctx, at === -1 ? (delta === 1 ? 0 : articles.length - 1) : at + delta);
}

/** Selects (or, in the reader, opens) the article at `index`, kept within the list. */
function goTo(ctx: CommandContext, index: number) {
  const { articles, state, ui } = ctx;
  const target = articles[Math.min(articles.length - 1, Math.max(0, index))];
  if (!target) return;
  if (state.openId) ui.open(target.id);
  else ui.select(target.id);
}

/** The event the keys act on in the timeline, and its place among the events shown. */
function focusedEvent(ctx: CommandContext): { event: TimelineEvent | null; index: number } {
  const index = ctx.timelineEvents.findIndex((event) => event.id === ctx.state.timeline.focusId);
  return { event: ctx.timelineEvents[index] ?? null, index };
}

function focusEventAt(ctx: CommandContext, index: number) {
  const events = ctx.timelineEvents;
  const target = events[Math.min(events.length - 1, Math.max(0, index))];
  if (target) ctx.ui.setTimeline({ focusId: target.id });
}

function stepEvent(ctx: CommandContext, delta: 1 | -1) {
  const { index } = focusedEvent(ctx);
  focusEventAt(ctx, index === -1 ? (delta === 1 ? 0 : ctx.timelineEvents.length - 1) : index + delta);
}

const hasFocusedEvent = (ctx: CommandContext) => inTimeline(ctx) && focusedEvent(ctx).event !== null;

function reader(ctx: CommandContext, patch: (current: ReaderSettings) => Partial<ReaderSettings>) {
  if (!ctx.settings) return;
  return ctx.library.setSettings({ reader: patch(ctx.settings.reader) });
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const themes = ['system', 'light', 'dark', 'sepia'] as const;
const themeTitles = { system: 'Match the system', light: 'Light', dark: 'Dark', sepia: 'Sepia' } as const;

function view(id: LibraryView, title: string, shortcut: string): Command {
  return { id: `view.${id}`, section: 'Library', title, shortcut, run: (ctx) => ctx.ui.setView(id) };
}

/** Every command of the app. The palette lists them, the help shows their keys, the menu calls them. */
export const commands: Command[] = [
  {
    id: 'app.palette',
    section: 'Annals',
    title: 'Command palette',
    shortcut: 'Mod+k',
    run: (ctx) => (ctx.state.dialog === 'palette' ? ctx.ui.closeDialog() : ctx.ui.openDialog('palette')),
  },
  {
    id: 'help.shortcuts',
    section: 'Annals',
    title: 'Keyboard shortcuts',
    shortcut: '?',
    run: (ctx) => ctx.ui.openDialog('help'),
  },
  {
    id: 'search.focus',
    section: 'Annals',
    title: 'Search the library',
    shortcut: '/',
    run: (ctx) => ctx.ui.focusSearch(),
  },
  {
    id: 'article.saveUrl',
    section: 'Annals',
    title: 'Save a link',
    shortcut: 's',
    run: (ctx) => ctx.ui.focusSaveField(),
  },
  {
    id: 'edit.undo',
    section: 'Annals',
    title: 'Undo',
    shortcut: 'u',
    label: (ctx) => {
      const last = ctx.state.undoStack.at(-1);
      return last ? `Undo: ${last.label}` : 'Undo';
    },
    available: (ctx) => ctx.state.undoStack.length > 0,
    async run(ctx) {
      const undone = await ctx.ui.undo();
      if (undone) ctx.ui.toast(`Undone: ${undone}`);
    },
  },
  {
    id: 'app.settings',
    section: 'Annals',
    title: 'Settings',
    shortcut: ',',
    run: (ctx) => ctx.ui.openDialog('settings'),
  },
  { id: 'help.about', section: 'Annals', title: 'About Annals', run: (ctx) => ctx.ui.openDialog('about') },
  {
    id: 'sample.install',
    section: 'Annals',
    title: 'Add the sample articles',
    available: (ctx) => !ctx.sampleInstalled,
    run: (ctx) => ctx.library.installSample(),
  },
  {
    id: 'sample.remove',
    section: 'Annals',
    title: 'Remove the sample articles',
    available: (ctx) => ctx.sampleInstalled,
    run: (ctx) => ctx.library.removeSample(),
  },

  view('inbox', 'Go to Inbox', '1'),
  view('favorites', 'Go to Favorites', '2'),
  view('archive', 'Go to Archive', '3'),
  view('all', 'Go to All articles', '4'),
  {
    id: 'list.next',
    section: 'Library',
    title: 'Next article',
    shortcut: 'j',
    available: notInTimeline,
    run: (ctx) => step(ctx, 1),
  },
  {
    id: 'list.previous',
    section: 'Library',
    title: 'Previous article',
    shortcut: 'k',
    available: notInTimeline,
    run: (ctx) => step(ctx, -1),
  },
  {
    id: 'list.first',
    section: 'Library',
    title: 'First article',
    shortcut: 'Home',
    available: (ctx) => ctx.state.openId === null && notInTimeline(ctx),
    run: (ctx) => goTo(ctx, 0),
  },
  {
    id: 'list.last',
    section: 'Library',
    title: 'Last article',
    shortcut: 'End',
    available: (ctx) => ctx.state.openId === null && notInTimeline(ctx),
    run: (ctx) => goTo(ctx, ctx.articles.length - 1),
  },
  {
    id: 'list.open',
    section: 'Library',
    title: 'Open the selected article',
    shortcut: 'Enter',
    available: (ctx) => ctx.state.openId === null && notInTimeline(ctx) && ctx.articles.length > 0,
    run(ctx) {
      const id = ctx.state.selectedId ?? ctx.articles[0]?.id;
      if (id) ctx.ui.open(id);
    },
  },
  {
    id: 'reader.close',
    section: 'Library',
    title: 'Back to the list',
    shortcut: 'Escape',
    available: (ctx) => ctx.state.openId !== null,
    run: (ctx) => ctx.ui.close(),
  },
  {
    id: 'sort.saved',
    section: 'Library',
    title: 'Sort by date saved',
    available: (ctx) => ctx.settings?.sort !== 'saved',
    run: (ctx) => ctx.library.setSettings({ sort: 'saved' }),
  },
  {
    id: 'sort.published',
    section: 'Library',
    title: 'Sort by date published',
    available: (ctx) => ctx.settings?.sort !== 'published',
    run: (ctx) => ctx.library.setSettings({ sort: 'published' }),
  },

  {
    id: 'article.archive',
    section: 'Article',
    title: 'Archive, or move back to the Inbox',
    label: (ctx) => (every(ctx, (article) => article.state === 'archived') ? 'Move to Inbox' : 'Archive'),
    shortcut: 'a',
    available: hasCurrent,
    run: (ctx) =>
      every(ctx, (article) => article.state === 'archived')
        ? ctx.library.unarchive(ids(ctx))
        : ctx.library.archive(ids(ctx)),
  },
  {
    id: 'article.favorite',
    section: 'Article',
    title: 'Favorite, or unfavorite',
    label: (ctx) => (every(ctx, (article) => article.favorite) ? 'Remove from Favorites' : 'Add to Favorites'),
    shortcut: 'f',
    available: hasCurrent,
    run: (ctx) =>
      every(ctx, (article) => article.favorite) ? ctx.library.unfavorite(ids(ctx)) : ctx.library.favorite(ids(ctx)),
  },
  {
    id: 'article.read',
    section: 'Article',
    title: 'Mark as read, or unread',
    label: (ctx) => (every(ctx, (article) => article.state !== 'unread') ? 'Mark as unread' : 'Mark as read'),
    shortcut: 'm',
    available: hasCurrent,
    run: (ctx) =>
      every(ctx, (article) => article.state !== 'unread')
        ? ctx.library.markUnread(ids(ctx))
        : ctx.library.markRead(ids(ctx)),
  },
  {
    id: 'reader.highlight',
    section: 'Article',
    title: 'Highlight the selected text',
    shortcut: 'h',
    available: (ctx) => ctx.state.openId !== null,
    run: (ctx) => ctx.ui.requestHighlight(),
  },
  {
    id: 'reader.notes',
    section: 'Article',
    title: 'Show or hide highlights and notes',
    shortcut: 'i',
    available: (ctx) => ctx.state.openId !== null,
    run: (ctx) => ctx.ui.toggleNotes(),
  },
  {
    id: 'reader.nextMatch',
    section: 'Article',
    title: 'Next match of the search',
    shortcut: 'n',
    available: (ctx) => ctx.state.openId !== null && ctx.state.search.trim() !== '',
    run: (ctx) => ctx.ui.stepMatch(1),
  },
  {
    id: 'reader.previousMatch',
    section: 'Article',
    title: 'Previous match of the search',
    shortcut: 'N',
    available: (ctx) => ctx.state.openId !== null && ctx.state.search.trim() !== '',
    run: (ctx) => ctx.ui.stepMatch(-1),
  },
  {
    id: 'view.annotations',
    section: 'Library',
    title: 'Go to all highlights and notes',
    shortcut: '5',
    run: (ctx) => ctx.ui.showAnnotations(),
  },
  {
    id: 'view.timeline',
    section: 'Library',
    title: 'Go to the timeline',
    shortcut: '6',
    run: (ctx) => ctx.ui.showTimeline({ kind: 'all' }),
  },
  {
    id: 'timeline.ofTag',
    section: 'Timeline',
    title: 'Timeline of this tag',
    label: (ctx) => `Timeline of the tag “${ctx.state.tagFilter[0]}”`,
    available: (ctx) => ctx.state.tagFilter.length === 1,
    run: (ctx) => ctx.ui.showTimeline({ kind: 'tag', tag: ctx.state.tagFilter[0]! }),
  },
  {
    id: 'timeline.ofSearch',
    section: 'Timeline',
    title: 'Timeline of these search results',
    available: (ctx) => ctx.state.search.trim() !== '',
    run: (ctx) => ctx.ui.showTimeline({ kind: 'search', query: ctx.state.search.trim() }),
  },
  {
    id: 'timeline.ofStory',
    section: 'Timeline',
    title: 'Timeline of this article’s story',
    available: (ctx) => ctx.currentStory !== null,
    run: (ctx) => {
      if (ctx.currentStory) ctx.ui.showTimeline({ kind: 'story', storyId: ctx.currentStory.id });
    },
  },
  {
    id: 'timeline.ofArticle',
    section: 'Timeline',
    title: 'Timeline of this article',
    available: (ctx) => ctx.current !== null,
    run: (ctx) => {
      if (ctx.current) ctx.ui.showTimeline({ kind: 'article', articleId: ctx.current.id });
    },
  },
  {
    id: 'timeline.next',
    section: 'Timeline',
    title: 'Next event',
    shortcut: 'j',
    available: inTimeline,
    run: (ctx) => stepEvent(ctx, 1),
  },
  {
    id: 'timeline.previous',
    section: 'Timeline',
    title: 'Previous event',
    shortcut: 'k',
    available: inTimeline,
    run: (ctx) => stepEvent(ctx, -1),
  },
  {
    id: 'timeline.first',
    section: 'Timeline',
    title: 'First event',
    shortcut: 'Home',
    available: inTimeline,
    run: (ctx) => focusEventAt(ctx, 0),
  },
  {
    id: 'timeline.last',
    section: 'Timeline',
    title: 'Last event',
    shortcut: 'End',
    available: inTimeline,
    run: (ctx) => focusEventAt(ctx, ctx.timelineEvents.length - 1),
  },
  {
    id: 'timeline.open',
    section: 'Timeline',
    title: 'Read the event in its article',
    shortcut: 'Enter',
    available: hasFocusedEvent,
    run: (ctx) => {
      const source = focusedEvent(ctx).event?.sources[0];
      if (source) ctx.ui.openAtSentence(source.articleId, source.start, source.end);
    },
  },
  {
    id: 'timeline.edit',
    section: 'Timeline',
    title: 'Edit the event (date, words)',
    shortcut: 'e',
    available: hasFocusedEvent,
    run: (ctx) => {
      const { event } = focusedEvent(ctx);
      if (event) ctx.ui.editEvent(event.id);
    },
  },
  {
    id: 'timeline.hide',
    section: 'Timeline',
    title: 'Hide the event, or show it again',
    label: (ctx) => (focusedEvent(ctx).event?.hidden ? 'Show the event again' : 'Hide the event'),
    shortcut: 'h',
    available: hasFocusedEvent,
    run: (ctx) => {
      const { event, index } = focusedEvent(ctx);
      if (!event) return;
      if (event.hidden) return ctx.timeline.show(event);
      // The keys go on from the next event, as after archiving in the list.
      if (!ctx.state.timeline.showHidden)
        focusEventAt(ctx, index + 1 < ctx.timelineEvents.length ? index + 1 : index - 1);
      return ctx.timeline.hide(event);
    },
  },
  {
    id: 'timeline.zoomIn',
    section: 'Timeline',
    title: 'Zoom in (years → months → days)',
    shortcut: '+',
    available: inTimeline,
    run: (ctx) => ctx.ui.zoomTimeline('in'),
  },
  {
    id: 'timeline.zoomOut',
    section: 'Timeline',
    title: 'Zoom out (days → months → years)',
    shortcut: '-',
    available: inTimeline,
    run: (ctx) => ctx.ui.zoomTimeline('out'),
  },
  {
    id: 'timeline.close',
    section: 'Timeline',
    title: 'Back to the library',
    shortcut: 'Escape',
    available: inTimeline,
    run: (ctx) => ctx.ui.setView(ctx.state.view),
  },
  {
    id: 'article.tags',
    section: 'Article',
    title: 'Tags…',
    shortcut: 't',
    available: hasCurrent,
    run: (ctx) => ctx.ui.openDialog('tags'),
  },
  {
    id: 'list.check',
    section: 'Library',
    title: 'Tick or untick the selected article (for several at once)',
    shortcut: 'x',
    available: (ctx) => ctx.state.openId === null && notInTimeline(ctx) && ctx.state.selectedId !== null,
    run: (ctx) => {
      if (ctx.state.selectedId) ctx.ui.toggleChecked(ctx.state.selectedId);
    },
  },
  {
    id: 'list.uncheck',
    section: 'Library',
    title: 'Untick all articles',
    available: (ctx) => ctx.state.checkedIds.length > 0,
    run: (ctx) => ctx.ui.setChecked([]),
  },
  {
    id: 'list.markAllRead',
    section: 'Library',
    title: 'Mark everything in this list as read',
    shortcut: 'A',
    available: (ctx) =>
      ctx.state.openId === null && notInTimeline(ctx) && ctx.articles.some((article) => article.state === 'unread'),
    run: (ctx) =>
      ctx.library.markRead(ctx.articles.filter((article) => article.state === 'unread').map((article) => article.id)),
  },
  {
    id: 'feeds.follow',
    section: 'Library',
    title: 'Follow a feed…',
    run: (ctx) => ctx.ui.openDialog('follow'),
  },
  {
    id: 'feeds.refresh',
    section: 'Library',
    title: 'Refresh all feeds',
    shortcut: 'r',
    run: (ctx) => ctx.library.refreshFeeds(),
  },
  {
    id: 'tags.manage',
    section: 'Library',
    title: 'Manage tags (rename, merge, colour, delete)',
    run: (ctx) => ctx.ui.openDialog('manage-tags'),
  },
  {
    id: 'import.open',
    section: 'Annals',
    title: 'Import from Pocket, Instapaper, Omnivore, Wallabag, Readwise or bookmarks…',
    run: (ctx) => ctx.ui.openImport(),
  },
  {
    id: 'annotations.export',
    section: 'Annals',
    title: 'Export highlights and notes…',
    run: (ctx) => ctx.ui.openDialog('export'),
  },
  {
    id: 'article.delete',
    section: 'Article',
    title: 'Delete',
    shortcut: 'Delete',
    available: hasCurrent,
    run: (ctx) => ctx.library.remove(ids(ctx)),
  },
  {
    id: 'article.original',
    section: 'Article',
    title: 'Open the original page',
    shortcut: 'v',
    available: (ctx) => ctx.current !== null && /^https?:/i.test(ctx.current.url),
    run: (ctx) => {
      if (ctx.current) ctx.openExternal(ctx.current.url);
    },
  },

  ...themes.map(
    (theme): Command => ({
      id: `view.theme.${theme}`,
      section: 'Appearance',
      title: `Theme: ${themeTitles[theme]}`,
      run: (ctx) => ctx.library.setSettings({ reader: { theme } }),
    }),
  ),
  {
    id: 'view.theme.next',
    section: 'Appearance',
    title: 'Next theme',
    shortcut: 'T',
    run: (ctx) => reader(ctx, (current) => ({ theme: themes[(themes.indexOf(current.theme) + 1) % themes.length] })),
  },
  {
    id: 'reader.font',
    section: 'Appearance',
    title: 'Switch between serif and sans-serif',
    shortcut: 'F',
    run: (ctx) => reader(ctx, (current) => ({ font: current.font === 'serif' ? 'sans' : 'serif' })),
  },
  {
    id: 'reader.bigger',
    section: 'Appearance',
    title: 'Larger text',
    shortcut: '=',
    run: (ctx) => reader(ctx, (current) => ({ fontSize: clamp(current.fontSize + 1, 12, 32) })),
  },
  {
    id: 'reader.smaller',
    section: 'Appearance',
    title: 'Smaller text',
    shortcut: '-',
    available: notInTimeline,
    run: (ctx) => reader(ctx, (current) => ({ fontSize: clamp(current.fontSize - 1, 12, 32) })),
  },
  {
    id: 'reader.wider',
    section: 'Appearance',
    title: 'Wider lines',
    shortcut: ']',
    run: (ctx) => reader(ctx, (current) => ({ lineWidth: clamp(current.lineWidth + 4, 40, 100) })),
  },
  {
    id: 'reader.narrower',
    section: 'Appearance',
    title: 'Narrower lines',
    shortcut: '[',
    run: (ctx) => reader(ctx, (current) => ({ lineWidth: clamp(current.lineWidth - 4, 40, 100) })),
  },
];

export function commandLabel(command: Command, ctx: CommandContext): string {
  return command.label?.(ctx) ?? command.title;
}

export function isAvailable(command: Command, ctx: CommandContext): boolean {
  return command.available?.(ctx) ?? true;
}

export function findCommand(id: string): Command | undefined {
  return commands.find((command) => command.id === id);
}
