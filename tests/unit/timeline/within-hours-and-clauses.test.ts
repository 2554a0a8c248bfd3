// "within an hour of the ruling" is the ruling's day, whatever state "since" a day the sentence also tells; a day in
// figures takes the tense of its own clause ("toured the estate on Monday, and tenants have until 12/1"); a year
// naming a tornado or a hailstorm names a past happening. Written for this test; the outlet publishes on Wednesday
// 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence as datesOf, reference } from './outlets.ts';

describe('counts within hours, clauses of their own, years of storms', () => {
  it('dates what came within an hour of a ruling on the ruling’s day, not a state’s start', () => {
    const text =
      'The county court ruled for the tenants on Tuesday. Bailiffs who had waited outside since Monday left within an hour of the ruling.';
    expect(datesOf(text, 'Bailiffs')).toEqual(['2026-10-12', '2026-10-13']);
  });

  it('reads a day in figures by the tense of its own clause', () => {
    const text = 'Inspectors toured the estate on Monday, and tenants have until 12/1 to claim for repairs.';
    expect(datesOf(text, 'Inspectors')).toEqual(['2026-10-12', '2026-12-01']);
  });

  it('marks a year naming a tornado or a hailstorm as a past happening', () => {
    const text = 'The 1987 hailstorm, which flattened the orchards, is still talked about in the valley.';
    const events = extractEvents(text, reference);
    expect(events.map((e) => [e.date, e.background])).toEqual([['1987', true]]);
  });
});
