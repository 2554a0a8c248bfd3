// Days told by the happening a clause names rather than by a date: "on the day the closure was announced", "on the
// strike's second day". Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { anchoredTimes } from '../../../electron/core/timeline/extraction/anchors.ts';
import { datesOfSentence } from './outlets.ts';

describe('the day of a happening a clause names', () => {
  it('finds "on the day the … was …" and names the happening', () => {
    expect(anchoredTimes('Shares fell 34 per cent on the day the trial was stopped.')).toMatchObject([
      { unit: 'day', amount: 0, from: 'the trial was stopped' },
    ]);
    expect(anchoredTimes('He spoke on the day of the vote.')).toMatchObject([{ from: 'the vote' }]);
    expect(anchoredTimes('The company was founded on the day it opened for business.')).toEqual([]);
  });

  it('dates it by the happening told before', () => {
    const text = [
      'Castine Group announced on Monday that it would close the Ravensholm works.',
      "On the day the closure was announced, the county's fire investigators blamed faulty wiring.",
    ].join('\n\n');
    expect(datesOfSentence(text, 'On the day the closure')).toEqual(['2026-10-12']);
  });

  it('counts "on the strike\'s second day" from the strike’s first', () => {
    expect(anchoredTimes("A conciliator was called in on the strike's second day.")).toMatchObject([
      { amount: 1, ordinal: true, from: 'the strike' },
    ]);
    const text = [
      'About 420 postal staff walked out on strike on Monday morning.',
      "A conciliator was called in on the strike's second day.",
    ].join('\n\n');
    expect(datesOfSentence(text, 'A conciliator')).toEqual(['2026-10-13']);
  });

  it('dates "the same day the fleet was grounded" by the grounding, not the happening told just before', () => {
    const sentence = 'The regulator launched a review the same day the fleet was grounded.';
    expect(anchoredTimes(sentence)).toMatchObject([{ from: 'the fleet was grounded' }]);
    const text = [
      'Lumaria Airways grounded its whole fleet on Monday after a software fault.',
      'Flights restarted on Wednesday afternoon.',
      sentence,
    ].join('\n\n');
    expect(datesOfSentence(text, 'The regulator')).toEqual(['2026-10-12']);
  });
});
