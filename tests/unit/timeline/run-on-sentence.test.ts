// A page may hold one endless "sentence" (a list run together, or a hostile page written to stall readers): the
// tagger's time grows faster than its length, so such a text gets no grammar reading.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { deedsOf } from '../../../electron/core/timeline/deed-words.ts';
import { LONGEST_PARSED, parsedSentence } from '../../../electron/core/timeline/sentence-parse.ts';

const runOn = (words: number) =>
  `The shed roof came down on Tuesday ${Array.from({ length: words }, () => 'and people ran').join(' ')}.`;

describe('a run-on sentence', () => {
  it('is read by grammar while it is a sentence of prose', () => {
    expect(runOn(20).length).toBeLessThan(LONGEST_PARSED);
    expect(deedsOf(runOn(20)).map((deed) => `${deed.lemma} ${deed.particle ?? ''}`.trim())).toContain('come down');
  });

  it('gets no grammar reading past the longest sentence read', () => {
    const text = runOn(40_000);
    expect(parsedSentence(text).terms).toEqual([]);
    expect(deedsOf(text)).toEqual([]);
  });
});
