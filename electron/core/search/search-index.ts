import SearchableMap from 'minisearch/SearchableMap';
import type { ArticleSummary } from '../../contract/index.ts';
import type { ParsedQuery } from '../../contract/search-query.ts';
import { type ArticleGroups, hasFilters, passesFilters } from './filters.ts';
import { inTurns } from './in-turns.ts';
import { PostingList } from './postings.ts';
import { ranksBelow, topByScore } from './ranking.ts';
import { makeSnippet } from './snippet.ts';
import { tokenize } from './tokenize.ts';
import { containsRun, PairSignature, sequenceOf, type WordSequence } from './word-sequence.ts';

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

export const FIELDS = ['title', 'text', 'site', 'author', 'tags', 'highlights', 'notes'] as const;
const TITLE = 0;
const TEXT = 1;
/** Title and highlight hits rank above body hits. */
const BOOST = [4, 1, 1.5, 1.5, 2, 2.5, 2];
// BM25+ with MiniSearch's constants, so ranking stays what readers had.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A short prefix or a fuzzy word may stand for thousands of words: the commonest are searched. */
const MAX_EXPANSIONS = 30;

interface Expansion {
  word: number;
  weight: number;
}

interface IndexedArticle {
  id: string;
  fields: WordSequence[];
  /** Neighbouring words of the title and text, to rule out phrases quickly. */
  pairs: PairSignature;
}

/**
 * A full-text index tuned for searching as one types: an inverted index over typed arrays, with
 * MiniSearch's radix tree as the dictionary for prefix and typo-tolerant lookups. Every article's
 * words are kept in order as word ids, so phrases are checked in memory, never on disk.
 */
export class SearchIndex {
  private readonly articles: (IndexedArticle | null)[] = [];
  private readonly docOf = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** The same words in a radix tree, for completions and near spellings. */
  private readonly dictionary = new SearchableMap<number>();
  /** postings[field][word id] */
  private readonly postings: (PostingList | undefined)[][] = FIELDS.map(() => []);
  private readonly lengthSums = new Float64Array(FIELDS.length);
  /** Per article and field, its length in words: lengths[doc * FIELDS.length + field]. */
  private lengths = new Uint32Array(FIELDS.length * 1024);
  private alive = new Uint8Array(1024);
  private live = 0;
  // Scratch space reused by every search: no allocation proportional to the library per query.
  private scores = new Float64Array(0);
  private marks = new Uint32Array(0);
  private mark = 0;
  private wordCounts = new Uint32Array(1024);

  /** An index of articles whose words are already numbered (as read back from disk). */
  static async restore(
    words: string[],
    articles: Iterable<{ id: string; fields: WordSequence[] }>,
  ): Promise<SearchIndex> {
    const index = new SearchIndex();
    for await (const word of inTurns(words)) index.wordId(word);
    for await (const article of inTurns(articles)) index.add(article.id, article.fields);
    return index;
  }

  /** The words and the articles' word sequences, for saving. */
  snapshot(): { words: readonly string[]; articles: { id: string; fields: WordSequence[] }[] } {
    return { words: this.words, articles: this.articles.filter((article) => article !== null) };
  }

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  put(document: SearchDocument): void {
    this.remove(document.id);
    this.add(
      document.id,
      FIELDS.map((field) => sequenceOf(tokenize(document[field]).map((word) => this.wordId(word)))),
    );
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    const article = this.articles[doc]!;
    this.articles[doc] = null;
    this.alive[doc] = 0;
    this.docOf.delete(id);
    this.live--;
    for (let field = 0; field < FIELDS.length; field++) {
      this.lengthSums[field]! -= article.fields[field]!.length;
      for (const word of new Set(article.fields[field])) this.postings[field]![word]!.dead++;
    }
  }

  async search(query: ParsedQuery, sources: SearchSources, limit: number): Promise<SearchHit[]> {
    const words = queryWords(query);
    const excluded = this.excluded(query);
    if (words.length === 0) return this.filterOnly(query, sources, excluded, limit);
    const phrases = query.phrases.map((phrase) => this.phraseIds(phrase));
    const unwanted = query.excludedPhrases.map((phrase) => this.phraseIds(phrase));
    // The query's own words come first in `words`, then the words of its phrases.
    const termWords = query.terms.flatMap(tokenize).length;
    const plan = (fuzzy: boolean) =>
      words.map((word, at) => this.expand(word, at === termWords - 1, fuzzy && at < termWords));

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
    const ordered = [...plan].sort((a, b) => this.cost(a) - this.cost(b));
    const filtered = hasFilters(query);
    const pool = this.match(ordered).filter((doc) => !skip.has(doc) && !excluded.has(doc));
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
    const { scores } = this;
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

  /**
   * The articles holding every word (each word: any of its expansions, in any field), scored with
   * BM25+ per field. Scores are left in this.scores.
   */
  private match(plan: Expansion[][]): number[] {
    const count = this.articles.length;
    if (this.scores.length < count) {
      this.scores = new Float64Array(count * 2);
      this.marks = new Uint32Array(count * 2);
    }
    const { scores, marks, alive, lengths } = this;
    const width = FIELDS.length;
    let matched: number[] = [];
    let previous = 0;
    for (let at = 0; at < plan.length; at++) {
      const current = ++this.mark;
      const next: number[] = [];
      const first = at === 0;
      // Articles scored for this word: those that held every earlier word, or all of them for the first.
      const consider = (doc: number, field: number, count: number, factor: number, average: number) => {
        const mark = marks[doc]!;
        if (!first && mark !== previous && mark !== current) return;
        const length = lengths[doc * width + field]!;
        const score = factor * (D + (count * (K + 1)) / (count + K * (1 - B + (B * length) / average)));
        if (mark === current) scores[doc]! += score;
        else {
          scores[doc] = first ? score : scores[doc]! + score;
          marks[doc] = current;
          next.push(doc);
        }
      };
      for (const { word, weight } of plan[at]!) {
        for (let field = 0; field < width; field++) {
          const list = this.postings[field]![word];
          if (!list || list.live === 0) continue;
          list.compact((doc) => alive[doc] === 1);
          const idf = Math.log(1 + (this.live - list.live + 0.5) / (list.live + 0.5));
          const factor = BOOST[field]! * weight * idf;
          const average = this.lengthSums[field]! / this.live || 1;
          if (!first && matched.length * 16 < list.size) {
            // Few articles left: look each one up rather than walking a long list.
            for (const doc of matched) {
              const position = list.find(doc);
              if (position !== -1) consider(doc, field, list.counts[position]!, factor, average);
            }
          } else {
            for (let i = 0; i < list.size; i++) {
              const doc = list.docs[i]!;
              if (alive[doc] === 1) consider(doc, field, list.counts[i]!, factor, average);
            }
          }
        }
      }
      matched = next;
      previous = current;
      if (matched.length === 0) break;
    }
    return matched;
  }

  /** The ids a query word may stand for: itself, its completions when typed last, near spellings. */
  private expand(word: string, prefix: boolean, fuzzy: boolean): Expansion[] {
    const weights = new Map<number, number>();
    const exact = this.wordIds.get(word);
    if (exact !== undefined) weights.set(exact, 1);
    const offer = (candidates: Iterable<[string, number]>, weightOf: (candidate: string) => number) => {
      const ranked = [...candidates]
        .filter(([, id]) => !weights.has(id))
        .sort((a, b) => this.frequency(b[1]) - this.frequency(a[1]))
        .slice(0, MAX_EXPANSIONS);
      for (const [candidate, id] of ranked) weights.set(id, weightOf(candidate));
    };
    if (prefix && word.length >= 2) {
      offer(this.dictionary.atPrefix(word).entries(), (candidate) => {
        const distance = candidate.length - word.length;
        return (PREFIX_WEIGHT * candidate.length) / (candidate.length + 0.3 * distance);
      });
    }
    if (fuzzy && word.length >= 5) {
      const near = this.dictionary.fuzzyGet(word, Math.round(word.length * 0.2));
      const distances = new Map([...near].map(([candidate, [, distance]]) => [candidate, distance]));
      offer(
        [...near].map(([candidate, [id]]) => [candidate, id] as [string, number]),
        (candidate) => (FUZZY_WEIGHT * candidate.length) / (candidate.length + distances.get(candidate)!),
      );
    }
    return [...weights].map(([id, weight]) => ({ word: id, weight }));
  }

  /** Articles holding an excluded word (all the parts of it, when it has several). */
  private excluded(query: ParsedQuery): Set<number> {
    const excluded = new Set<number>();
    for (const term of query.excludedTerms) {
      const ids = tokenize(term).map((word) => this.wordIds.get(word));
      if (ids.length === 0 || ids.some((id) => id === undefined)) continue;
      for (const doc of this.match(ids.map((id) => [{ word: id!, weight: 1 }]))) excluded.add(doc);
    }
    return excluded;
  }

  /** Filters alone: every article that passes them, newest first. */
  private filterOnly(query: ParsedQuery, sources: SearchSources, excluded: Set<number>, limit: number): SearchHit[] {
    const unwanted = query.excludedPhrases.map((phrase) => this.phraseIds(phrase));
    const passed: ArticleSummary[] = [];
    for (const article of sources.all()) {
      if (!passesFilters(article, query, sources.groups)) continue;
      const doc = this.docOf.get(article.id);
      if (doc !== undefined) {
        if (excluded.has(doc)) continue;
        const indexed = this.articles[doc]!;
        if (unwanted.some((phrase) => phrase !== null && this.holdsPhrase(indexed, phrase))) continue;
      }
      passed.push(article);
    }
    // Dates carry their own offsets: ordered by instant, as the library lists them.
    const time = new Map(passed.map((article) => [article, Date.parse(article.savedAt) || 0]));
    return passed
      .sort((a, b) => time.get(b)! - time.get(a)! || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((article) => ({ id: article.id, score: 0, ...makeSnippet(article.excerpt, []) }));
  }

  /** The searched words found in an article, to mark them in its snippet. */
  private wordsIn(fields: WordSequence[], wanted: Set<number>): string[] {
    const found = new Set<number>();
    for (const field of fields) {
      for (const word of field) if (wanted.has(word)) found.add(word);
    }
    return [...found].map((word) => this.words[word]!);
  }

  private holdsPhrase(article: IndexedArticle, phrase: number[]): boolean {
    if (!article.pairs.mayContain(phrase)) return false;
    return containsRun(article.fields[TITLE]!, phrase) || containsRun(article.fields[TEXT]!, phrase);
  }

  private phraseIds(phrase: string): number[] | null {
    const ids = tokenize(phrase).map((word) => this.wordIds.get(word));
    return ids.some((id) => id === undefined) ? null : (ids as number[]);
  }

  /** How many entries searching for a word walks: the rarest words go first. */
  private cost(expansions: Expansion[]): number {
    return expansions.reduce((sum, { word }) => sum + this.frequency(word), 0);
  }

  private frequency(word: number): number {
    let total = 0;
    for (const lists of this.postings) total += lists[word]?.live ?? 0;
    return total;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
      this.dictionary.set(word, id);
    }
    return id;
  }

  private add(id: string, fields: WordSequence[]): void {
    const doc = this.articles.length;
    this.articles.push({ id, fields, pairs: new PairSignature([fields[TITLE]!, fields[TEXT]!]) });
    this.docOf.set(id, doc);
    this.live++;
    if (doc >= this.alive.length) {
      this.alive = grown(this.alive, doc * 2);
      this.lengths = grown(this.lengths, doc * 2 * FIELDS.length);
    }
    this.alive[doc] = 1;
    if (this.wordCounts.length < this.words.length) this.wordCounts = new Uint32Array(this.words.length * 2);
    const counts = this.wordCounts;
    for (let field = 0; field < FIELDS.length; field++) {
      const sequence = fields[field]!;
      this.lengths[doc * FIELDS.length + field] = sequence.length;
      this.lengthSums[field]! += sequence.length;
      const distinct: number[] = [];
      for (const word of sequence) {
        if (counts[word] === 0) distinct.push(word);
        counts[word]!++;
      }
      const lists = this.postings[field]!;
      for (const word of distinct) {
        let list = lists[word];
        if (!list) {
          list = new PostingList();
          lists[word] = list;
        }
        list.push(doc, counts[word]!);
        counts[word] = 0;
      }
    }
  }
}

function grown<T extends Uint8Array | Uint32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/**
 * The words every result must hold: the query's words, then the words of its phrases. As people
 * type, the last of the query's own words is unfinished: only it is matched as a prefix.
 */
function queryWords(query: ParsedQuery): string[] {
  return [...query.terms, ...query.phrases].flatMap(tokenize);
}
