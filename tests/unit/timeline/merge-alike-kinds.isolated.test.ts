// Merging weighs a pair of reports once for each kind of pair: reports alike in all that likeness reads, whatever their
// article, its publication hour or where in it the sentence stands. Merging must make exactly what weighing every pair
// makes: compared here on generated stories (reprints at other places and hours, own sentences, clock times, quotes,
// zones) and on a cut of the synthetic 384-article story of the big-story bench (tests/bench/lived-in-library.ts), whose
// feed items tell one paragraph in a few wordings. Sentences written for this test.
import { describe, expect, it, vi } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { type ArticleEvents, mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { pairsWeighed } from '../../../electron/core/timeline/merging/pair-scores.ts';

// With `everyPair`, no report is alike to another: every pair is weighed, as merging did before kinds of pairs.
const signatures = vi.hoisted(() => ({ everyPair: false }));
vi.mock('../../../electron/core/timeline/merging/merge-item-signature.ts', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../electron/core/timeline/merging/merge-item-signature.ts')>();
  return {
    ...actual,
    mergeItemSignature: (...args: Parameters<typeof actual.mergeItemSignature>) =>
      signatures.everyPair ? undefined : actual.mergeItemSignature(...args),
  };
});

/** What merging makes, and how many pairs it weighed. */
function merge(entries: ArticleEvents[], everyPair = false) {
  signatures.everyPair = everyPair;
  const before = pairsWeighed.count;
  try {
    const merged = mergeEvents(entries);
    return { merged, weighed: pairsWeighed.count - before };
  } finally {
    signatures.everyPair = false;
  }
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DOERS = ['The harbour board', 'Councillor Mara Voss', 'Police in Dunmere', 'The rail operator', 'Dock workers'];
const DEEDS = [
  'voted to sell the old grain silo to a housing developer',
  'walked out in protest at the sale',
  'arrested two men near the breakwater',
  'cancelled 40 trains between Dunmere and Kelso',
  'said the plan would cost £3.2 million',
  'closed the ferry terminal',
  'opened an inquiry into the flooding of the quay',
];
const WHEN = ['on Tuesday', 'on Tuesday afternoon', 'at 2:15 p.m. on Tuesday', 'on Monday', 'last month', 'in 2019'];
const ZONES = ['+01:00', '-05:00', 'Z', '+05:30'];

function sentence(pick: <T>(list: readonly T[]) => T): string {
  const [doer, deed, when] = [pick(DOERS), pick(DEEDS), pick(WHEN)];
  const shapes = [
    `${doer} ${deed} ${when}.`,
    `${when[0]!.toUpperCase()}${when.slice(1)}, ${doer.toLowerCase().startsWith('the') ? doer.toLowerCase() : doer} ${deed}.`,
    `“We had no choice,” a spokesperson said ${when}, after ${doer.toLowerCase()} ${deed}.`,
  ];
  return pick(shapes);
}

/** A story of `count` articles: some reprint an agency's sentences further down, all add sentences of their own. */
function generatedStory(seed: number, count: number): ArticleEvents[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const agency = [sentence(pick), sentence(pick), sentence(pick)];
  return Array.from({ length: count }, (_, i) => {
    const own = Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(pick));
    const reprinted = agency.filter(() => random() < 0.7);
    const opening = 'An undated line. '.repeat(Math.floor(random() * 3));
    const text = [opening + (own[0] ?? ''), ...reprinted, ...own.slice(1)].join('\n\n');
    const hour = String(8 + Math.floor(random() * 10)).padStart(2, '0');
    const publishedAt = `2026-10-14T${hour}:${random() < 0.5 ? '00' : '30'}:00${pick(ZONES)}`;
    return {
      articleId: `story${seed}-outlet-${i + 1}`,
      publishedAt,
      events: extractEvents(text, { publishedAt, savedAt: SAVED_AT }),
    };
  });
}

// Past every date the stories tell: when the pages were saved.
const SAVED_AT = '2026-12-01T00:00:00Z';
const TOPICS = ['investigation', 'science', 'culture', 'books', 'longread', 'research', 'opinion', 'data'];

/** Feed items of the big-story bench: paragraphs in a few wordings, at several places, published an hour apart. */
function bigStoryCut(count: number): ArticleEvents[] {
  return Array.from({ length: count }, (_, n) => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, p) =>
        `Paragraph ${p + 1} of item ${n + 1}. The council met on Tuesday to discuss the ${TOPICS[(n * 3 + p) % TOPICS.length]} budget, which the minister said would be published next month after talks with unions and the harbour authority.`,
    );
    const publishedAt = `2025-11-${String(17 + Math.floor(n / 24)).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00.000Z`;
    return {
      articleId: `item-${n + 1}`,
      publishedAt,
      events: extractEvents(paragraphs.join('\n\n'), { publishedAt, savedAt: SAVED_AT }),
    };
  });
}

/** Weighing every pair, the comparison these tests make, took 26 s of a busy machine's time (more than a test's 20 s). */
const WEIGHING_EVERY_PAIR_MS = 90_000;

describe('merging weighs a pair once for each kind of pair', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'merges generated story %i as when every pair is weighed',
    (seed) => {
      const story = generatedStory(seed, 18);
      const kinds = merge(story);
      const every = merge(story, true);
      expect(kinds.merged).toEqual(every.merged);
      expect(kinds.weighed).toBeLessThan(every.weighed);
    },
    WEIGHING_EVERY_PAIR_MS,
  );

  it(
    'merges a cut of the big synthetic story as when every pair is weighed, weighing far fewer pairs',
    () => {
      const story = bigStoryCut(40);
      const kinds = merge(story);
      const every = merge(story, true);
      expect(kinds.merged).toEqual(every.merged);
      expect(kinds.weighed * 10).toBeLessThan(every.weighed);
    },
    WEIGHING_EVERY_PAIR_MS,
  );

  it('weighs a sentence reprinted at other places by outlets publishing at other hours once, however many outlets', () => {
    const outlets = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const publishedAt = `2026-10-14T${String(8 + (i % 12)).padStart(2, '0')}:00:00+01:00`;
        const text = `${'An undated line. '.repeat(i % 4)}The harbour board voted on Tuesday to sell the old grain silo.`;
        return {
          articleId: `outlet-${i + 1}`,
          publishedAt,
          events: extractEvents(text, { publishedAt, savedAt: SAVED_AT }),
        };
      });
    const few = merge(outlets(4));
    const many = merge(outlets(24));
    expect(many.merged).toHaveLength(1);
    expect(many.merged[0]!.sources).toHaveLength(24);
    expect(many.weighed).toBe(few.weighed);
  });
});
