// Written for this test: a fire and a flood told by two outlets each, in other words.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { joining, merged } from './outlets.ts';

describe('one happening told with other words', () => {
  it('shows once a fire that "broke out" and one that "started shortly before midnight"', () => {
    const entries = merged(
      'Crews fought a fire at the Tarnley sawmill through the night, which broke out late on Sunday.',
      'The blaze at the Tarnley sawmill started shortly before midnight on Sunday and burned until dawn.',
    );
    expect(joining(entries, '2026-10-11', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('shows once families "pushed out" of their estate and families who "fled"', () => {
    const entries = merged(
      'Floodwater from the Marle pushed dozens of families out of the Quayside estate on Sunday evening, after a wet week.',
      'Most of the families who fled on Sunday night were back home by Tuesday afternoon.',
    );
    expect(joining(entries, '2026-10-11', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads a range of days told before its month ("from 18 to 20 June") as the range', () => {
    const text = 'Season-ticket holders can use the new courts from 18 to 20 June before they open to all.';
    const found = extractEvents(text, {
      publishedAt: '2032-06-09T10:00:00+01:00',
      savedAt: '2032-06-09T10:00:00+01:00',
    });
    expect(found.map((event) => [event.date, event.endDate])).toEqual([['2032-06-18', '2032-06-20']]);
  });
});
