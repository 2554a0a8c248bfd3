import type { ParsedQuery } from '../../contract/search-query.ts';
import type { GiveWay } from '../concurrency/reader-activity.ts';
import { filterOnlySearch } from './filter-only.ts';
import { hasFilters, passesFilters } from './filters.ts';
import { inTurns } from './in-turns.ts';
import { ranksBelow, topByScore } from './ranking.ts';
import { Scoring } from './scoring.ts';
import { type Expansion, FIELDS, type SearchDocument, type SearchHit, type SearchSources } from './search-types.ts';
import { makeSnippet } from './snippet.ts';
import { tokenize } from './tokenize.ts';
import { Vocabulary } from './vocabulary.ts';
import { expandWord } from './word-expansion.ts';
import { containsRun, PairSignature, sequenceOf, type WordSequence } from './word-sequence.ts';

export { FIELDS, type SearchDocument, type SearchHit, type SearchSources } from './search-types.ts';

const TITLE = 0;
const TEXT = 1;

interface IndexedArticle {
  id: string;
  fields: WordSequence[];
  /** Neighbouring words of the title and text, to rule out phrases quickly. */
  pairs: PairSignature;
}

/**
 * A full-text index tuned for searching as one types: an inverted index over typed arrays (scoring.ts),
 * with MiniSearch's radix tree as the dictionary for prefix and typo-tolerant lookups (vocabulary.ts,
 * word-expansion.ts). Every article's words are kept in order as word ids, so phrases are checked in
 * memory, never on disk.
 */
export class SearchIndex {
  private readonly articles: (IndexedArticle | null)[] = [];
  private readonly docOf = new Map<string, number>();
  private readonly vocabulary = new Vocabulary();
  private readonly scoring = new Scoring();

  /**
   * An index of articles whose words are already numbered (as read back from disk). `giveWay`: restored in the
   * background, waiting between turns while the reader scrolls.
   */
  static async restore(
    words: string[],
    articles: Iterable<{ id: string; fields: WordSequence[] }>,
    giveWay?: GiveWay,
  ): Promise<SearchIndex> {
    const index = new SearchIndex();
    for await (const word of inTurns(words, giveWay)) index.vocabulary.idOf(word);
    for await (const article of inTurns(articles, giveWay)) index.add(article.id, article.fields);
    return index;
  }

  /** The words and the articles' word sequences, for saving. */
  snapshot(): { words: readonly string[]; articles: { id: string; fields: WordSequence[] }[] } {
    return { words: this.vocabulary.words, articles: this.articles.filter((article) => article !== null) };
  }

  get size(): number {
    return this.scoring.size;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  put(document: SearchDocument): void {
    this.remove(document.id);
    this.add(
      document.id,
      FIELDS.map((field) => sequenceOf(tokenize(document[field]).map((word) => this.vocabulary.idOf(word)))),
    );
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    const article = this.articles[doc]!;
    this.articles[doc] = null;
    this.docOf.delete(id);
    this.scoring.remove(doc, article.fields);
  }

  async search(query: ParsedQuery, sources: SearchSources, limit: number): Promise<SearchHit[]> {
    const words = queryWords(query);
    const excluded = this.excluded(query);
    if (words.length === 0) return this.filterOnly(query, sources, excluded, limit);
    const phrases = query.phrases.map((phrase) => this.vocabulary.phrase(phrase));
    const unwanted = query.excludedPhrases.map((phrase) => this.vocabulary.phrase(phrase));
    // The query's own words come first in `words`, then the words of its phrases.
    const termWords = query.terms.flatMap(tokenize).length;
    const frequency = (word: number) => this.scoring.frequency(word);
    const plan = (fuzzy: boolean) =>
      words.map((word, at) =>
        expandWord(this.vocabulary, frequency, word, at === termWords - 1, fuzzy && at < termWords),
      );

    const strict = plan(false);
    const found = this.rank(strict, query, sources, excluded, phrases, unwanted, limit, new Set());
    // Typo tolerance is the slow part: it is used when the words as typed find too little. Words of
    // a phrase are matched exactly, so only the query's own words can be near spellings.
    const fuzzyWords = words.slice(0, termWords).some((word) => word.length >= 5);
    const tolerant = found.length < limit && fuzzyWords ? plan(true) : null;
    if (tolerant) {
      const seen = new Set(found.map((hit) => hit.doc));
      found.push(...this.rank(tolerant, query, sources, excluded, phrases, unwanted, limit - found.length, seen));
    }
    const matched = new Set((tolerant ?? strict).flat().map((expansion) => expansion.word));
    return Promise.all(
      found.map(async ({ doc, score }) => {
        // Taken before reading the text: another search may re-index the article meanwhile.
        const { id, fields } = this.articles[doc]!;
        const terms = [...query.phrases, ...this.wordsIn(fields, matched)];
        const text = (await sources.text(id).catch(() => '')) || sources.summary(id)?.excerpt || '';
        const { snippet, ranges } = makeSnippet(text, terms);
        return { id, score, snippet, ranges };
      }),
    );
  }

  /** Articles holding every word, best first, that pass the filters and phrases; at most `limit`. */
  private rank(
    plan: Expansion[][],
    query: ParsedQuery,
    sources: SearchSources,
    excluded: Set<number>,
    phrases: (number[] | null)[],
    unwanted: (number[] | null)[],
    limit: number,
    skip: Set<number>,
  ): { doc: number; score: number }[] {
    if (phrases.some((phrase) => phrase === null)) return [];
    // Rarest word first: every later word only looks at articles the earlier ones kept.
    const ordered = [...plan].sort((a, b) => this.scoring.cost(a) - this.scoring.cost(b));
    const filtered = hasFilters(query);
    const pool = this.scoring.match(ordered).filter((doc) => !skip.has(doc) && !excluded.has(doc));
    const inText = (doc: number, phrase: number[]) => this.holdsPhrase(this.articles[doc]!, phrase);
    const accept = (doc: number) => {
      if (filtered) {
        const summary = sources.summary(this.articles[doc]!.id);
        if (!summary || !passesFilters(summary, query, sources.groups)) return false;
      }
      return (
        phrases.every((phrase) => inText(doc, phrase!)) &&
        !unwanted.some((phrase) => phrase !== null && inText(doc, phrase))
      );
    };
    // Filters and phrases are checked best first, a page at a time (each eight times the last), only
    // until enough pass: a filter that keeps one article in ten checks a few hundred, not them all.
    // Once a page would be most of what is left, the rest is checked at once and only what passed is ranked.
    const { scores } = this.scoring;
    const hits: { doc: number; score: number }[] = [];
    const take = (docs: number[]) => {
      for (const doc of docs) {
        if (hits.length === limit) return;
        if (accept(doc)) hits.push({ doc, score: scores[doc]! });
      }
    };
    let after = -1;
    for (let size = Math.max(limit * 2, 64); hits.length < limit; size *= 8) {
      if (size * 4 >= pool.length) {
        const rest = after === -1 ? pool : pool.filter((doc) => ranksBelow(scores, doc, after));
        take(topByScore(rest.filter(accept), scores, limit - hits.length));
        break;
      }
      const page = topByScore(pool, scores, size, after);
      take(page);
      after = page.at(-1)!;
    }
    return hits;
  }

  /** Articles holding an excluded word (all the parts of it, when it has several). */
  private excluded(query: ParsedQuery): Set<number> {
    const excluded = new Set<number>();
    for (const term of query.excludedTerms) {
      const ids = tokenize(term).map((word) => this.vocabulary.find(word));
      if (ids.length === 0 || ids.some((id) => id === undefined)) continue;
      for (const doc of this.scoring.match(ids.map((id) => [{ word: id!, weight: 1 }]))) excluded.add(doc);
    }
    return excluded;
  }

  /** Filters alone: an article is left out for an excluded word or phrase. */
  private filterOnly(query: ParsedQuery, sources: SearchSources, excluded: Set<number>, limit: number): SearchHit[] {
    const unwanted = query.excludedPhrases.map((phrase) => this.vocabulary.phrase(phrase));
    const leftOut = (id: string) => {
      const doc = this.docOf.get(id);
      if (doc === undefined) return false;
      const indexed = this.articles[doc]!;
      return excluded.has(doc) || unwanted.some((phrase) => phrase !== null && this.holdsPhrase(indexed, phrase));
    };
    return filterOnlySearch(query, sources, leftOut, limit);
  }

  /** The searched words found in an article, to mark them in its snippet. */
  private wordsIn(fields: WordSequence[], wanted: Set<number>): string[] {
    const found = new Set<number>();
    for (const field of fields) {
      for (const word of field) if (wanted.has(word)) found.add(word);
    }
    return [...found].map((word) => this.vocabulary.words[word]!);
  }

  private holdsPhrase(article: IndexedArticle, phrase: number[]): boolean {
    if (!article.pairs.mayContain(phrase)) return false;
    return containsRun(article.fields[TITLE]!, phrase) || containsRun(article.fields[TEXT]!, phrase);
  }

  private add(id: string, fields: WordSequence[]): void {
    const doc = this.scoring.add(fields, this.vocabulary.size);
    this.articles[doc] = { id, fields, pairs: new PairSignature([fields[TITLE]!, fields[TEXT]!]) };
    this.docOf.set(id, doc);
  }
}

/**
 * The words every result must hold: the query's words, then the words of its phrases. As people
 * type, the last of the query's own words is unfinished: only it is matched as a prefix.
 */
function queryWords(query: ParsedQuery): string[] {
  return [...query.terms, ...query.phrases].flatMap(tokenize);
}
