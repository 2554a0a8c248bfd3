import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleSummary } from '../../contract/index.ts';
import type { ParsedQuery } from '../../contract/search-query.ts';

/** What is searchable of one article. The full text is indexed but not stored: memory stays small. */
export interface SearchDocument {
  id: string;
  title: string;
  text: string;
  site: string;
  author: string;
  tags: string;
  highlights: string;
  notes: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** A passage around the first match, and where the matched words are in it. */
  snippet: string;
  ranges: [number, number][];
}

export interface SearchSources {
  summary(id: string): ArticleSummary | undefined;
  all(): Iterable<ArticleSummary>;
  /** The plain text of an article (for phrases and snippets). */
  text(id: string): Promise<string>;
}

const FIELDS = ['title', 'text', 'site', 'author', 'tags', 'highlights', 'notes'] as const;
/** Title and highlight hits rank above body hits. */
const BOOST = { title: 4, highlights: 2.5, notes: 2, tags: 2, site: 1.5, author: 1.5, text: 1 };
const SNIPPET_CHARS = 180;
const ENGINE_OPTIONS = { fields: [...FIELDS], storeFields: [] as string[], idField: 'id' };

/** A full-text index over MiniSearch: prefix matching, typo tolerance, filters from the library index. */
export class SearchIndex {
  private engine = SearchIndex.createEngine();

  static createEngine() {
    return new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
  }

  /** An index saved with toJS(); throws when the data is not one. */
  static fromJS(saved: unknown): SearchIndex {
    const index = new SearchIndex();
    index.engine = MiniSearch.loadJS<SearchDocument>(saved as Parameters<typeof MiniSearch.loadJS>[0], ENGINE_OPTIONS);
    return index;
  }

  toJS(): unknown {
    return this.engine.toJSON();
  }

  get size(): number {
    return this.engine.documentCount;
  }

  has(id: string): boolean {
    return this.engine.has(id);
  }

  put(document: SearchDocument): void {
    if (this.engine.has(document.id)) this.engine.discard(document.id);
    this.engine.add(document);
  }

  remove(id: string): void {
    if (this.engine.has(id)) this.engine.discard(id);
  }

  async search(query: ParsedQuery, sources: SearchSources, limit: number): Promise<SearchHit[]> {
    const words = [...query.terms, ...query.phrases.flatMap((phrase) => phrase.split(/\s+/))].filter(Boolean);
    let candidates: { id: string; score: number; terms: string[] }[];
    if (words.length > 0) {
      const text = words.join(' ');
      // As people type, the last word is unfinished: only it is matched as a prefix.
      const options = {
        combineWith: 'AND',
        boost: BOOST,
        prefix: (term: string, index: number, all: string[]) => index === all.length - 1 && term.length >= 2,
      } as const;
      let found: SearchResult[] = this.engine.search(text, options);
      // Typo tolerance is the slow part of a search: it is used when the words as typed find too little.
      if (found.length < limit) {
        const seen = new Set(found.map((result) => result.id));
        const fuzzy = this.engine.search(text, {
          ...options,
          fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
        });
        found = [...found, ...fuzzy.filter((result) => !seen.has(result.id))];
      }
      candidates = found.map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
    } else {
      // Filters alone: every article, newest first.
      candidates = [...sources.all()]
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        .map((article) => ({ id: article.id, score: 0, terms: [] }));
    }

    const excluded = new Set<string>();
    for (const term of query.excludedTerms) {
      for (const result of this.engine.search(term, { prefix: false, fuzzy: false })) excluded.add(String(result.id));
    }

    // Phrases are checked against the text with one case-insensitive pattern each (no lowercased copies).
    const phraseIn = (phrase: string) => new RegExp(escapeRegExp(phrase).replace(/ /g, '\\s+'), 'iu');
    const phrases = query.phrases.map(phraseIn);
    const unwanted = query.excludedPhrases.map(phraseIn);
    const hits: SearchHit[] = [];
    for (const candidate of candidates) {
      if (hits.length >= limit) break;
      if (excluded.has(candidate.id)) continue;
      const article = sources.summary(candidate.id);
      if (!article || !passesFilters(article, query)) continue;
      const needsText = phrases.length > 0 || unwanted.length > 0 || candidate.terms.length > 0;
      const text = needsText ? await sources.text(candidate.id) : '';
      const inArticle = (pattern: RegExp) => pattern.test(article.title) || pattern.test(text);
      if (!phrases.every(inArticle)) continue;
      if (unwanted.some(inArticle)) continue;
      const { snippet, ranges } = makeSnippet(text || article.excerpt, [...query.phrases, ...candidate.terms]);
      hits.push({ id: candidate.id, score: candidate.score, snippet, ranges });
    }
    return hits;
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function passesFilters(article: ArticleSummary, query: ParsedQuery): boolean {
  const tags = article.tags.map((tag) => tag.toLowerCase());
  if (!query.tags.every((tag) => tags.includes(tag))) return false;
  const site = `${article.siteName ?? ''} ${hostOf(article.url)}`.toLowerCase();
  if (!query.sites.every((wanted) => site.includes(wanted))) return false;
  const author = (article.byline ?? '').toLowerCase();
  if (!query.authors.every((wanted) => author.includes(wanted))) return false;
  // Feeds and stories come with their own issues; until then no article belongs to one.
  if (query.feeds.length > 0 || query.stories.length > 0) return false;
  for (const state of query.is) {
    if (state === 'favorite' ? !article.favorite : article.state !== state) return false;
  }
  for (const kind of query.has) {
    if (kind === 'highlights' && article.annotationCount === 0) return false;
    if (kind === 'notes' && article.annotationCount === 0) return false;
  }
  if (query.not.tags.some((tag) => tags.includes(tag))) return false;
  if (query.not.sites.some((unwanted) => site.includes(unwanted))) return false;
  if (query.not.authors.some((unwanted) => author.includes(unwanted))) return false;
  if (query.not.is.some((state) => (state === 'favorite' ? article.favorite : article.state === state))) return false;
  if (query.not.has.length > 0 && article.annotationCount > 0) return false;
  const date = (article.publishedAt ?? article.savedAt).slice(0, 10);
  if (query.before && !(date < query.before)) return false;
  if (query.after && !(date >= query.after)) return false;
  return true;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A passage around the first match, cut at word boundaries, with every matched word located. */
export function makeSnippet(text: string, terms: string[]): { snippet: string; ranges: [number, number][] } {
  const lower = text.toLowerCase();
  const wanted = [...new Set(terms.map((term) => term.toLowerCase()).filter(Boolean))];
  // The passage where the most of the searched words come together, earliest on a tie.
  const occurrences: number[] = [];
  for (const term of wanted) {
    for (let at = lower.indexOf(term), n = 0; at !== -1 && n < 50; at = lower.indexOf(term, at + 1), n++) {
      occurrences.push(at);
    }
  }
  occurrences.sort((a, b) => a - b);
  let first = -1;
  let bestCount = 0;
  for (const at of occurrences) {
    const window = lower.slice(Math.max(0, at - 60), at + SNIPPET_CHARS - 60);
    const count = wanted.filter((term) => window.includes(term)).length;
    if (count > bestCount) {
      bestCount = count;
      first = at;
    }
  }
  let start = first === -1 ? 0 : Math.max(0, first - 60);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const snippet = `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  const ranges: [number, number][] = [];
  const snippetLower = snippet.toLowerCase();
  for (const term of wanted) {
    for (let at = snippetLower.indexOf(term); at !== -1; at = snippetLower.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { snippet, ranges: mergeRanges(ranges) };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
