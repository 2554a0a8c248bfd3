// A weekday by which someone was asked to do something lies ahead of the asking, however the asking is told:
// "has asked the airline to report by Friday". Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { weekdayLooksForward } from '../../../electron/core/timeline/dates/tense.ts';
import { datesOfSentence } from './outlets.ts';

describe('a deadline set for someone', () => {
  it('reads the weekday of what someone was asked to do as ahead', () => {
    const text = 'The ministry has asked Lumaria to report by Friday on how many passengers were affected.';
    expect(weekdayLooksForward(text, text.indexOf('Friday'))).toBe(true);
    expect(datesOfSentence(text, 'The ministry')).toEqual(['2026-10-16']);
  });

  it('keeps a weekday by which something had been done behind', () => {
    const text = 'The crews had managed to clear the road by Monday, when traffic returned.';
    expect(datesOfSentence(text, 'The crews')).toEqual(['2026-10-12']);
  });
});
