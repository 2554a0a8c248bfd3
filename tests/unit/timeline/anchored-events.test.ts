import { describe, expect, it } from 'vitest';
import { type Event, extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const SAVED = '2026-01-01T00:00:00Z';
// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: SAVED };

function dated(text: string, reference = WEDNESDAY): string[] {
  return extractEvents(text, reference).map((e) => (e.endDate ? `${e.date}..${e.endDate}` : e.date));
}

function only(text: string, reference = WEDNESDAY): Event {
  const events = extractEvents(text, reference);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('times told from another event', () => {
  it('counts "two days later" and "the next morning" from the event just told, not from publication', () => {
    const text = [
      'The ferry company suspended sailings on Sunday.',
      'Two days later, the harbour master ordered the pier closed.',
      'The next morning, divers found a crack in the seawall.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-11', '2025-11-12']);
  });

  it('dates "the night before" and "shortly before midnight" by the time told earlier in the sentence', () => {
    expect(dated('Counting finished on Friday, but the night before, observers had raised objections.')).toEqual([
      '2025-11-07',
      '2025-11-06',
    ]);
    expect(dated('The tribunal met on Monday and ruled shortly before midnight.')).toEqual(['2025-11-10']);
  });

  it('finds the event a phrase names: "a day after announcing the vote" counts from the announcement', () => {
    const text = [
      'The nurses’ union announced the result of its ballot on Tuesday, November 4.',
      'It served notice on the hospital trust a day after announcing the vote.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-04', '2025-11-05']);
  });

  it('dates the other event a sentence names: "issued on Monday, two days after the levee failed"', () => {
    expect(dated('The warning was issued on Monday, two days after the levee failed near Orstad.')).toEqual([
      '2025-11-10',
      '2025-11-08',
    ]);
  });

  it('moves to the next or previous day when hours counted from a clock time cross midnight', () => {
    expect(dated('The count ended at 2 a.m., six hours after the polls closed on Thursday.')).toEqual([
      '2025-11-07',
      '2025-11-06',
    ]);
    expect(dated('The alarm was raised at 11 p.m., three hours before the roof collapsed on Monday.')).toEqual([
      '2025-11-09',
      '2025-11-10',
    ]);
    // The same clock time told first without its day takes the day the later sentence gives it.
    const text = [
      'The count ended after 2 a.m.',
      'Counting ended shortly after 2 a.m., six hours after the polls closed on Thursday.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-07', '2025-11-07', '2025-11-06']);
    // "less than two hours" may or may not reach midnight: the day stays.
    expect(dated('Engines were shut down at 10:40 p.m., less than two hours before the launch on Sunday.')).toEqual([
      '2025-11-09',
    ]);
  });

  it('does not take an event told with another action for the one a phrase names ("shut" is not "reopen")', () => {
    const text = [
      'The ferry sailed minutes before the harbour gates shut.',
      'The Morwen left Oskby harbour with 40 passengers on Tuesday night.',
      'The harbour gates reopen on November 20.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-11', '2025-11-20']);
  });

  it('reads a date right after the named event as that event’s own, not one to count back from', () => {
    expect(dated('Ferries sailed again yesterday, ten days after the crews walked out on November 1.')).toEqual([
      '2025-11-11',
      '2025-11-01',
    ]);
    // Both events dated already, however the count agrees with them: nothing more is counted.
    expect(dated('Talks resumed on Friday, a week after they collapsed on November 2.')).toEqual([
      '2025-11-07',
      '2025-11-02',
    ]);
    expect(dated('Ferries sailed again ten days after the crews walked out on November 1.')).toEqual([
      '2025-11-11',
      '2025-11-01',
    ]);
  });

  it('dates "on the first day" and "about an hour later" from the event they follow', () => {
    const text = [
      'The new tram line opened on Saturday.',
      'On its first day, it carried 9,000 passengers, and about an hour later a points failure stopped it.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-08', '2025-11-08']);
  });

  it('finds nothing when no event was told to count from, or when the words are a comparison', () => {
    expect(dated('Two days later, the harbour master ordered the pier closed.')).toEqual([]);
    expect(dated('Profit rose to £4m in the third quarter, from £3m a year earlier.')).toEqual(['2025-07..2025-09']);
    expect(dated('The monsoon arrived on June 3, two weeks earlier than usual.')).toEqual(['2025-06-03']);
  });

  it('marks the words that gave each date', () => {
    const text = 'The ferry company suspended sailings on Sunday.\n\nTwo days later, the pier was closed.';
    const [sunday, later] = extractEvents(text, WEDNESDAY);
    expect(text.slice(sunday!.dateStart, sunday!.dateEnd)).toBe('Sunday');
    expect(text.slice(later!.dateStart, later!.dateEnd)).toBe('Two days later');
  });
});

describe('clock times of the event an article reports', () => {
  it('puts a time of day with no date on the day of the main event', () => {
    const text = [
      'A gas explosion destroyed a bakery in Marlow Street early on Tuesday, the fire service said.',
      'The blast, at 5:20 a.m., shattered windows across the street.',
      'Opening hours at the nearby library are 9 a.m. to 5 p.m.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-11']);
  });

  it('does not take the day something was said for the main event ("on Monday, the coastguard said today")', () => {
    const text = [
      'A cargo ship ran aground off Hollin Point on Monday, the coastguard said today.',
      'The hull split shortly after 4 a.m. and fuel reached the beach.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-12', '2025-11-10']);
  });

  it('counts "the night before" from a clock time that opens the sentence', () => {
    const text =
      'The dam burst on Sunday, officials said.\n\nWater reached the village at 4:10 a.m., after heavy rain the night before.';
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-09', '2025-11-08']);
  });
});

describe('past context', () => {
  it('finds years that name past happenings and marks them, and older dates, as background', () => {
    const events = extractEvents(
      [
        'Farmers on the slopes still talk about a 2010 eruption that buried two farms.',
        'Turnout was lower than in the 1998 parliamentary election.',
        'The tunnel has been closed since October 2022, when a landslide blocked the north portal.',
        'Ministers met on Tuesday.',
        'Turnout was the lowest since the 1987 election.',
      ].join('\n\n'),
      WEDNESDAY,
    );
    const background = (date: string) => events.find((e) => e.date === date)?.background;
    expect(background('2010')).toBe(true);
    expect(background('1998')).toBe(true);
    expect(background('2022-10')).toBe(true);
    expect(background('2025-11-11')).toBe(false);
    expect(events.find((e) => e.date === '1987')).toBeUndefined(); // "the lowest since …" is a comparison
  });

  it('finds a past bid told with its outcome ("its failed 2019 bid") as background', () => {
    const event = only('Its failed 2019 bid for a rival brewer still troubles shareholders.');
    expect(event).toMatchObject({ date: '2019', precision: 'year', background: true });
    expect(dated('The 2019 bridge carries 11,000 vehicles.')).toEqual([]);
  });

  it('does not take the age of an object for an event', () => {
    expect(dated('Builders found the chimney packed with newspapers from 1931.')).toEqual([]);
    expect(dated('Builders found the chimney packed with newspapers in 1931.')).toEqual(['1931']);
    expect(dated('The mill still grinds flour with machinery from 1902 and a water wheel.')).toEqual([]);
    expect(dated('The ledger was kept on a computer system from 1998 that nobody could fix.')).toEqual([]);
  });

  it('reads any thing "from" a past year, or things that "date from" it, as their age, whatever the thing', () => {
    expect(dated('The bakery still proves its dough in wooden troughs from 1958.')).toEqual([]);
    expect(dated('The pier’s iron railings, which date from 1874, were repainted in 2019.')).toEqual(['2019']);
    expect(dated('The bakery opened in 1958, and it still uses an oven from 1971.')).toEqual(['1958']);
    // A verb before "from" tells a time, and a coming year a start.
    expect(dated('Sales have fallen steadily from 2019, the bakers’ guild says.')).toEqual(['2019']);
    expect(dated('A ban on coal stoves from 2031 was agreed by the council.')).toEqual(['2031']);
  });
});

describe('deadlines and plans', () => {
  it('looks forward for a deadline or a start: "falls on Saturday", "by Friday", "from Monday"', () => {
    expect(dated('The deadline for objections falls on Saturday.')).toEqual(['2025-11-15']);
    expect(dated('Tenants must reply by Friday.')).toEqual(['2025-11-14']);
    expect(dated('Fares rise by 5 per cent from Monday.')).toEqual(['2025-11-17']);
    expect(dated('The union gave the council until Saturday to improve its offer.')).toEqual(['2025-11-15']);
  });

  it('keeps a deadline in the past when its clause tells the past', () => {
    expect(dated('The reservoir had fallen to half its capacity by Friday.')).toEqual(['2025-11-07']);
    expect(dated('The road was closed from Monday.')).toEqual(['2025-11-10']);
  });
});

describe('one time, one event; words that stand alone', () => {
  it('gives one event for a time told loosely and exactly, and one for a range however it is written', () => {
    expect(dated('Last week’s storm, which blew from November 4 to 6, flattened the pier.')).toEqual([
      '2025-11-04..2025-11-06',
    ]);
    expect(dated('The inquiry sat from Monday, November 3, to Wednesday, November 5.')).toEqual([
      '2025-11-03..2025-11-05',
    ]);
    expect(dated('Hearings will run between November 17 and 19.')).toEqual(['2025-11-17..2025-11-19']);
  });

  it('takes in the sentence a short one points back to', () => {
    const text = 'The first thing the new owners did was paint the lighthouse red. That was in the summer of 2021.';
    const event = only(text);
    expect(event.text).toBe(text);
    expect(text.slice(event.start, event.end)).toBe('That was in the summer of 2021.');
  });
});

describe('the event a time counts from', () => {
  it('counts "the day before the strike" from the strike’s first day, not a day told as its second', () => {
    const text = [
      "No ferries are sailing from Dunmore this morning as the deckhands' strike goes into its second day.",
      'Deckhands walked off the job at 6 a.m. on Tuesday.',
      'Talks with the owners had collapsed the day before the strike.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-12', '2025-11-11', '2025-11-10']);
  });
});
