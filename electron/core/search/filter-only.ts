import type { ArticleSummary } from '../../contract/index.ts';
import type { ParsedQuery } from '../../contract/search-query.ts';
import { passesFilters } from './filters.ts';
import type { SearchHit, SearchSources } from './search-types.ts';
import { makeSnippet } from './snippet.ts';

/**
 * A query of filters alone (no words to rank by): every article that passes them and is not `left
 * out` (an excluded word or phrase), newest first.
 */
export function filterOnlySearch(
  query: ParsedQuery,
  sources: SearchSources,
  leftOut: (id: string) => boolean,
  limit: number,
): SearchHit[] {
  const passed: ArticleSummary[] = [];
  for (const article of sources.all()) {
    if (passesFilters(article, query, sources.groups) && !leftOut(article.id)) passed.push(article);
  }
  // Dates carry their own offsets: ordered by instant, as the library lists them.
  const time = new Map(passed.map((article) => [article, Date.parse(article.savedAt) || 0]));
  return passed
    .sort((a, b) => time.get(b)! - time.get(a)! || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((article) => ({ id: article.id, score: 0, ...makeSnippet(article.excerpt, []) }));
}
