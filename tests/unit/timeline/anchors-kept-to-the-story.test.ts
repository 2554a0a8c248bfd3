// A time told from the event just told counts from that event's own day: not from a year told in passing before it
// ("has run the bakery since 1994"), nor from the start of a state ("had been away since Friday evening"); "the
// night before" after "for" counts no span; and an event named again that no date matches ("the relighting") stays
// where the first count from it put it. Written for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('times told from the event just told', () => {
  it('counts "the night before" from the happening, not a year told in passing', () => {
    const text =
      'She has run the bakery since 1994 and has never seen the street flood the way it did on Monday. The council had put out sandbags for residents the night before.';
    expect(datesOf(text, 'The council')).toEqual(['2026-10-11']);
  });

  it('counts "that afternoon" from the happening, not from the start of a state', () => {
    const text =
      'A cabin cruiser sank at Holt Lock on Sunday morning. Its owner had been away since Friday evening, so nobody was aboard.\n\nDivers spent that afternoon pumping out the diesel.';
    expect(datesOf(text, 'Divers')).toEqual(['2026-10-11']);
  });

  it('counts from a start told with its happening ("since …, when")', () => {
    const text =
      'Boats queued at the weir on Tuesday. The lock has been shut since Monday, October 5, when a barge struck its gates. A week later, a rowing boat is how most people cross.';
    expect(datesOf(text, 'A week later')).toEqual(['2026-10-12']);
  });

  it('keeps an event named again where the first count from it put it', () => {
    const text =
      'The old pier lamps were lit again on Saturday night. The evening before the relighting, about 200 people walked the promenade. A day after the relighting, fishermen reported seeing the lamps from the bay.';
    expect(datesOf(text, 'The evening before')).toEqual(['2026-10-09']);
    expect(datesOf(text, 'A day after')).toEqual(['2026-10-11']);
  });
});
