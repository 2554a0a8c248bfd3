// Deadlines told with a time of day, weekdays that are the subject of what is to come, purposes with a deadline,
// opening hours and routines within a month, and past happenings a year names.
import { describe, expect, it } from 'vitest';
import { type CalendarDay, resolveDates } from '../../../electron/core/timeline/dates/dates.ts';

// Tuesday 13 May 2025.
const TUESDAY: CalendarDay = { year: 2025, month: 5, day: 13 };

function dates(sentence: string): string[] {
  return resolveDates(sentence, TUESDAY).map((d) => (d.endDate ? `${d.date}..${d.endDate}` : d.date));
}

describe('deadlines and what is to come', () => {
  it('reads a deadline at a time of day on a weekday as ahead: "until noon on Friday"', () => {
    expect(dates('The landlord has been given until noon on Friday to answer the tenants’ letter.')).toEqual([
      '2025-05-16',
    ]);
    expect(dates('Bids must reach the council by 5 p.m. on Thursday.')).toEqual(['2025-05-15']);
  });

  it('reads a weekday that is the subject of what is to come as ahead: "said Sunday would be"', () => {
    expect(dates('The archbishop said Sunday would be a day of prayer for the lost crew.')).toEqual(['2025-05-18']);
    expect(dates('The archbishop said Sunday was the hardest day of the search.')).toEqual(['2025-05-11']);
  });

  it('reads a deadline for what a past decision set out to do as ahead: "voted to hire a firm to finish it by late September"', () => {
    expect(dates('The trustees voted to hire a roofer to finish the chapel by late September.')).toEqual(['2025-09']);
    expect(dates('The roofer finished the chapel by late September.')).toEqual(['2024-09']);
  });
});

describe('routines', () => {
  it('gives no date to opening hours told as a span of weekdays with hours of the day', () => {
    expect(dates('The gallery will be open from Wednesday to Sunday, 11 a.m. to 5 p.m.')).toEqual([]);
  });

  it('still dates a one-off closure told from one weekday to another with its hours', () => {
    expect(dates('Crews will shut the tunnel from Monday to Thursday, 10 p.m. to 5 a.m.')).toEqual([
      '2025-05-19..2025-05-22',
    ]);
  });

  it('gives no date to days that recur within a month, but dates the month a routine starts from', () => {
    expect(dates('The lido will stay open late every Saturday in July.')).toEqual([]);
    expect(dates('Guided walks will run every Sunday from June.')).toEqual(['2025-06']);
  });
});

describe('past happenings a year names', () => {
  it('takes "a 2021 survey" and "the 2019 inspection" as past happenings of their year', () => {
    const [survey] = resolveDates(
      'Tenants said the council ignored a 2021 survey that found the roof unsafe.',
      TUESDAY,
    );
    expect(survey).toMatchObject({ date: '2021', precision: 'year', background: true });
    const [inspection] = resolveDates('Nothing was done after the 2019 inspection of the sea wall.', TUESDAY);
    expect(inspection).toMatchObject({ date: '2019', background: true });
  });
});
