// Bags of words for comparing articles and sentences: tokens, TF-IDF weights and cosine similarity.
import { keptNorm } from './kept-norms.ts';

export type TermCounts = Record<string, number>;

const STOPWORDS = new Set(
  (
    'the a an and or but if then than that this these those there here of to in on at by for from with into onto over under ' +
    'through across among between within ' +
    'about after before since until during while as is are was were be been being has have had do does did will would shall ' +
    'should can could may might must not no nor so too very just also only its it he she they them their his her our we you ' +
    'your i me my who whom whose which what when where why how all any both each few more most other some such own same ' +
    'said says say told according one two three four five six seven eight nine ten first last next new now yet still even ' +
    'mr mrs ms per cent percent around about up down out off again once further monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april june july august september october november december today yesterday ' +
    'week weeks day days month months year years people time because however though although'
  ).split(' '),
);

/** Whether a lower-cased word is too common to tell texts apart. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lower-cased content words and numbers, with possessives and plural "s" stripped. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(/\d+(?:[.,]\d+)*|\p{L}[\p{L}'’-]*/gu)) {
    let word = match[0].replace(/['’]s?$/u, '');
    if (/^\p{L}/u.test(word)) {
      if (word.length < 3 || STOPWORDS.has(word)) continue;
      if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    }
    tokens.push(word);
  }
  return tokens;
}

export function countTerms(tokens: readonly string[]): TermCounts {
  const counts: TermCounts = {};
  for (const token of tokens) counts[token] = (counts[token] ?? 0) + 1;
  return counts;
}

/** Inverse document frequency over a collection of term counts (smoothed, never zero). */
export function inverseDocumentFrequency(documents: readonly TermCounts[]): (term: string) => number {
  const frequencies = new DocumentFrequencies();
  for (const document of documents) frequencies.add(document);
  return frequencies.weights();
}

/**
 * In how many documents each term is, kept up to date as documents arrive, so that grouping need not count every
 * article again for each newcomer. `weights()` gives what `inverseDocumentFrequency` gives over the same documents.
 */
export class DocumentFrequencies {
  private readonly frequency = new Map<string, number>();
  private total = 0;

  add(document: TermCounts): void {
    for (const term of Object.keys(document)) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
    this.total++;
  }

  /**
   * The IDF table over the documents added so far. It reads the counts live, so it refuses to answer once another
   * document arrived: its answers, and the norms kept for it (`weightedNorm`), would no longer agree.
   */
  weights(): (term: string) => number {
    const total = this.total;
    const frequency = this.frequency;
    return (term) => {
      if (this.total !== total) throw new Error('an IDF table was read after more documents arrived');
      return Math.log((1 + total) / (1 + (frequency.get(term) ?? 0))) + 1;
    };
  }
}

/**
 * Cosine similarity of two term-count vectors, each term weighted by `weight` (TF-IDF when given IDF). A bag's norm
 * is summed once per weighting (`weightedNorm`): grouping compares each article with many under one IDF table.
 */
export function cosine(a: TermCounts, b: TermCounts, weight: (term: string) => number = UNWEIGHTED): number {
  const normA = weightedNorm(a, weight);
  const normB = weightedNorm(b, weight);
  if (!normA || !normB) return 0;
  let dot = 0;
  for (const term in a) {
    const other = b[term];
    if (!other) continue;
    const w = a[term]! * weight(term);
    dot += w * other * weight(term);
  }
  return dot / Math.sqrt(normA * normB);
}

const UNWEIGHTED = () => 1;

/** The squared norm of a bag under a weighting, summed in the bag's own order as it always was, once (kept-norms.ts). */
export function weightedNorm(counts: TermCounts, weight: (term: string) => number): number {
  return keptNorm(weight, counts, 'w * w', sumOfSquares);
}

function sumOfSquares(counts: TermCounts, weight: (term: string) => number): number {
  let norm = 0;
  for (const term in counts) {
    const w = counts[term]! * weight(term);
    norm += w * w;
  }
  return norm;
}

/** Overlap of two sets of names, as the cosine of their indicator vectors. */
export function setOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = new Set(a.filter((item) => other.has(item))).size;
  return shared / Math.sqrt(new Set(a).size * other.size);
}

/** Share of the smaller bag's distinct terms that the other bag also has. */
export function overlap(a: TermCounts, b: TermCounts): number {
  const termsA = Object.keys(a);
  const termsB = Object.keys(b);
  if (termsA.length === 0 || termsB.length === 0) return 0;
  const shared = termsA.filter((term) => term in b).length;
  return shared / Math.min(termsA.length, termsB.length);
}
