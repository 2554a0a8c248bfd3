import type { ArticleSummary, LibraryView } from '../../../electron/contract/index.ts';
import { formatCount, plural } from './plural.ts';

/**
 * What the list's header says of its articles. The sidebar counts a view's unread articles, so the header names
 * its unread ones too ("12 unread of 240 articles"): a bare "240" beside a sidebar's "12" read as a disagreement.
 * Where the two numbers would say one thing twice ("1 unread of 1 article") it says it once: "1 article, unread",
 * "12 articles, all unread". The Archive holds no unread article, and a list read to the end needs only its size.
 */
export function listCountText(articles: readonly Pick<ArticleSummary, 'state'>[], view: LibraryView): string {
  const size = articles.length;
  if (size === 0) return 'No articles';
  const all = plural(size, 'article');
  const unread = view === 'archive' ? 0 : articles.filter((article) => article.state === 'unread').length;
  if (unread === 0) return all;
  if (unread < size) return `${formatCount(unread)} unread of ${all}`;
  return size === 1 ? '1 article, unread' : size === 2 ? '2 articles, both unread' : `${all}, all unread`;
}
