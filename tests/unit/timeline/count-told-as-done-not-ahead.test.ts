// A deed told as done and counted from another happening ("was arrested two days after the robbery") is no later than
// the day the article speaks from: when the only thing to count from is a day still to come (a trial that opens on
// Monday), the count dates nothing rather than a day ahead. Near misses keep their day: a count from a day gone by,
// a count told ahead ("will sit two days after the vote"). Written for this test; published on Wednesday 11 March 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const datesOf = (text: string, words: string): string[] =>
  extractEvents(text, { publishedAt: '2026-03-11T10:00:00Z', savedAt: '2026-03-11T10:00:00Z' })
    .filter((event) => text.slice(event.start, event.end).includes(words))
    .map((event) => event.date);

describe('a count told as done', () => {
  it('dates nothing when it would land after the day the article speaks from', () => {
    const trial =
      'Smuggling trial\n\nThe trial of two boatmen will open on Monday.\n\nBoth were held three days after the seizure.';
    expect(datesOf(trial, 'Both were held')).toEqual([]);
    const ferry = 'Pier repairs\n\nThe pier will reopen on Saturday.\n\nIt was shut the day after a barge struck it.';
    expect(datesOf(ferry, 'It was shut')).toEqual([]);
  });

  it('keeps a count from a day gone by, and one told ahead', () => {
    const gone =
      'Mill fire\n\nA fire gutted a mill in Orrin on Monday.\n\nThe day after the fire, its owner vowed to rebuild.';
    expect(datesOf(gone, 'its owner vowed')).toEqual(['2026-03-10']);
    const ahead =
      'Budget\n\nThe council votes on its budget on Friday.\n\nThe new board will sit two days after the vote.';
    expect(datesOf(ahead, 'The new board')).toEqual(['2026-03-15']);
  });
});
