// The hour a plan gives is the hour it was meant for: the deed of that action a little later that day is the planned
// one ("expected to make landfall between 10 p.m. and midnight", "came ashore at 10:25 p.m."); a deed of it hours
// off, or another deed near the planned hour, is not. Written for this test: one outlet publishes on Wednesday
// 14 October 2026, telling the plan, the other the next morning, telling the deed.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { reference } from './outlets.ts';

const nextMorning = { publishedAt: '2026-10-15T08:00:00+01:00', savedAt: '2026-10-15T08:00:00Z' };
// Each outlet also tells something else of that day, so neither report is all its article tells of it.
const PLAN =
  'Storm Ilse is expected to make landfall between 10 p.m. and midnight today, forecasters said. Schools will also close early today.';

function joined(deed: string): boolean {
  const entries = mergeEvents([
    { articleId: 'plan', events: extractEvents(PLAN, reference) },
    { articleId: 'deed', events: extractEvents(`${deed} Ferries stayed in port yesterday.`, nextMorning) },
  ]);
  return entries.some(
    (entry) =>
      entry.date === '2026-10-14' &&
      entry.sources.some((source) => source.articleId === 'plan' && source.start === 0) &&
      entry.sources.some((source) => source.articleId === 'deed' && source.start === 0),
  );
}

describe('a plan’s hour beside the deed', () => {
  it('joins the deed told a little after the planned hour', () => {
    expect(joined('The storm came ashore near Carrow at 10:25 p.m. yesterday.')).toBe(true);
  });

  it('keeps apart a deed of that action hours from the planned hour', () => {
    expect(joined('The storm came ashore near Carrow at 4:10 a.m. yesterday.')).toBe(false);
  });

  it('keeps apart another deed near the planned hour', () => {
    expect(joined('The harbour wall gave way at 10:25 p.m. yesterday.')).toBe(false);
  });
});
