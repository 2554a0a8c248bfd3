// Grouping keeps what it would otherwise count again for every pair: each bag's weighted norm once per IDF table,
// document frequencies as articles arrive, a headline's stems. What it keeps must give the very numbers, to the bit,
// that counting afresh gives, and must never be read under a table it was not made for.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { keptStemsOf } from '../../../electron/core/timeline/language/kept-stems.ts';
import {
  cosine,
  DocumentFrequencies,
  inverseDocumentFrequency,
  type TermCounts,
  weightedNorm,
} from '../../../electron/core/timeline/language/similarity.ts';
import { stemsOf } from '../../../electron/core/timeline/language/subject-asides.ts';
import {
  type ArticleFingerprint,
  assignToStory,
  fingerprintArticle,
  type StoryMembers,
} from '../../../electron/core/timeline/stories/stories.ts';
import { placedFrequencies } from '../../../electron/core/timeline/stories/story-frequencies.ts';

/** The cosine as it was summed before norms were kept: both norms again for every pair. */
function cosineAfresh(a: TermCounts, b: TermCounts, weight: (term: string) => number): number {
  let [dot, normA, normB] = [0, 0, 0];
  for (const [term, count] of Object.entries(a)) {
    const w = count * weight(term);
    normA += w * w;
    const other = b[term];
    if (other) dot += w * other * weight(term);
  }
  for (const [term, count] of Object.entries(b)) {
    const w = count * weight(term);
    normB += w * w;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

const TEXTS: [string, string, string][] = [
  [
    'ferry-aground',
    'Ferry runs aground off Kelmoor Point with 212 on board',
    'The Kelmoor ferry Saint Brannoc ran aground on a sandbar off Kelmoor Point on Tuesday evening. ' +
      'Coastguards said all 212 passengers were taken off by lifeboat and nobody was hurt.',
  ],
  [
    'ferry-refloated',
    'Saint Brannoc refloated on the morning tide',
    'Salvage crews refloated the ferry Saint Brannoc on Wednesday morning, a day after it ran aground off Kelmoor Point. ' +
      'The operator said the hull would be inspected at Dunmere before the ferry sails again.',
  ],
  [
    'library-roof',
    'Dunmere library shut after roof leak',
    'Dunmere library closed on Thursday after rainwater came through the roof of the reading room. ' +
      'The council said books had been moved and a contractor would start repairs next week.',
  ],
  [
    'ferry-inquiry',
    'Inquiry opens into Kelmoor grounding',
    'Marine investigators opened an inquiry on Friday into why the Saint Brannoc ran aground off Kelmoor Point. ' +
      'The ferry had left Kelmoor harbour twelve minutes late in a rising wind, the operator said.',
  ],
  [
    'library-reopens',
    'Dunmere library reopens with a new roof',
    'The library in Dunmere reopened on Monday after three weeks of roof repairs, the council said. ' +
      'Books moved out of the reading room are back on the shelves.',
  ],
];

const fingerprints: ArticleFingerprint[] = TEXTS.map(([id, title, text], day) =>
  fingerprintArticle({
    id,
    title,
    text,
    entities: extractEntities(text),
    publishedAt: `2027-05-0${day + 4}T18:00:00+01:00`,
  }),
);

describe('weighted norms kept once per IDF table', () => {
  const idf = inverseDocumentFrequency(fingerprints.map((print) => print.terms));

  it('gives every pair the cosine summed afresh, to the bit, however often a bag is compared', () => {
    for (const a of fingerprints) {
      for (const b of fingerprints) {
        expect(cosine(a.terms, b.terms, idf)).toBe(cosineAfresh(a.terms, b.terms, idf));
        expect(cosine(a.entities, b.entities, idf)).toBe(cosineAfresh(a.entities, b.entities, idf));
      }
    }
  });

  it('keeps a norm for its own table only: the same bags under another table weigh as that table says', () => {
    const [a, b] = [fingerprints[0]!.terms, fingerprints[3]!.terms];
    const fewer = inverseDocumentFrequency(fingerprints.slice(0, 2).map((print) => print.terms));
    expect(cosine(a, b, idf)).toBe(cosineAfresh(a, b, idf));
    expect(cosine(a, b, fewer)).toBe(cosineAfresh(a, b, fewer));
    expect(weightedNorm(a, fewer)).not.toBe(weightedNorm(a, idf));
  });

  it('compares bags unweighted when no table is given', () => {
    const [a, b] = [
      { ferry: 2, kelmoor: 1 },
      { ferry: 1, library: 3 },
    ];
    expect(cosine(a, b)).toBe(cosineAfresh(a, b, () => 1));
  });
});

describe('document frequencies kept as articles arrive', () => {
  it('give, after each arrival, the IDF table counted anew over every article so far', () => {
    const kept = new DocumentFrequencies();
    const terms = new Set(fingerprints.flatMap((print) => Object.keys(print.terms)).concat('unheard'));
    fingerprints.forEach((print, index) => {
      kept.add(print.terms);
      const [incremental, rebuilt] = [
        kept.weights(),
        inverseDocumentFrequency(fingerprints.slice(0, index + 1).map((p) => p.terms)),
      ];
      for (const term of terms) expect(incremental(term)).toBe(rebuilt(term));
    });
  });

  it('refuse to answer from a table made before another article arrived', () => {
    const kept = new DocumentFrequencies();
    kept.add(fingerprints[0]!.terms);
    const before = kept.weights();
    kept.add(fingerprints[1]!.terms);
    expect(() => before('ferry')).toThrow(/after more documents arrived/);
    expect(kept.weights()('ferry')).toBe(
      inverseDocumentFrequency(fingerprints.slice(0, 2).map((p) => p.terms))('ferry'),
    );
  });

  it('place each arriving article in the story counting every article anew places it in', () => {
    let kept: StoryMembers[] = [];
    let rebuilt: StoryMembers[] = [];
    const placed = placedFrequencies();
    for (const print of fingerprints) {
      kept = assignToStory(kept, print, placed);
      rebuilt = assignToStory(rebuilt, print);
      expect(kept.map((story) => story.articleIds)).toEqual(rebuilt.map((story) => story.articleIds));
    }
    // Stories of more than one article, so that the pairs compared were weighed under tables of several sizes.
    expect(kept.map((story) => story.articleIds)).toContainEqual(['ferry-aground', 'ferry-refloated']);
    expect(kept.map((story) => story.articleIds)).toContainEqual(['library-roof', 'library-reopens']);
  });
});

describe('headline stems kept', () => {
  it('are the stems read afresh, whether the headline was read before or not', () => {
    for (const [, title] of TEXTS) {
      expect(keptStemsOf(title)).toEqual(stemsOf(title));
      expect(keptStemsOf(title)).toEqual(stemsOf(title));
    }
  });
});
