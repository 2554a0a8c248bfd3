// "by then" points to the time just told; "by then-governor Hale" names who did it, in the title held at the time,
// and points to no time. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('"then-" before a title', () => {
  it('gives the sentence no date of the sentence before', () => {
    const text = 'The harbour board met on Monday. The lease, signed by then-chairman Ivo Pell, was never published.';
    expect(datesOf(text, 'The lease')).toEqual([]);
  });

  it('still reads "by then" as the time just told', () => {
    const text = 'The harbour board met on Monday. By then, the lease had lapsed.';
    expect(datesOf(text, 'By then')).toEqual(['2026-10-12']);
  });
});
