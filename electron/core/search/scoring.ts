import { PostingList } from './postings.ts';
import { type Expansion, FIELDS } from './search-types.ts';
import type { WordSequence } from './word-sequence.ts';

/** Title and highlight hits rank above body hits. */
const BOOST = [4, 1, 1.5, 1.5, 2, 2.5, 2];
// BM25+ with MiniSearch's constants, so ranking stays what readers had.
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * The inverted index over typed arrays: for each field and word, the articles holding it (by number,
 * in the order they were added), and BM25+ scores of articles for a query's words.
 */
export class Scoring {
  /** postings[field][word id] */
  private readonly postings: (PostingList | undefined)[][] = FIELDS.map(() => []);
  private readonly lengthSums = new Float64Array(FIELDS.length);
  /** Per article and field, its length in words: lengths[doc * FIELDS.length + field]. */
  private lengths = new Uint32Array(FIELDS.length * 1024);
  private alive = new Uint8Array(1024);
  private slots = 0;
  private live = 0;
  // Scratch space reused by every search: no allocation proportional to the library per query.
  private scoreOf = new Float64Array(0);
  private marks = new Uint32Array(0);
  private mark = 0;
  private wordCounts = new Uint32Array(1024);

  /** Articles indexed and not removed. */
  get size(): number {
    return this.live;
  }

  /** The scores left by the last `match`, by article number. */
  get scores(): Float64Array {
    return this.scoreOf;
  }

  /** Adds an article's fields (word ids, `vocabularySize` words known); answers its number. */
  add(fields: WordSequence[], vocabularySize: number): number {
    const doc = this.slots++;
    this.live++;
    if (doc >= this.alive.length) {
      this.alive = grown(this.alive, doc * 2);
      this.lengths = grown(this.lengths, doc * 2 * FIELDS.length);
    }
    this.alive[doc] = 1;
    if (this.wordCounts.length < vocabularySize) this.wordCounts = new Uint32Array(vocabularySize * 2);
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
    return doc;
  }

  /** Takes article `doc` out of every score; its entries are dropped from the lists later, in bulk. */
  remove(doc: number, fields: WordSequence[]): void {
    this.alive[doc] = 0;
    this.live--;
    for (let field = 0; field < FIELDS.length; field++) {
      this.lengthSums[field]! -= fields[field]!.length;
      for (const word of new Set(fields[field])) this.postings[field]![word]!.dead++;
    }
  }

  /** How many entries searching for a word walks: the rarest words go first. */
  cost(expansions: Expansion[]): number {
    return expansions.reduce((sum, { word }) => sum + this.frequency(word), 0);
  }

  frequency(word: number): number {
    let total = 0;
    for (const lists of this.postings) total += lists[word]?.live ?? 0;
    return total;
  }

  /**
   * The articles holding every word (each word: any of its expansions, in any field), scored with
   * BM25+ per field. Scores are left in `scores`.
   */
  match(plan: Expansion[][]): number[] {
    const count = this.slots;
    if (this.scoreOf.length < count) {
      this.scoreOf = new Float64Array(count * 2);
      this.marks = new Uint32Array(count * 2);
    }
    const { scoreOf: scores, marks, alive, lengths } = this;
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
}

function grown<T extends Uint8Array | Uint32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
