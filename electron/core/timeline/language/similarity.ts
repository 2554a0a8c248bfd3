// Bags of words for comparing articles and sentences: tokens, TF-IDF weights and cosine similarity.
import { keptNorm } from './kept-norms.ts';

// The words themselves are read in word-tokens.ts, which the story rules on a library's open load without the rest.
export { isStopword, tokenize } from './word-tokens.ts';

export type TermCounts = Record<string, number>;

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
