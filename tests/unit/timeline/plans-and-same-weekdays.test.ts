// A weekday is read by what the sentence tells of it, not only by its verb's tense: a booked journey and a plan just
// called off lie ahead; "that same Friday" is the Friday just told; "at reduced speed" tells no past deed; a hearing
// adjourned until a date is adjourned to a day to come; a weekday with its day of the month stands whatever "the next
// day" before it seems to say. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 9 June 2027.
const WEDNESDAY = { publishedAt: '2027-06-09T10:00:00+00:00', savedAt: '2027-06-09T12:00:00Z' };
const datesOf = (text: string) => extractEvents(text, WEDNESDAY).map((event) => event.date);
const wordsOf = (text: string) =>
  extractEvents(text, WEDNESDAY).map((event) => `${event.date} ${text.slice(event.dateStart, event.dateEnd)}`);

describe('a booked journey', () => {
  it('is the coming weekday, whatever the tense of the booking', () => {
    expect(datesOf('The embassy said the students are booked on a ferry home on Friday.')).toEqual(['2027-06-11']);
    expect(datesOf('The airline had rebooked the band on a flight leaving Oslo on Sunday, a spokesman said.')).toEqual([
      '2027-06-13',
    ]);
  });

  it('stays behind when the sentence says it did not happen, or when nothing was booked', () => {
    expect(datesOf('The climber was booked on a flight home on Friday but never boarded it.')).toEqual(['2027-06-04']);
    expect(datesOf('The students sailed home on a ferry on Friday.')).toEqual(['2027-06-04']);
  });
});

describe('a plan called off', () => {
  it('is the coming weekday when the calling off is told in the present perfect', () => {
    expect(datesOf('The parish has called off its summer fete, which had been due to take place on Saturday.')).toEqual(
      ['2027-06-12'],
    );
  });

  it('stays behind when the calling off is told in the plain past', () => {
    expect(datesOf('The parish called off its summer fete, which had been due to take place on Saturday.')).toEqual([
      '2027-06-05',
    ]);
  });
});

describe('a weekday told as the same one', () => {
  it('is the day just told that falls on it, not the nearest such weekday', () => {
    const text =
      'The pier was shut on 25 May, the pumps failed the next day, and on Thursday the 27th the council met. That same Thursday night the harbour master resigned.';
    expect(wordsOf(text).at(-1)).toBe('2027-05-27 That same Thursday night');
  });

  it('gives no day when no day told before falls on it', () => {
    expect(datesOf('The pier was shut on 1 June. That same Friday the harbour master resigned.')).toEqual([
      '2027-06-01',
    ]);
  });

  it('leaves a weekday after "the same" that names something else as it was', () => {
    expect(datesOf('The harbour master resigned on Monday.')).toEqual(['2027-06-07']);
  });
});

describe('a participle after "at", "with" or "under"', () => {
  it('describes the manner, so what is to happen until a weekday lies ahead', () => {
    expect(datesOf('The operator said buses would run at reduced frequency until Saturday.')).toEqual(['2027-06-12']);
  });

  it('keeps a past deed before the weekday behind', () => {
    expect(datesOf('The operator said buses had run at a reduced frequency until Saturday.')).toEqual(['2027-06-05']);
  });
});

describe('a hearing adjourned until a date', () => {
  it('is adjourned to a date to come', () => {
    expect(datesOf('The judge adjourned the trial until 12 December to allow a new report.')).toEqual(['2027-12-12']);
  });

  it('keeps the date of the adjourning itself behind', () => {
    expect(datesOf('The judge adjourned the trial on 12 December.')).toEqual(['2026-12-12']);
  });
});

describe('a weekday with its day of the month after "the next day"', () => {
  it('is the day they name together', () => {
    expect(
      datesOf('The pier was shut on 1 June, the pumps failed the next day, and on Thursday the 3rd the council met.'),
    ).toEqual(['2027-06-01', '2027-06-02', '2027-06-03']);
  });
});

describe('a day in figures after "until at least"', () => {
  it('is the day the limit is set for', () => {
    expect(datesOf('The council says the pool stays shut until at least 6/21.')).toEqual(['2027-06-21']);
  });

  it('leaves a share in figures alone', () => {
    expect(datesOf('At least 3/4 of the pool was drained on 2 June.')).toEqual(['2027-06-02']);
    expect(datesOf('Support for the pool levy was at least 2/3 in every ward polled on 2 June.')).toEqual([
      '2027-06-02',
    ]);
  });
});

describe('"by the end of the day" after a day told', () => {
  const opening = 'The tower crane began to lean on 4 June. ';

  it('is that day when its clause tells a deed done', () => {
    expect(wordsOf(`${opening}By the end of the day the lean had doubled.`).at(-1)).toBe(
      '2027-06-04 By the end of the day',
    );
    expect(wordsOf(`${opening}Engineers had braced the mast by the end of the afternoon.`).at(-1)).toBe(
      '2027-06-04 by the end of the afternoon',
    );
  });

  it('tells no day when its clause looks ahead', () => {
    expect(datesOf(`${opening}A decision on the crane is expected by the end of the day.`)).toEqual(['2027-06-04']);
    expect(datesOf(`${opening}Engineers hope to brace the mast by the end of the day.`)).toEqual(['2027-06-04']);
  });
});

describe('hours ahead of a place', () => {
  const opening = 'The ferry left Portmoss on 4 June. ';

  it('is how far apart two clocks are, no time of its own', () => {
    expect(datesOf(`${opening}Portmoss is nine hours ahead of Calder Bay.`)).toEqual(['2027-06-04']);
  });

  it('leaves hours ahead of a plan counted from the day told', () => {
    expect(wordsOf(`${opening}It docked nine hours ahead of schedule.`).at(-1)).toBe(
      '2027-06-04 nine hours ahead of schedule',
    );
  });
});
