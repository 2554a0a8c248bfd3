// Two days in figures joined as the ends of one span are one event with both ends: "from 10/13 to 10/16" told as what
// will be is a span that began yesterday and runs on, and "is 10/26 to 10/30" needs no "from" (written for this test;
// the outlet publishes on Wednesday 14 October 2026).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

function spans(text: string): string[] {
  return extractEvents(text, reference).map((e) => (e.endDate ? `${e.date}/${e.endDate}` : e.date));
}

describe('spans of days in figures', () => {
  it('reads a span looking forward whose first day is already gone as one span', () => {
    expect(spans('The museum said its galleries would stay shut from 10/13 to 10/16 for rewiring.')).toEqual([
      '2026-10-13/2026-10-16',
    ]);
  });

  it('reads two days in figures joined by "to" with no "from" as one span', () => {
    expect(spans('Half term is 10/26 to 10/30, so the pool will open longer hours.')).toEqual([
      '2026-10-26/2026-10-30',
    ]);
    expect(spans('Half-term for the county runs 26/10 to 30/10 this year.')).toEqual(['2026-10-26/2026-10-30']);
  });

  it('leaves fractions joined by "to" alone', () => {
    expect(spans('Cut each board 3/4 to 7/8 of an inch thinner, the guide said on Monday.')).toEqual(['2026-10-12']);
  });
});

describe('a day in figures something was voted or asked to be done by', () => {
  it('lies ahead of the vote, though the vote is told in the past', () => {
    const text = 'On Monday the council voted 6-1 to clear every gully in the ward by 11/2.';
    expect(spans(text)).toEqual(['2026-10-12', '2026-11-02']);
    expect(spans('Inspectors told the owners on Monday to fix the fire doors by 10/30.')).toEqual([
      '2026-10-12',
      '2026-10-30',
    ]);
  });

  it('stays behind when a deed is told after the asking', () => {
    expect(spans('Crews were told to clear the gullies, and finished the job by 10/9.')).toEqual(['2026-10-09']);
  });
});
