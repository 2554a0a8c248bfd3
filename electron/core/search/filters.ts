import type { ArticleSummary } from '../../contract/index.ts';
import type { ParsedQuery } from '../../contract/search-query.ts';

/** Whether a query narrows by anything the library index knows (tags, sites, states, dates…). */
export function hasFilters(query: ParsedQuery): boolean {
  const { not } = query;
  return (
    query.tags.length + query.sites.length + query.authors.length + query.feeds.length + query.stories.length > 0 ||
    query.is.length + query.has.length > 0 ||
    query.before !== null ||
    query.after !== null ||
    not.tags.length + not.sites.length + not.authors.length + not.is.length + not.has.length > 0
  );
}

/** Whether an article passes the filters of a query; only what a filter asks for is computed. */
export function passesFilters(article: ArticleSummary, query: ParsedQuery): boolean {
  // Feeds and stories come with their own issues; until then no article belongs to one.
  if (query.feeds.length > 0 || query.stories.length > 0) return false;
  for (const state of query.is) {
    if (state === 'favorite' ? !article.favorite : article.state !== state) return false;
  }
  for (const kind of query.has) {
    if ((kind === 'highlights' || kind === 'notes') && article.annotationCount === 0) return false;
  }
  if (query.not.is.some((state) => (state === 'favorite' ? article.favorite : article.state === state))) return false;
  if (query.not.has.length > 0 && article.annotationCount > 0) return false;
  if (query.before || query.after) {
    const date = (article.publishedAt ?? article.savedAt).slice(0, 10);
    if (query.before && !(date < query.before)) return false;
    if (query.after && !(date >= query.after)) return false;
  }
  if (query.tags.length > 0 || query.not.tags.length > 0) {
    const tagged = (wanted: string) => article.tags.some((tag) => tag.toLowerCase() === wanted);
    if (!query.tags.every(tagged)) return false;
    if (query.not.tags.some(tagged)) return false;
  }
  if (query.sites.length > 0 || query.not.sites.length > 0) {
    const site = siteOf(article);
    if (!query.sites.every((wanted) => site.includes(wanted))) return false;
    if (query.not.sites.some((unwanted) => site.includes(unwanted))) return false;
  }
  if (query.authors.length > 0 || query.not.authors.length > 0) {
    const author = (article.byline ?? '').toLowerCase();
    if (!query.authors.every((wanted) => author.includes(wanted))) return false;
    if (query.not.authors.some((unwanted) => author.includes(unwanted))) return false;
  }
  return true;
}

/** The host of an address, without parsing all of it (a filter may look at every article). */
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)/i;

/** "site name host", lowercase, by summary: a summary is replaced, never changed, when its article changes. */
const sites = new WeakMap<ArticleSummary, string>();

function siteOf(article: ArticleSummary): string {
  let site = sites.get(article);
  if (site === undefined) {
    site = `${article.siteName ?? ''} ${HOST.exec(article.url)?.[1] ?? ''}`.toLowerCase();
    sites.set(article, site);
  }
  return site;
}
