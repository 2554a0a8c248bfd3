// Irregular participles the tagger leaves as written ("was withdrawn", "were thrown into prison") are read in their
// dictionary form, as merging compares words and reads phrases by it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parsedSentence } from '../../../electron/core/timeline/language/sentence-parse.ts';
import { merged } from './outlets.ts';

/** The dictionary form of `word` in `sentence`. */
function rootOf(sentence: string, word: string): string | undefined {
  const { terms, dictionaryForms } = parsedSentence(sentence);
  return dictionaryForms[terms.findIndex((term) => term.text === word)];
}

describe('irregular participles in dictionary form', () => {
  it.each([
    ['The quarry application was withdrawn on Monday.', 'withdrawn', 'withdraw'],
    ['The ringleaders were thrown into prison on Monday.', 'thrown', 'throw'],
    ['Bus fares have risen twice this year.', 'risen', 'rise'],
    ['The mosaic was shown to visitors on Monday.', 'shown', 'show'],
  ])('reads "%s" with %s as %s', (sentence, word, root) => {
    expect(rootOf(sentence, word)).toBe(root);
  });

  it('leaves words of no verb phrase as the tagger reads them', () => {
    expect(rootOf('A broken window was boarded up on Monday.', 'window')).toBe('window');
  });

  it('joins a phrase told with an irregular participle to the other outlet’s one word for it', () => {
    const entries = merged(
      'The ringleaders were thrown into prison on Monday. A bus shelter was smashed on Monday.',
      'Four members of a fuel-smuggling gang were jailed on Monday. Vandals wrecked a bus stop on Monday.',
    ).filter((entry) => entry.date === '2026-10-12');
    const first = (outlet: number) => (entry: (typeof entries)[number]) =>
      entry.sources.some((source) => source.articleId === `outlet-${outlet}` && source.start === 0);
    expect(entries.some((entry) => first(1)(entry) && first(2)(entry))).toBe(true);
  });
});
