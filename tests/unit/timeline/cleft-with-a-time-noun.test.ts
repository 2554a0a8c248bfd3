// "That was the day contractors dug up the road" points back to the time just told; "It was the night shift that found
// the leak" is a cleft sentence whose focus is a kind of thing named by a time word ("night shift", "day crew"), and
// points back to no time. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a cleft sentence on a thing named by a time word', () => {
  it('gives the sentence none of the time told before', () => {
    const text = 'A main burst under Pell Street on Monday. It was the night shift that found the leak on Tuesday.';
    expect(datesOf(text, 'It was the night shift')).toEqual(['2026-10-13']);
    const crew = 'A main burst under Pell Street on Monday. It was the day crew who shut the valve.';
    expect(datesOf(crew, 'It was the day crew')).toEqual([]);
  });

  it('still reads "That was the day …" and "It was the day that …" as the time told', () => {
    const text = 'A main burst under Pell Street on Monday. That was the day the school lost its heating.';
    expect(datesOf(text, 'That was the day')).toEqual(['2026-10-12']);
    const that = 'A main burst under Pell Street on Monday. It was the day that the school lost its heating.';
    expect(datesOf(that, 'It was the day')).toEqual(['2026-10-12']);
  });
});
