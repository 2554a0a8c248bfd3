import { useState } from 'react';
import { formatCount, plural } from './plural.ts';

/** Results asked for at first, and added by each "Show more results". */
export const SEARCH_PAGE = 50;
/** The most a search lists (the contract's bound): past it, more words or a filter find the rest. */
export const SEARCH_MOST = 500;

/**
 * How many results a search shows, growing a page at a time. One more than is shown is asked for, so the list
 * knows whether there are more without counting every match; a new query starts again at one page.
 */
export function useSearchPages(query: string) {
  const [pages, setPages] = useState({ query, shown: SEARCH_PAGE });
  const shown = pages.query === query ? pages.shown : SEARCH_PAGE;
  return {
    shown,
    asked: Math.min(SEARCH_MOST, shown + 1),
    showMore: () => setPages({ query, shown: Math.min(SEARCH_MOST, shown + SEARCH_PAGE) }),
  };
}

/** Whether the search found more than it shows (at the bound, all it could list counts as more). */
export const hasMoreMatches = (found: number, shown: number) =>
  found > shown || (shown === SEARCH_MOST && found === SEARCH_MOST);

/** What the line above the results says: every match counted, or how many of more are shown. */
export function searchCountText(found: number, shown: number): string {
  if (!hasMoreMatches(found, shown)) return plural(found, 'match', 'matches');
  if (shown === SEARCH_MOST)
    return `The ${formatCount(SEARCH_MOST)} best matches: more words or a filter find the others`;
  return `The ${formatCount(shown)} best of more than ${formatCount(shown)} matches`;
}
