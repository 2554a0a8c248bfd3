import type { ArticleSummary } from '../../contract/index.ts';
import type { ArticleGroups } from './filters.ts';

/** What is searchable of one article. */
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

export const FIELDS = ['title', 'text', 'site', 'author', 'tags', 'highlights', 'notes'] as const;

export interface SearchHit {
  id: string;
  score: number;
  /** A passage around the first match, and where the matched words are in it. */
  snippet: string;
  ranges: [number, number][];
}

export interface SearchSources {
  summary(id: string): ArticleSummary | undefined;
  /** Every article, in any order. */
  all(): Iterable<ArticleSummary>;
  /** The plain text of an article (for snippets). */
  text(id: string): Promise<string>;
  /** Its feed and story, for `feed:` and `story:`. */
  groups?: ArticleGroups;
}

/** A word id a query word may stand for, and how much a match on it counts. */
export interface Expansion {
  word: number;
  weight: number;
}
