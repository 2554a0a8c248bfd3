// A fortnight is 14 days ("a fortnight later", "a fortnight ago", "in a fortnight"); hours counted past a day pass it
// ("48 hours after the storm" is two days after); "earlier in the day" is the day just told. Written for this test;
// the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

const STORM = 'A gale tore the roof off Holme library on Monday. ';

describe('fortnights, days of hours and parts of the day just told', () => {
  it('counts a fortnight as 14 days', () => {
    expect(datesOf(`${STORM}A fortnight later, the council approved the repairs.`, 'A fortnight')).toEqual([
      '2026-10-26',
    ]);
    expect(datesOf('The bakery on Mill Street closed a fortnight ago.', 'The bakery')).toEqual(['2026-09-30']);
    expect(datesOf('The bakery will reopen in a fortnight.', 'The bakery')).toEqual(['2026-10-28']);
  });

  it('counts 48 hours after an event as two days after it', () => {
    expect(datesOf(`${STORM}48 hours after the gale, the library reopened its reading room.`, '48 hours')).toEqual([
      '2026-10-14',
    ]);
  });

  it('keeps hours told beside the sentence’s own day and its part to that day', () => {
    const text = `${STORM}The library reopened on Tuesday evening, 30 hours later.`;
    expect(datesOf(text, 'The library')).toEqual(['2026-10-13']);
  });

  it('dates "earlier in the day" by the day just told', () => {
    expect(datesOf(`${STORM}Earlier in the day, forecasters had issued an amber warning.`, 'Earlier')).toEqual([
      '2026-10-12',
    ]);
  });
});
