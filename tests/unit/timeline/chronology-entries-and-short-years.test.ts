// A chronology box's entries labelled by a month and year or a year alone ("May 2029: …"), days written with dots and
// a two-figure year ("on 3.9.31"), and anniversaries counted in words past twelve ("Thirty years ago today").
// Written for this test; the outlet publishes on Friday 12 September 2031, in Vienna.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const FRIDAY = { publishedAt: '2031-09-12T09:00:00+02:00', savedAt: '2032-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, FRIDAY).map((e) => `${e.date}${e.background ? ' background' : ''}`);
}

describe('an entry of a chronology box', () => {
  it('is dated by the month and year or the year that labels it', () => {
    expect(dated('May 2026: The ferry company orders two new boats.')).toEqual(['2026-05 background']);
    expect(dated('2028: The first boat is launched at Linz.')).toEqual(['2028 background']);
  });

  it('is no date when the figures open a count', () => {
    expect(dated('2028 passengers were carried on the first day.')).toEqual([]);
  });
});

describe('a day written with dots and a two-figure year', () => {
  it('is read day first in the century of the page', () => {
    expect(dated('The ferry stopped running on 3.9.31 after its engine failed.')).toEqual(['2031-09-03']);
    expect(dated('Sailings should resume by 26.9.31.')).toEqual(['2031-09-26']);
  });

  it('is no day in a numbered version or section', () => {
    expect(dated('The timetable app was updated to version 4.2.31 on Monday.')).toEqual(['2031-09-08']);
  });
});

describe('an anniversary counted in words past twelve', () => {
  it('is the day that many years before', () => {
    expect(dated('Thirty years ago today, the old ferry sank off Melk.')).toEqual(['2001-09-12 background']);
    expect(dated('The bridge at Grein opened twenty-five years ago today.')).toEqual(['2006-09-12 background']);
  });
});
