import type { ArticleSummary, LibraryView } from '../../contract/index.ts';

export interface ListFilter {
  tags?: string[];
  tagMode?: 'all' | 'any';
  /** Only the articles that came from this feed. */
  feedId?: string;
}

export function inView(article: ArticleSummary, view: LibraryView): boolean {
  switch (view) {
    case 'inbox':
      return article.state !== 'archived';
    case 'archive':
      return article.state === 'archived';
    case 'favorites':
      return article.favorite;
    case 'all':
      return true;
  }
}

/**
 * The rows, newest first by `date`, then by id. Dates carry their own offsets, so ordered by instant,
 * not by string. The instants sit in one array of numbers and the rows are sorted by position: a map
 * of 100,000 ids to instants was a pair, a number and an entry per article, made for every listing.
 */
export function newestFirst(rows: ArticleSummary[], date: (row: ArticleSummary) => string): ArticleSummary[] {
  const time = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    time[i] = Date.parse(date(row)) || 0;
  });
  const order = Array.from(rows, (_, i) => i);
  order.sort((a, b) => time[b]! - time[a]! || rows[a]!.id.localeCompare(rows[b]!.id));
  return order.map((i) => rows[i]!);
}
