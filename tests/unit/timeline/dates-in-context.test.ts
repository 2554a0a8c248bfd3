// Dates a reader takes from the words around them: a clock time with its zone before the day, a year told after a
// day, a target someone aims at, a plan that was put back, a thing's age, a bound counted back from, a duration.
// Articles published on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

/** Each event of a text as "first three words of its sentence → date". */
function datesOf(text: string): string[] {
  return extractEvents(text, reference).map(
    (event) =>
      `${event.text.split(' ').slice(0, 3).join(' ')} → ${event.date}${event.endDate ? `..${event.endDate}` : ''}`,
  );
}

describe('the day of a clock time', () => {
  it('reads "at 11:40 p.m. local time on Friday" as Friday’s, not the day told before it', () => {
    const dates = datesOf(
      [
        'The death toll rose to 12 on Tuesday as rescuers reached the islands.',
        'The typhoon crossed the coast at 11:40 p.m. local time on Friday.',
      ].join('\n\n'),
    );
    expect(dates.filter((date) => date.startsWith('The typhoon'))).toEqual(['The typhoon crossed → 2026-10-09']);
  });

  it('reads "at 12 o’clock" as a clock time of the day just told', () => {
    const dates = datesOf(
      [
        'The restored chimes of the town hall rang out on Saturday.',
        "Children in the square counted the strokes as the hammer struck at 12 o'clock.",
      ].join('\n\n'),
    );
    expect(dates).toContain('Children in the → 2026-10-10');
  });
});

describe('which year, which week', () => {
  it('dates "by June 30 next year" in next year, and "in March next year" as that month', () => {
    expect(datesOf('The airline must take up its options by June 30 next year.')).toEqual([
      'The airline must → 2027-06-30',
    ]);
    expect(datesOf('The depot will close in March next year.')).toEqual(['The depot will → 2027-03']);
  });

  it('looks forward from a target someone aims at: "aimed to … by Friday"', () => {
    expect(datesOf('The board said it aimed to finish the repairs by Friday.')).toEqual([
      'The board said → 2026-10-16',
    ]);
  });

  it('looks back at a plan that "had been planned for Friday" and was put back', () => {
    expect(datesOf('The launch had been planned for Friday, but the council put it back a week.')).toEqual([
      'The launch had → 2026-10-09',
    ]);
  });
});

describe('times that are no event', () => {
  it('gives no year to things told by their age: "every bridge built before 1900", "mains that are from 1921"', () => {
    expect(datesOf('The minister ordered checks on every bridge in the region built before 1900.')).toEqual([]);
    expect(datesOf('Some of the pipes under Quay Street are from 1921, so expect brown water.')).toEqual([]);
    // A thing built in a year still dates its building.
    expect(datesOf('The lock keeper’s cottage was built in 1896.')).toEqual(['The lock keeper’s → 1896']);
  });

  it('dates nothing by a bound counted back from: "its last call-out before today"', () => {
    expect(datesOf('The crew’s last call-out before today was to a dinghy with a torn sail.')).toEqual([]);
  });

  it('dates nothing by a duration: "run the tap for five minutes before you drink"', () => {
    const dates = datesOf(
      ['The water notice was lifted on Monday.', 'Run each tap for five minutes before you drink from it.'].join(
        '\n\n',
      ),
    );
    expect(dates).toEqual(['The water notice → 2026-10-12']);
  });

  it('keeps donations a story tells of, while a plea to donate stays page furniture', () => {
    expect(datesOf('The appeal is £4,000 short, and donations close on December 31.')).toEqual([
      'The appeal is → 2026-12-31',
    ]);
    expect(datesOf('Make a donation today and keep this site free.')).toEqual([]);
  });
});
