// A happening arranged for a day ("has called an emergency meeting for Monday", "booked a marquee for Saturday") takes
// place on the day after "for", still to come when it is told, whatever the tense of the arranging. Written for this
// test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a happening arranged for a day', () => {
  it('lies ahead after a verb of arranging and its new object', () => {
    const sentence = 'The tenants’ association has called an emergency meeting for Monday.';
    expect(datesOf(sentence, 'The tenants’')).toEqual(['2026-10-19']);
    const booked = 'Organisers booked a second marquee for Saturday after the forecast changed.';
    expect(datesOf(booked, 'Organisers booked')).toEqual(['2026-10-17']);
  });

  it('keeps a deed done on a day behind', () => {
    expect(datesOf('The tenants’ association met the landlord on Monday.', 'The tenants’')).toEqual(['2026-10-12']);
  });
});
