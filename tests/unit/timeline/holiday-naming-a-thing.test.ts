// A holiday naming a kind of thing ("Christmas lights", "the Christmas market") is no time; told after a word of time
// ("after Christmas", "on Christmas morning") it is the day. Written for this test; the outlet publishes on Wednesday
// 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a holiday in a sentence', () => {
  it('is no day when it names a kind of thing', () => {
    const sentence = 'Christmas lights along Bridge Street will be paid for by traders, the council said.';
    expect(datesOf(sentence, 'Christmas lights')).toEqual([]);
  });

  it('is the day after a word of time', () => {
    expect(datesOf('The ice rink will stay open until after Christmas.', 'The ice rink')).toEqual(['2026-12-25']);
    expect(datesOf('Christmas was quiet for the lifeboat crew, who were called out once.', 'Christmas was')).toEqual([
      '2025-12-25',
    ]);
  });
});
