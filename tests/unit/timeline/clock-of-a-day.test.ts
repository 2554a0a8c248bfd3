// A clock time told with the part of a named day ("at 2:40 on the morning of October 3") is that day's hour, not an
// hour of the publication day, so the sentences after it that point back ("that afternoon") are that day too.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

const text = [
  'About 40 of us met in the church hall on Monday night to hear the owners say they will rebuild the boat shed.',
  'Ada Pell, who was hurt in the fire on Oct. 3, had worked at the yard for 12 years.',
  'For anyone just catching up, here is what happened.',
  'The roof fell in at 2:40 on the morning of Oct. 3.',
  'A second section of wall came down that afternoon.',
].join('\n\n');

describe('a clock time on the part of a named day', () => {
  it('dates the clock time by the day it is told with', () => {
    expect(datesOfSentence(text, 'The roof fell in')).toEqual(['2026-10-03']);
  });

  it('dates a sentence pointing back to it by that day', () => {
    expect(datesOfSentence(text, 'A second section')).toEqual(['2026-10-03']);
  });
});
