// A time something lasts until ("the curfew now runs until 23 October") and that thing's end told ahead of that day
// ("the curfew is due to end on 23 October") are one happening, its end; not when the end was moved, nor when the two
// tell of two things. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { limitBesideItsEnd } from '../../../electron/core/timeline/merging/limit-and-end.ts';
import { mergeItemsOf } from '../../../electron/core/timeline/merging/merge-events.ts';
import { joining, merged, reference } from './outlets.ts';

const DAY = '2026-10-23';
// Each outlet also tells something else of that day, so neither report is all its article tells of it.
const LIMIT =
  'The night curfew in Dunmore now runs until 23 October, the council said. Its housing office will also reopen on 23 October.';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), DAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('a limit beside the end told ahead of its day', () => {
  it('joins "runs until" and "is due to end on" of one thing', () => {
    expect(
      joined(
        LIMIT,
        'Dunmore’s night curfew, imposed after the riots, is due to end on 23 October. A memorial service is planned for 23 October.',
      ),
    ).toBe(true);
  });

  it('joins "have until" and "ends" of one thing', () => {
    expect(
      joined(
        'Residents have until 23 October to leave flood-damaged furniture at the kerb. Schools reopen on 23 October.',
        'Collection of flood-damaged furniture from the kerb ends 23 October. The mayor will visit the worst-hit streets on 23 October.',
      ),
    ).toBe(true);
  });

  it('does not read an end moved or gone by as the end the limit tells', () => {
    const ends = [
      'Dunmore’s night curfew is due to end on 23 October but has been extended by a week.',
      'Dunmore’s night curfew had been due to end on 23 October.',
    ];
    const read = (end: string) => {
      const texts = ['The night curfew in Dunmore now runs until 23 October.', end];
      const { items } = mergeItemsOf(
        texts.map((text, i) => ({ articleId: `outlet-${i + 1}`, events: extractEvents(text, reference) })),
      );
      return limitBesideItsEnd(items[0]!, items[1]!, 1);
    };
    expect(read('Dunmore’s night curfew is due to end on 23 October.')).toBe(true);
    expect(ends.map(read)).toEqual([false, false]);
  });

  it('keeps apart the end of another thing', () => {
    expect(
      joined(
        LIMIT,
        'The fuel subsidy for Dunmore farmers is due to end on 23 October. A memorial service is planned for 23 October.',
      ),
    ).toBe(false);
  });
});
