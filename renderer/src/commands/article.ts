import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { isNotesDrawer } from '../lib/notes-room.ts';
import { isNarrowWindow } from '../lib/use-sidebar.ts';
import { type CommandContext, type SectionHandlers, targetIds } from './context.ts';

const hasTarget = (ctx: CommandContext) => targetIds(ctx).length > 0;
const isOpen = (ctx: CommandContext) => ctx.state.openId !== null;
const isSearchOpen = (ctx: CommandContext) => isOpen(ctx) && ctx.state.search.trim() !== '';

/** Whether every target article is so (toggles act on several articles as one). */
function every(ctx: CommandContext, test: (article: ArticleSummary) => boolean): boolean {
  const wanted = new Set(targetIds(ctx));
  const known = [...ctx.articles, ...(ctx.current ? [ctx.current] : [])].filter((article) => wanted.has(article.id));
  return known.length > 0 && known.every(test);
}
const allArchived = (ctx: CommandContext) => every(ctx, (article) => article.state === 'archived');
const allFavorite = (ctx: CommandContext) => every(ctx, (article) => article.favorite);
const allRead = (ctx: CommandContext) => every(ctx, (article) => article.state !== 'unread');

/** What is done to the open, selected or ticked articles, and in the reader. */
export const articleCommands: SectionHandlers<'Article'> = {
  'article.archive': {
    label: (ctx) => (allArchived(ctx) ? 'Move to Inbox' : 'Archive'),
    available: hasTarget,
    run: (ctx) => (allArchived(ctx) ? ctx.library.unarchive(targetIds(ctx)) : ctx.library.archive(targetIds(ctx))),
  },
  'article.favorite': {
    label: (ctx) => (allFavorite(ctx) ? 'Remove from Favorites' : 'Add to Favorites'),
    available: hasTarget,
    run: (ctx) => (allFavorite(ctx) ? ctx.library.unfavorite(targetIds(ctx)) : ctx.library.favorite(targetIds(ctx))),
  },
  'article.read': {
    label: (ctx) => (allRead(ctx) ? 'Mark as unread' : 'Mark as read'),
    available: hasTarget,
    run: (ctx) => (allRead(ctx) ? ctx.library.markUnread(targetIds(ctx)) : ctx.library.markRead(targetIds(ctx))),
  },
  'reader.highlight': { available: isOpen, run: (ctx) => ctx.ui.requestHighlight() },
  'reader.notes': { available: isOpen, run: (ctx) => ctx.ui.toggleNotes(isNarrowWindow(), isNotesDrawer()) },
  'reader.nextMatch': { available: isSearchOpen, run: (ctx) => ctx.ui.stepMatch(1) },
  'reader.previousMatch': { available: isSearchOpen, run: (ctx) => ctx.ui.stepMatch(-1) },
  'article.tags': { available: hasTarget, run: (ctx) => ctx.ui.openDialog('tags') },
  'article.delete': { available: hasTarget, run: (ctx) => ctx.library.remove(targetIds(ctx)) },
  'article.original': {
    available: (ctx) => ctx.current !== null && /^https?:/i.test(ctx.current.url),
    run: (ctx) => {
      if (ctx.current) ctx.openExternal(ctx.current.url);
    },
  },
};
