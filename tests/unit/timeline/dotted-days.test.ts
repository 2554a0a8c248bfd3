// A day written with dots and its year ("since 4.11.2034", "by 1.12.2034"), as continental pages write it, is read
// day first; a clock time with dots is no day. Written for this test; the outlet publishes on
// Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a day written with dots', () => {
  it('is read day first with its year', () => {
    const sentence = 'The Obertal chairlift has been closed since 3.10.2026 and should reopen by 1.11.2026.';
    expect(datesOf(sentence, 'The Obertal')).toEqual(['2026-10-03', '2026-11-01']);
  });

  it('is no day in a clock time', () => {
    expect(datesOf('The chairlift stopped at 10.12 on Monday.', 'The chairlift')).toEqual(['2026-10-12']);
  });
});
