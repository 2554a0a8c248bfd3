import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../electron/core/search/snippet.ts';

const text =
  'Residents told the council that Kellbridge lost its only road bridge. Repairs to the Old Mill Bridge ' +
  'will cost €3.1 million, and the old ferry runs again from the mill.';

/** The words a snippet marks, in order. */
function marked(terms: string[]): string[] {
  const { snippet, ranges } = makeSnippet(text, terms);
  return ranges.map(([start, end]) => snippet.slice(start, end));
}

describe('search snippets', () => {
  it('marks a word only where it stands whole, never inside a longer word', () => {
    expect(marked(['old'])).toEqual(['Old', 'old']);
    expect(marked(['bridge'])).toEqual(['bridge', 'Bridge']);
    expect(marked(['mill'])).toEqual(['Mill', 'mill']);
  });

  it('marks the whole word a prefix search matched, as the index resolved it', () => {
    // "kellb" found the article through its word "kellbridge": that word is what the search hands over.
    expect(marked(['kellbridge'])).toEqual(['Kellbridge']);
  });

  it('marks a phrase as one run of whole words', () => {
    expect(marked(['old mill bridge'])).toEqual(['Old Mill Bridge']);
    expect(marked(['ill bridge'])).toEqual([]);
  });
});
