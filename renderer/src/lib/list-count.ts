import type { ArticleSummary, LibraryView } from '../../../electron/contract/index.ts';
import { plural } from './plural.ts';

/**
 * What the list's header says of its articles. The sidebar counts a view's unread articles, so the header names
 * its unread ones too ("12 unread of 240 articles"): a bare "240" beside a sidebar's "12" read as a disagreement.
 * The Archive holds no unread article, and a list read to the end needs only its size.
 */
export function listCountText(articles: readonly Pick<ArticleSummary, 'state'>[], view: LibraryView): string {
  const all = plural(articles.length, 'article');
  const unread = view === 'archive' ? 0 : articles.filter((article) => article.state === 'unread').length;
  return unread > 0 ? `${unread} unread of ${all}` : all;
}
