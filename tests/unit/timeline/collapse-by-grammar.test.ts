// A structure coming down told by a verb and its particle is read by grammar in any form of the verb, not by phrase
// lists spelling each form: "caves in", "fell in", "gave way" even where the tagger takes "way" for an adverb (written
// for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { reportAt } from './outlets.ts';

describe('a collapse told by a verb and its particle', () => {
  it.each([
    ['The cellar roof fell in on Monday.', 'on Monday'],
    ['The old drift mine caved in late on Monday.', 'late on Monday'],
    ['The towpath bank gave way late on Monday.', 'late on Monday'],
    ['The sea wall at Stanning gives way on Monday, the engineers fear.', 'on Monday'],
  ])('reads "%s" as a collapse', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('collapse')).toBe(true);
  });

  it('reads no collapse in a way given to someone', () => {
    expect(reportAt('The council gave way to the protesters on Monday.', 'on Monday').clear.has('collapse')).toBe(
      false,
    );
  });
});
