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

/** What an article belongs to beyond its own record: its feed and its story, by id and name. */
export interface ArticleGroups {
  feed(article: ArticleSummary): { id: string; title: string } | null;
  story(article: ArticleSummary): { id: string; title: string } | null;
  /** Resolves once stories are known (they are read in the background after start). */
  storiesReady?(): Promise<void>;
}

const noGroups: ArticleGroups = { feed: () => null, story: () => null };

/** `feed:` and `story:` take an id or words of the name. */
function inGroup(group: { id: string; title: string } | null, wanted: string): boolean {
  return group !== null && (group.id === wanted || group.title.toLowerCase().includes(wanted));
}

/** Whether an article passes the filters of a query; only what a filter asks for is computed. */
export function passesFilters(article: ArticleSummary, query: ParsedQuery, groups: ArticleGroups = noGroups): boolean {
  if (query.feeds.length > 0) {
    const feed = groups.feed(article);
    if (!query.feeds.every((wanted) => inGroup(feed, wanted))) return false;
  }
  if (query.stories.length > 0) {
    const story = groups.story(article);
    if (!query.stories.every((wanted) => inGroup(story, wanted))) return false;
  }
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
