// A past verb right after a name with figures in it ("the A40 were clear again by Sunday") still tells the past: the
// "A" of "A40" is no article "a", after which a participle would describe a thing.
// Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a past verb after a road number', () => {
  it('keeps a weekday told with "by" behind', () => {
    const sentence = 'Both carriageways of the A40 were clear again by Sunday evening, the highways agency said.';
    expect(datesOf(sentence, 'Both carriageways')).toEqual(['2026-10-11']);
  });

  it('still reads a weekday a road is to reopen by as ahead', () => {
    const sentence = 'Both carriageways of the A40 will be clear again by Sunday evening, the highways agency said.';
    expect(datesOf(sentence, 'Both carriageways')).toEqual(['2026-10-18']);
  });
});
