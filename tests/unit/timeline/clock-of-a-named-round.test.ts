// A clock time that names a routine happening ("the 1:10 a.m. security round on Sunday") is told with that round's
// day, not dated from the day told before it; hours counted from it ("about an hour later") keep that day.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

const text = [
  'It began with a smell of smoke.',
  'Some time near 11:45 p.m. on Oct. 10, a fire started in a storeroom at the back of the Quayside bakery.',
  'Nobody raised the alarm until the 1:10 a.m. security round on Sunday. Fire crews had hoses on it about an hour later.',
].join('\n\n');

describe('a clock time before the noun its day is told with', () => {
  it('takes the day told after its noun, not the day told before', () => {
    expect(datesOfSentence(text, 'Nobody raised')).toEqual(['2026-10-11']);
  });

  it('is the time an hour counted after it keeps the day of', () => {
    expect(datesOfSentence(text, 'Fire crews')).toEqual(['2026-10-11']);
  });
});
