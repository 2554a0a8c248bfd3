// "Voted on Tuesday to close the footpath, a day after announcing the vote": a count whose words open with a gerund
// (or tell a passive: "after the vote was announced") names that deed (the announcing), not the thing it was done to
// (the vote), so the date told is the sentence's own deed and the named one came the count before it (after it, for
// "before"). Written for this test; published Saturday 8 March 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-03-08T09:00:00+00:00';
const datesOf = (text: string, words: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => text.slice(event.dateStart, event.dateEnd).startsWith(words))
    .map((event) => event.date);

describe('a count from a deed a gerund names', () => {
  it.each([
    [
      'Residents of Brackley Lane voted on Tuesday to close the footpath, a day after announcing the vote.',
      'a day after',
      '2031-03-03',
    ],
    [
      'Residents of Brackley Lane voted on Tuesday to close the footpath, two days before announcing the vote.',
      'two days before',
      '2031-03-06',
    ],
    [
      'Residents of Brackley Lane voted on Tuesday to close the footpath, a week after announcing the vote at a packed meeting.',
      'a week after',
      '2031-02-25',
    ],
    [
      'The trust held the ballot on Tuesday at the village hall, three days after announcing the ballot.',
      'three days after',
      '2031-03-01',
    ],
    [
      'The trust held the ballot on Tuesday at the village hall, three days after having announced the ballot.',
      'three days after',
      '2031-03-01',
    ],
    [
      'Residents of Brackley Lane voted on Tuesday to close the footpath, a day after the vote was announced.',
      'a day after',
      '2031-03-03',
    ],
  ])('%s', (text, words, date) => {
    expect(datesOf(text, words)).toEqual([date]);
  });

  it('still dates the gerund’s deed by a date told of that deed', () => {
    const text =
      'The society announced its decision on Tuesday, and served notice a day after announcing the decision.';
    expect(datesOf(text, 'a day after')).toEqual(['2031-03-05']);
  });

  // Found in review: "having" is a gerund too, a verb telling no action of its own leaves the deed to its thing, and a
  // particle belongs to its verb ("called off" is a cancelling).
  it.each([
    'The society announced its decision on Tuesday, and served notice a day after having announced the decision.',
    'Members voted on Tuesday, and the result was declared a day after the vote was held.',
    'The club called off the meeting on Tuesday, and wrote to members a day after calling off the meeting.',
    'The club called off the meeting on Tuesday, and wrote to members a day after the meeting was called off.',
  ])('counts forward from a date told of the deed itself: %s', (text) => {
    expect(datesOf(text, 'a day after')).toEqual(['2031-03-05']);
  });
});
