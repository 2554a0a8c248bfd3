import type { ArticleSummary } from '../../contract/model.ts';

/** How many articles are unread in each view that can hold unread ones, counted in one pass. */
export function unreadCounts(articles: Iterable<ArticleSummary>): { inbox: number; favorites: number; all: number } {
  const counts = { inbox: 0, favorites: 0, all: 0 };
  for (const article of articles) {
    if (article.state !== 'unread') continue;
    // Unread is never archived, so every unread article is in the Inbox too.
    counts.all++;
    counts.inbox++;
    if (article.favorite) counts.favorites++;
  }
  return counts;
}
