// A day in figures is read the way its page writes days: a page that writes "13/10" or "10 November" elsewhere reads
// "10/11" as 10 November, one that writes "10/13" or "October 13" reads it as October 11, even where the other
// reading lies nearer the publication day. More words make figures a day ("the night of 10/3", "pickup ends 11/6"),
// and "to sign up for aid" is news, not a newsletter prompt. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2026-10-14T09:00:00-04:00', savedAt: '2026-10-14T13:00:00Z' };

function datesOf(text: string, start: string): string[] {
  return extractEvents(text, WEDNESDAY)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();
}

describe('days in figures read by the page’s habit', () => {
  it('reads a page that writes the day first elsewhere the day-first way', () => {
    const text = 'Entries to the county show closed on 13/10. The prize-giving is 10/11 at the town hall.';
    expect(datesOf(text, 'The prize-giving')).toEqual(['2026-11-10']);
  });

  it('reads a page that writes the month first elsewhere the month-first way', () => {
    const text = 'Absentee ballots went out on 10/13. The craft fair is 11/10 at the Grange.';
    expect(datesOf(text, 'The craft fair')).toEqual(['2026-11-10']);
  });

  it('takes the habit from dates spelled out when no figure settles it', () => {
    const text = 'The mill closed on 12 October for repairs. The open morning is 10/11 in the yard.';
    expect(datesOf(text, 'The open morning')).toEqual(['2026-11-10']);
  });

  it('reads figures after more words that make them a day', () => {
    const text =
      'The pumps at the Elm Road station failed on the night of 10/3, and the street flooded. Leaf pickup ends 11/6.';
    expect(datesOf(text, 'The pumps')).toEqual(['2026-10-03']);
    expect(datesOf(text, 'Leaf pickup')).toEqual(['2026-11-06']);
  });

  it('reads two days in figures joined by "between … and" as a range', () => {
    const text = 'Crews relaid the Mill Road culvert between 5/10 and 7/10, working through the night.';
    expect(extractEvents(text, WEDNESDAY).map((event) => `${event.date}..${event.endDate ?? ''}`)).toEqual([
      '2026-10-05..2026-10-07',
    ]);
  });

  it('keeps a deadline to sign up for help as news', () => {
    const text = 'Renters hit by the flood have until 11/20 to sign up for the county’s rent relief.';
    expect(datesOf(text, 'Renters')).toEqual(['2026-11-20']);
  });
});
