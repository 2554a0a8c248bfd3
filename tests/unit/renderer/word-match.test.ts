// The palette and the Go to pickers matched typed words each in their own copy of the same lines; one matcher
// now serves every field that finds things by typing, so they cannot come to disagree.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { wordMatcher } from '../../../renderer/src/lib/word-match.ts';

describe('matching what a reader types', () => {
  it('finds a name holding every word typed, in any order and case', () => {
    const matches = wordMatcher('  Just COURT ');
    expect(matches('courts and justice')).toBe(true);
    expect(matches('courts')).toBe(false);
    expect(wordMatcher('')('anything')).toBe(true);
  });

  it('is the one matcher of the palette, the Go to pickers and the story picker', async () => {
    for (const file of [
      'components/CommandPalette.tsx',
      'components/GoToDialog.tsx',
      'components/timeline/StoryPickerDialog.tsx',
      'components/AnnotationsPane.tsx',
      'components/TagList.tsx',
    ]) {
      const source = await readFile(new URL(`../../../renderer/src/${file}`, import.meta.url), 'utf8');
      expect(source, file).toContain('wordMatcher(');
      expect(source, file).not.toMatch(/split\(\/\\s\+\/\)/);
    }
  });
});
