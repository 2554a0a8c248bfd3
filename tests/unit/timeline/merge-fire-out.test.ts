// A fire put out is a happening of its own, not the fire another outlet reports breaking out that day; and opening an
// inquiry is starting one, not a place opening again. Written for this test; the outlets publish on Wednesday 14
// October 2026, so "Monday" is 12 October and "Tuesday" 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a fire put out', () => {
  it.each([
    ['Crews had the blaze out by Monday evening.', 'Monday evening'],
    ['Firefighters put the flames out on Monday.', 'on Monday'],
    ['Firefighters put out the fire on Monday.', 'on Monday'],
    ['The fire was extinguished on Monday.', 'on Monday'],
    ['The blaze was brought under control on Monday.', 'on Monday'],
  ])('reads "%s" as putting a fire out, not as a fire', (text, dateWords) => {
    const report = reportAt(text, dateWords);
    expect(report.clear.has('extinguish')).toBe(true);
    expect(report.actions.has('fire')).toBe(false);
  });

  it('still reads a fire that was out of control as a fire', () => {
    expect(reportAt('The fire was out of control on Monday.', 'on Monday').actions.has('extinguish')).toBe(false);
  });

  it('shows the fire and its putting out as two entries of one day', () => {
    const entries = merged(
      [
        'Fire swept through the Ketley paper warehouse on Monday morning.',
        'Crews from four stations had the blaze out by Monday evening.',
      ].join('\n\n'),
      'A fire tore through the Ketley paper warehouse on Monday, destroying its stock of newsprint.',
    );
    const day = entries.filter((entry) => entry.date === '2026-10-12');
    expect(day).toHaveLength(2);
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')[0]?.sources.map((s) => s.text.split(' ')[0])).toEqual(
      ['Fire', 'A'],
    );
  });
});

describe('an inquiry opened', () => {
  it('reads opening an inquiry as an inquiry, not an opening', () => {
    const report = reportAt('The regulator opened a formal inquiry into the water company on Tuesday.', 'on Tuesday');
    expect(report.clear.has('inspect')).toBe(true);
    expect(report.actions.has('open')).toBe(false);
  });

  it('keeps an inquiry opened apart from the libraries opening again that day', () => {
    const entries = merged(
      'All of Ketley’s libraries closed on Monday and opened as normal on Tuesday.',
      'The regulator opened a formal inquiry into Ketley Water on Tuesday.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
