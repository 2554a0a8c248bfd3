// A happening told by its noun carried by a verb that tells little by itself ("to claim victory") is the happening
// another outlet tells by a verb WordNet links the noun to ("won"). Written for this
// test: each outlet tells two happenings of Tuesday 13 October 2026 and publishes on Wednesday 14 October, so no
// report is all its article tells of that day.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

/** Whether the first sentences of two two-sentence articles land in one entry of Tuesday. */
function firstJoined(first: string, second: string): boolean {
  const entries = joining(merged(first, second), '2026-10-13', 'outlet-1', 'outlet-2');
  return entries.some((entry) =>
    ['outlet-1', 'outlet-2'].every((outlet) =>
      entry.sources.some((source) => source.articleId === outlet && source.start === 0),
    ),
  );
}

describe('happenings told by a noun a light verb carries', () => {
  it.each([
    [
      'Nineteen-year-old Tomas Brill pulled away on the final lap on Tuesday to claim victory in the Kelso hill climb. ' +
        'Rain delayed the ferry on Tuesday.',
      'A teenager won the Kelso hill climb on Tuesday. Storms held up crossings to the island on Tuesday.',
    ],
  ])('joins "%s" with the other outlet’s verb for it', (first, second) => {
    expect(firstJoined(first, second)).toBe(true);
  });

  it('does not read a noun a saying verb carries: an announced closure is an announcement', () => {
    const first =
      'The trust announced the closure of Ormley ward on Tuesday. A water main burst in Dene Street on Tuesday.';
    const second = 'Wardens closed Ormley park on Tuesday. Dene Street flooded on Tuesday.';
    expect(firstJoined(first, second)).toBe(false);
  });
});
