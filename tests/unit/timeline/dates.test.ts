import { describe, expect, it } from 'vitest';
import { type CalendarDay, referenceDay, resolveDates } from '../../../electron/core/timeline/dates/dates.ts';

// Tuesday 13 May 2025, the day The Meridian Post's ferry story was published.
const TUESDAY: CalendarDay = { year: 2025, month: 5, day: 13 };
// Deadline day of the January transfer window.
const FRIDAY_31_JANUARY: CalendarDay = { year: 2025, month: 1, day: 31 };

function dates(sentence: string, reference: CalendarDay = TUESDAY): string[] {
  return resolveDates(sentence, reference).map((d) => (d.endDate ? `${d.date}..${d.endDate}` : d.date));
}

function only(sentence: string, reference: CalendarDay = TUESDAY) {
  const found = resolveDates(sentence, reference);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the day an article speaks from', () => {
  it('is the publisher’s own calendar day, whatever its UTC offset', () => {
    expect(referenceDay('2025-05-21T23:30:00-07:00', '2025-06-01T00:00:00Z')).toEqual({
      year: 2025,
      month: 5,
      day: 21,
    });
    expect(referenceDay('2025-05-22T04:00:00+05:30', '2025-06-01T00:00:00Z')).toEqual({
      year: 2025,
      month: 5,
      day: 22,
    });
    expect(referenceDay('2025-05-16', '2025-06-01T00:00:00Z')).toEqual({ year: 2025, month: 5, day: 16 });
  });

  it('falls back to the save date when the page has no publication date', () => {
    expect(referenceDay(null, '2025-06-01T08:00:00Z')).toEqual({ year: 2025, month: 6, day: 1 });
  });

  it('resolves "yesterday" from a late-evening West Coast story to the day before its local date', () => {
    const day = referenceDay('2025-05-21T23:30:00-07:00', '2025-06-01T00:00:00Z');
    expect(dates('The council voted yesterday.', day)).toEqual(['2025-05-20']);
    expect(dates('The council votes today.', day)).toEqual(['2025-05-21']);
  });
});

describe('explicit dates', () => {
  it('reads month-day, day-month-year, ISO and ordinal dates at day precision', () => {
    expect(dates('The findings were published on May 16.')).toEqual(['2025-05-16']);
    expect(dates('The findings were published on 16 May 2025.')).toEqual(['2025-05-16']);
    expect(dates('The findings were published on 2025-05-16.')).toEqual(['2025-05-16']);
    expect(dates('The report reached the council on March 3rd.')).toEqual(['2025-03-03']);
    expect(only('The findings were published on May 16.').precision).toBe('day');
  });

  it('prefers the explicit date over the weekday that goes with it', () => {
    expect(dates('The bridge has been closed since Monday, May 5, when floodwaters peaked.')).toEqual(['2025-05-05']);
  });

  it('keeps ranges with their end date', () => {
    const range = only('Divers worked on the pier from May 12 to 14.');
    expect(range).toMatchObject({ date: '2025-05-12', endDate: '2025-05-14', precision: 'day' });
    expect(dates('Rain fell from May 3 to 5.')).toEqual(['2025-05-03..2025-05-05']);
  });

  it('reads a day given with its opening hours as that day, not a range', () => {
    expect(only('The clinic opens on Thursday, May 15, from 9 a.m. to 1 p.m.')).toMatchObject({
      date: '2025-05-15',
      precision: 'day',
    });
    expect(only('The clinic opens on Thursday, May 15, from 9 a.m. to 1 p.m.').endDate).toBeUndefined();
  });

  it('does not date a date written on something and quoted as text', () => {
    expect(dates('Someone had painted a date, June 2, on the shutters of the bakery.')).toEqual([]);
    expect(dates('Volunteers put up a sign reading “June 2” beside the gate.')).toEqual([]);
    expect(dates('Volunteers put up a sign beside the gate on June 2.')).toEqual(['2025-06-02']);
  });

  it('takes a yearless date in the nearest year, across a year boundary', () => {
    expect(dates('The storm hit on December 30.', { year: 2025, month: 1, day: 3 })).toEqual(['2024-12-30']);
    expect(dates('The ferry will run until January 4.', { year: 2024, month: 12, day: 28 })).toEqual(['2025-01-04']);
  });

  it('does not mistake numbers for dates', () => {
    expect(dates('The river peaked at 6.4 metres and the fund is 4.2 million euros; gate No. 2 jammed.')).toEqual([]);
  });
});

describe('weekdays, news style', () => {
  it('takes a bare weekday as the most recent such day on or before publication', () => {
    expect(dates('Engineers confirmed on Tuesday that the pier had sunk.')).toEqual(['2025-05-13']);
    expect(dates('Divers went into the water on Monday.')).toEqual(['2025-05-12']);
    expect(dates('A ferry began running on Thursday.')).toEqual(['2025-05-08']);
    expect(dates('The gates were opened on Saturday.')).toEqual(['2025-05-10']);
  });

  it('looks forward when the sentence does: will, next, scheduled, is due, plans to', () => {
    expect(dates('The council will hold an emergency session on Friday.')).toEqual(['2025-05-16']);
    expect(dates('The footbridge is scheduled to open on Thursday.')).toEqual(['2025-05-15']);
    expect(dates('The report is due on Wednesday.')).toEqual(['2025-05-14']);
    expect(dates('The mayor plans to visit on Monday.')).toEqual(['2025-05-19']);
    expect(dates('The results would be published by Friday.')).toEqual(['2025-05-16']);
    expect(dates('Work starts next Monday.')).toEqual(['2025-05-19']);
  });

  it('reads "last" as the week before and keeps the past when a past verb governs the weekday', () => {
    expect(dates('The ferry started last Thursday.')).toEqual(['2025-05-08']);
    expect(dates('Last Tuesday I thought I would have to close.')).toEqual(['2025-05-06']);
    expect(dates('The bridge will stay closed after engineers found on Monday that it had sunk.')).toEqual([
      '2025-05-12',
    ]);
  });

  it('ignores forward words inside a quotation when the weekday is outside it', () => {
    const sentence = '“This may change a lot,” Zelenskyy said in a post Wednesday, adding, “I will decide then.”';
    expect(dates(sentence, { year: 2025, month: 5, day: 15 })).toContain('2025-05-14');
  });

  it('crosses month and year boundaries', () => {
    expect(dates('The bridge closed on Friday.', { year: 2025, month: 6, day: 2 })).toEqual(['2025-05-30']);
    expect(dates('The market opened on Tuesday.', { year: 2025, month: 1, day: 1 })).toEqual(['2024-12-31']);
    expect(dates('The market will reopen on Friday.', { year: 2024, month: 12, day: 30 })).toEqual(['2025-01-03']);
  });

  it('does not date "a Saturday" or habitual "Mondays"', () => {
    expect(dates('The room reopens on a Saturday.')).toEqual([]);
    expect(dates('The market runs on Mondays.')).toEqual([]);
  });
});

describe('relative days and weeks', () => {
  it('reads today, yesterday, tomorrow and "N days ago"', () => {
    expect(dates('The mayor spoke today.')).toEqual(['2025-05-13']);
    expect(dates('The mayor ordered it shut at 9 a.m. yesterday.')).toEqual(['2025-05-12']);
    expect(dates('The footbridge opens tomorrow.')).toEqual(['2025-05-14']);
    expect(dates('The gate jammed two days ago.')).toEqual(['2025-05-11']);
    expect(dates('The bridge closed a week ago.')).toEqual(['2025-05-06']);
  });

  it('takes "last week" and "this week" as Monday-to-Sunday ranges', () => {
    expect(dates('She said so last week.')).toEqual(['2025-05-05..2025-05-11']);
    expect(dates('The priority this week was control.')).toEqual(['2025-05-12..2025-05-18']);
  });

  it('reads "in three weeks" as a date when the sentence looks forward', () => {
    expect(dates('The bridge will reopen in three weeks.')).toEqual(['2025-06-03']);
  });
});

describe('durations are not dates', () => {
  it.each([
    'The river ran high for nine days.',
    'The closure is three weeks long.',
    'Nobody predicted 140 millimetres of rain in three days.',
    'The recorders ran every night for three years.',
    'Rock armour was advised within twelve months.',
  ])('"%s" has no date', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});

describe('months, years and quarters', () => {
  it('takes a bare month as the most recent one, or the next one when the sentence looks forward', () => {
    expect(only('We were told in March.')).toMatchObject({ date: '2025-03', precision: 'month' });
    expect(dates('The motion will be debated in June.')).toEqual(['2025-06']);
    expect(dates('The dam was inspected in June.')).toEqual(['2024-06']);
    expect(dates('The market will reopen in February.', { year: 2025, month: 11, day: 20 })).toEqual(['2026-02']);
  });

  it('reads a deadline ahead even when a condition before it is told in the past', () => {
    expect(
      dates('If your roof, shed or fence was damaged, you can claim from the insurer until the end of August.'),
    ).toEqual(['2025-08']);
    expect(dates('Repairs were promised by the end of August.')).toEqual(['2024-08']);
  });

  it('reads "earlier this month", "last month", "next month" and named years', () => {
    expect(dates('The gate jammed earlier this month.')).toEqual(['2025-05']);
    expect(dates('The council met last month.', { year: 2025, month: 1, day: 10 })).toEqual(['2024-12']);
    expect(only('The bridge was strengthened in 2019.')).toMatchObject({ date: '2019', precision: 'year' });
    expect(dates('The sensors will be fitted next year.')).toEqual(['2026']);
    expect(dates('Sales fell last year.')).toEqual(['2024']);
  });

  it('does not take a year used as an adjective as a date', () => {
    expect(dates('The 1911 bridge carries 11,000 vehicles.')).toEqual([]);
  });

  it('reads quarters as a range of months', () => {
    expect(only('The work was scheduled for the third quarter.')).toMatchObject({
      date: '2025-07',
      endDate: '2025-09',
      precision: 'month',
    });
    expect(dates('Profits rose in the first quarter of 2024.')).toEqual(['2024-01..2024-03']);
  });
});

describe('the publisher’s offset decides the day, east of UTC too', () => {
  it('dates "yesterday" in a Mumbai story filed at 02:00 (+05:30), still the previous day in UTC, from its local date', () => {
    const day = referenceDay('2025-01-03T02:00:00+05:30', '2025-02-01T00:00:00Z');
    expect(dates('Indian regulators told hospitals yesterday to stop dispensing the pens.', day)).toEqual([
      '2025-01-02',
    ]);
    expect(dates('Regulators told hospitals on Tuesday to stop.', day)).toEqual(['2024-12-31']);
  });
});

describe('spans of weekdays, habits and weekdays that name a kind of thing', () => {
  it('reads "between Monday and Wednesday" and "from Monday to Wednesday" as one range', () => {
    expect(dates('Staff counted the ballots by hand between Monday and Wednesday.')).toEqual([
      '2025-05-12..2025-05-14',
    ]);
    expect(dates('The recount ran from Monday to Wednesday.')).toEqual(['2025-05-12..2025-05-14']);
  });

  it('takes "Saturday and Sunday" as two days', () => {
    expect(dates('Rain fell on Saturday and Sunday.')).toEqual(['2025-05-10', '2025-05-11']);
  });

  it('gives no date to opening hours, habits or a weekday naming a kind of thing', () => {
    expect(dates('The helpline is open from 9 a.m. to 6 p.m., Monday to Saturday.')).toEqual([]);
    expect(dates('A late opening will run every Thursday.')).toEqual([]);
    expect(dates('The market usually opens on Saturday.')).toEqual([]);
    expect(dates('Kettleford’s Saturday street market will close for three weeks.')).toEqual([]);
    expect(dates('Cases usually peak in September.')).toEqual([]);
  });

  it('still dates a weekday a determiner follows: "On Tuesday the council met"', () => {
    expect(dates('On Tuesday the council met.')).toEqual(['2025-05-13']);
  });
});

describe('the tense around a weekday', () => {
  it('looks forward after modal and expectation verbs', () => {
    expect(dates('Mensah had a medical on Thursday and could make his debut on Saturday.', FRIDAY_31_JANUARY)).toEqual([
      '2025-01-30',
      '2025-02-01',
    ]);
    expect(dates('Crews expect the winds to ease on Wednesday.')).toEqual(['2025-05-14']);
  });

  it('keeps a weekday in the past when a past verb follows the forward cue', () => {
    const sentence = 'Ellen Carver, who will become mayor on 1 July, named her deputy on Wednesday.';
    expect(dates(sentence, { year: 2025, month: 6, day: 20 })).toEqual(['2025-07-01', '2025-06-18']);
    expect(dates('The bridge will stay closed on Friday.')).toEqual(['2025-05-16']);
  });

  it('keeps a weekday’s happening told after "following" or "since" in the past, whatever the verb', () => {
    expect(dates('The club will appoint a new coach following Saturday’s defeat.')).toEqual(['2025-05-10']);
    expect(dates('The club will appoint a new coach after the match on Saturday.')).toEqual(['2025-05-17']);
  });

  it('reads "could not" as past', () => {
    expect(dates('Divers could not reach the pier on Monday.')).toEqual(['2025-05-12']);
  });
});

describe('comparisons reach back without naming an event', () => {
  it.each([
    'The strike was the longest at a British port since 1989.',
    'About 2.1 inches of rain fell, the most in August since 1997.',
    'The rain was the heaviest in the basin since 1987.',
    'Sales fell again, in the worst month for the trade since 2020.',
  ])('"%s" has no date', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('reads a count over a span ("its third outage in six months") as how often, not when', () => {
    expect(dates('The bank said it would refund customers after its third outage in six months.')).toEqual([]);
    expect(dates('The bank will close the branch in six months.')).toEqual(['2025-11']);
  });

  it('keeps the other dates of a sentence with a comparison', () => {
    expect(dates('Shares closed at their lowest level since March 2023 on Thursday.')).toEqual(['2025-05-08']);
  });

  // Written for this test: an amount changed by more or less than a multiple is measured against the time.
  it('finds no date in a change told as more or less than a multiple ("more than tripled since 2021")', () => {
    expect(dates('Break-ins at allotment sheds have more than tripled since 2021, the police said.')).toEqual([]);
    expect(dates('Bus use has less than halved since March 2020 in most towns.')).toEqual([]);
    expect(dates('Ticket sales have doubled since 2021, when the line reopened.')).toEqual(['2021']);
  });

  it('still dates when a state began: "since 2017", "since March 2"', () => {
    expect(dates('Carver has sat on the city council since 2017.')).toEqual(['2017']);
    expect(dates('The vessel had been waiting since March 2.')).toEqual(['2025-03-02']);
  });
});

describe('more relative dates', () => {
  it('reads "last night" as yesterday and a bare "weekend" as the last one', () => {
    expect(dates('The ballot closed last night.')).toEqual(['2025-05-12']);
    expect(dates('Weekend rain helped firefighters.')).toEqual(['2025-05-10..2025-05-11']);
    expect(dates('The gate was repaired over the weekend.')).toEqual(['2025-05-10..2025-05-11']);
  });

  it('takes "the weekend" forward when the clause does', () => {
    expect(dates('The backlog should be cleared by the weekend.')).toEqual(['2025-05-17..2025-05-18']);
  });

  it('reads "next April" as next year’s April, even before this year’s', () => {
    expect(dates('Pay rises by a further 4 per cent next April.', { year: 2025, month: 3, day: 21 })).toEqual([
      '2026-04',
    ]);
  });

  it('takes a deadline month ahead unless the clause tells the past', () => {
    const august = { year: 2025, month: 8, day: 28 };
    expect(dates('Hospitals must keep beds free until the end of October.', august)).toEqual(['2025-10']);
    expect(dates('The road was closed until October.', august)).toEqual(['2024-10']);
    expect(dates('The deal gives dockers a rise backdated to January.', { year: 2025, month: 3, day: 14 })).toEqual([
      '2025-01',
    ]);
  });

  it('reads parts of a year and ranges of years', () => {
    expect(only('Demand will outstrip supply until at least the end of the year.')).toMatchObject({
      date: '2025',
      precision: 'year',
    });
    expect(only('Glaciers lost 21 percent of their ice between 2000 and 2020.')).toMatchObject({
      date: '2000',
      endDate: '2020',
      precision: 'year',
    });
  });
});
