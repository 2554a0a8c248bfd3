import type { LibraryView } from '../../../electron/contract/model.ts';
import { takeFocusToList } from '../lib/list-focus.ts';
import { type CommandContext, type CommandHandler, notInTimeline, type SectionHandlers } from './context.ts';

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
  else {
    ui.select(target.id);
    takeFocusToList();
  }
}

// Chosen by key, a view takes the keyboard: otherwise it stayed on what the last view left (or fell to the page).
const view = (id: LibraryView): CommandHandler => ({
  run: (ctx) => {
    ctx.ui.setView(id);
    ctx.ui.focusNextView();
  },
});
/** The list is on screen (no article open, no timeline). */
const inList = (ctx: CommandContext) => ctx.state.openId === null && notInTimeline(ctx);

/** Views, moving through the list, sorting, ticking, feeds and tags. */
export const libraryCommands: SectionHandlers<'Library'> = {
  'view.inbox': view('inbox'),
  'view.favorites': view('favorites'),
  'view.archive': view('archive'),
  'view.all': view('all'),
  'go.tag': { run: (ctx) => ctx.ui.openDialog('go-to-tag') },
  'go.feed': { run: (ctx) => ctx.ui.openDialog('go-to-feed') },
  'list.next': { available: notInTimeline, run: (ctx) => step(ctx, 1) },
  'list.previous': { available: notInTimeline, run: (ctx) => step(ctx, -1) },
  'list.first': { available: inList, run: (ctx) => goTo(ctx, 0) },
  'list.last': { available: inList, run: (ctx) => goTo(ctx, ctx.articles.length - 1) },
  'list.open': {
    available: (ctx) => inList(ctx) && ctx.articles.length > 0,
    run(ctx) {
      const id = ctx.state.selectedId ?? ctx.articles[0]?.id;
      if (id) ctx.ui.open(id);
    },
  },
  'reader.close': { available: (ctx) => ctx.state.openId !== null, run: (ctx) => ctx.ui.close() },
  'sort.saved': {
    available: (ctx) => ctx.settings?.sort !== 'saved',
    run: (ctx) => ctx.library.setSettings({ sort: 'saved' }),
  },
  'sort.published': {
    available: (ctx) => ctx.settings?.sort !== 'published',
    run: (ctx) => ctx.library.setSettings({ sort: 'published' }),
  },
  'view.annotations': {
    run: (ctx) => {
      ctx.ui.showAnnotations();
      ctx.ui.focusNextView();
    },
  },
  'view.timeline': {
    run: (ctx) => {
      ctx.ui.showTimeline({ kind: 'all' });
      ctx.ui.focusNextView();
    },
  },
  'list.check': {
    available: (ctx) => inList(ctx) && ctx.state.selectedId !== null,
    run: (ctx) => {
      if (ctx.state.selectedId) ctx.ui.toggleChecked(ctx.state.selectedId);
    },
  },
  'list.uncheck': { available: (ctx) => ctx.state.checkedIds.length > 0, run: (ctx) => ctx.ui.setChecked([]) },
  'list.markAllRead': {
    available: (ctx) => inList(ctx) && ctx.articles.some((article) => article.state === 'unread'),
    run: (ctx) =>
      ctx.library.markRead(ctx.articles.filter((article) => article.state === 'unread').map((article) => article.id)),
  },
  'feeds.follow': { run: (ctx) => ctx.ui.openDialog('follow') },
  'feeds.refresh': { run: (ctx) => ctx.library.refreshFeeds() },
  'tags.manage': { run: (ctx) => ctx.ui.openDialog('manage-tags') },
};
