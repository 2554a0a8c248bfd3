// "Next year's festival", "next week's vote": a period told as whose a thing is. When the sentence tells a date of its
// own, the possessive year only names the thing (which edition of the festival), and dates nothing by itself; a
// possessive week with a weekday in the sentence is the week that weekday falls in, one happening told once. Written
// for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents(text, { publishedAt: published, savedAt: published }).map((event) => [
    event.date,
    event.endDate ?? null,
    text.slice(event.dateStart, event.dateEnd),
  ]);

// Friday 10 May 2030.
const FRIDAY = '2030-05-10T09:00:00+00:00';
// Tuesday 7 May 2030.
const TUESDAY = '2030-05-07T09:00:00+00:00';
// Wednesday 8 May 2030.
const WEDNESDAY = '2030-05-08T09:00:00+00:00';

describe('a year told as whose a thing is', () => {
  it('dates nothing when the sentence tells its own day', () => {
    expect(eventsOf("Next year's festival was announced on 3 March.", FRIDAY)).toEqual([
      ['2030-03-03', null, 'on 3 March'],
    ]);
  });

  it('dates nothing beside a meeting told ahead to plan it', () => {
    expect(eventsOf('The trustees will meet on 22 June to plan next year’s regatta.', FRIDAY)).toEqual([
      ['2030-06-22', null, 'on 22 June'],
    ]);
  });

  it('still dates the thing when the sentence tells no other date', () => {
    expect(eventsOf("Next year's festival will run for a whole week.", FRIDAY)).toEqual([['2031', null, 'Next year']]);
  });
});

describe('a week told as whose a happening is', () => {
  it('puts the weekday in that week, one event for the one vote', () => {
    expect(eventsOf("Next week's vote, on Thursday, will decide whether the council raises rents.", TUESDAY)).toEqual([
      ['2030-05-16', null, 'Thursday'],
    ]);
  });

  it('puts a past weekday in last week', () => {
    expect(eventsOf("Last week's storm, which struck on Tuesday, flooded the quay.", WEDNESDAY)).toEqual([
      ['2030-04-30', null, 'Tuesday'],
    ]);
  });

  it('keeps the week when the sentence names no day', () => {
    expect(eventsOf("Next week's vote will decide who chairs the harbour board.", TUESDAY)).toEqual([
      ['2030-05-13', '2030-05-19', 'Next week'],
    ]);
  });

  it('leaves the weekday of a saying about last week’s thing in its own week', () => {
    const dates = eventsOf('The regulator said on Monday it would widen last week’s recall of the heaters.', WEDNESDAY)
      .filter(([, , words]) => words === 'Monday')
      .map(([date]) => date);
    expect(dates).toEqual(['2030-05-06']);
  });
});
