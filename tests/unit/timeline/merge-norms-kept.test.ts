// Merging weighs every report of a date against every other under the story's IDF tables: each report's norm is now
// summed once per table (kept-norms.ts). The likeness must be the very number, to the bit, summed afresh per pair.
import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import { evidenceOf, lemmaOverlap } from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { weightedCosine } from '../../../electron/core/timeline/merging/merge-weights.ts';

/** The words' cosine as it was summed before norms were kept. */
function cosineAfresh(a: Map<string, number>, b: Map<string, number>, idf: (term: string) => number): number {
  let [dot, normA, normB] = [0, 0, 0];
  for (const [term, weight] of a) {
    const w = weight * idf(term);
    normA += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * idf(term);
  }
  for (const [term, weight] of b) normB += (weight * idf(term)) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** The lemmas' overlap as it was summed before norms were kept. */
function overlapAfresh(a: Set<string>, b: Set<string>, idf: (lemma: string) => number): number {
  let [shared, normA, normB] = [0, 0, 0];
  for (const lemma of a) {
    const w = idf(lemma) ** 2;
    normA += w;
    if (b.has(lemma)) shared += w;
  }
  for (const lemma of b) normB += idf(lemma) ** 2;
  return normA && normB ? shared / Math.sqrt(normA * normB) : 0;
}

const SENTENCES = [
  'The Harrow Lane footbridge was closed on Tuesday after a barge struck one of its piers.',
  'Engineers closed the footbridge at Harrow Lane on Tuesday when a loaded barge hit a pier.',
  'The council voted on Tuesday to replace the footbridge by next spring.',
  'A barge carrying gravel struck the bridge pier at about 6:40 a.m. on Tuesday, the canal trust said.',
  'Nobody was hurt.',
];
// Weighted as merging weighs a report's words: by how near they are to the date (any weights will do here).
const bags = SENTENCES.map(
  (sentence) =>
    new Map(
      sentence
        .toLowerCase()
        .match(/\p{L}+/gu)!
        .map((word, i) => [word, 1 / (1 + (i % 4))]),
    ),
);
const evidence = SENTENCES.map((sentence) => evidenceOf(sentence));
const lemmas = evidence.map((read) => read.lemmas);

describe('report norms kept once per story table', () => {
  const idf = inverseDocumentFrequency(bags.map((bag) => Object.fromEntries(bag)));
  const lemmaIdf = inverseDocumentFrequency(lemmas.map((set) => Object.fromEntries([...set].map((l) => [l, 1]))));

  it('give every pair the words cosine summed afresh, to the bit, however often a report is compared', () => {
    for (let round = 0; round < 2; round++) {
      for (const a of bags) for (const b of bags) expect(weightedCosine(a, b, idf)).toBe(cosineAfresh(a, b, idf));
    }
  });

  it('give every pair the lemma overlap summed afresh, to the bit', () => {
    for (let round = 0; round < 2; round++) {
      for (const a of evidence) {
        for (const b of evidence)
          expect(lemmaOverlap(a, b, lemmaIdf)).toBe(overlapAfresh(a.lemmas, b.lemmas, lemmaIdf));
      }
    }
  });

  it("weigh the same reports under another story's table as that table says", () => {
    const fewer = inverseDocumentFrequency(bags.slice(0, 2).map((bag) => Object.fromEntries(bag)));
    const [a, b] = [bags[0]!, bags[3]!];
    expect(weightedCosine(a, b, idf)).toBe(cosineAfresh(a, b, idf));
    expect(weightedCosine(a, b, fewer)).toBe(cosineAfresh(a, b, fewer));
    expect(weightedCosine(a, b, fewer)).not.toBe(weightedCosine(a, b, idf));
  });
});
