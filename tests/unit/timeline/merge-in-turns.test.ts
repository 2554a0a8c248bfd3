// A story of hundreds of articles takes a while to merge: merging takes turns, telling how far it got and letting the
// rest of the app answer between them, and merges exactly as merging at one go. Written for this test; the outlets
// publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import {
  type ArticleEvents,
  type MergeProgress,
  mergeEvents,
  mergeEventsInTurns,
} from '../../../electron/core/timeline/merging/merge-events.ts';
import { reference } from './outlets.ts';

const SENTENCES = [
  'The harbour board voted on Tuesday to sell the old grain silo to a housing developer.',
  'Dockers walked out on Tuesday afternoon in protest at the sale.',
  'Councillor Mara Voss said on Tuesday that the board had ignored the tenants.',
  'A ferry ran aground near the breakwater on Tuesday, delaying crossings by an hour.',
  'The developer said on Monday it would build 300 flats on the quay.',
];

/** Forty outlets, each telling three of the sentences in an order of its own. */
function story(): ArticleEvents[] {
  return Array.from({ length: 40 }, (_, i) => {
    const told = [0, 1, 2].map((n) => SENTENCES[(i + n * (1 + (i % 3))) % SENTENCES.length]!);
    return {
      articleId: `outlet-${i + 1}`,
      events: extractEvents(told.join('\n\n'), reference),
      publishedAt: reference.publishedAt,
    };
  });
}

describe('merging a long story in turns', () => {
  it('merges as at one go, telling how far it got, while other work runs between its turns', async () => {
    const entries = story();
    const told: MergeProgress[] = [];
    let otherWork = 0;
    const merged = await mergeEventsInTurns(entries, async (progress) => {
      told.push(progress);
      setImmediate(() => otherWork++);
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(merged).toEqual(mergeEvents(entries));
    expect(told.length).toBeGreaterThan(1);
    expect(otherWork).toBe(told.length);
    const dones = told.map((progress) => progress.done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
    expect(dones.at(-1)!).toBeLessThanOrEqual(told[0]!.total);
  });
});
