// Ground that opens is ground giving way, not a place opening; people back in their homes have gone home. Written for
// this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October and "Saturday" 10 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a hole opening', () => {
  it.each([
    ['A hole opened in Mercer Road on Monday.', 'on Monday'],
    ['The ground opened up beneath the bus stop on Monday.', 'on Monday'],
    ['A sinkhole opened outside the school on Monday.', 'on Monday'],
  ])('reads "%s" as a collapse, not an opening', (text, dateWords) => {
    const report = reportAt(text, dateWords);
    expect(report.clear.has('collapse')).toBe(true);
    expect(report.actions.has('open')).toBe(false);
  });

  it('still reads a library opening as an opening', () => {
    expect(reportAt('The new library opened on Monday.', 'on Monday').clear.has('open')).toBe(true);
  });

  it('shows once a road that caved in and the hole that opened, at one time', () => {
    const entries = merged(
      [
        'Gas engineers cut the supply to Mercer Road by 8 a.m. on Monday.',
        'The hole opened at 6:10 a.m. on Monday, and by noon it was 20 feet across.',
      ].join('\n\n'),
      [
        'Mercer Road caved in at ten past six on Monday morning, swallowing a parked van.',
        'Police moved 40 people out of the flats above on Monday.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('people back in their homes', () => {
  it('reads people back in their flats as a return', () => {
    const report = reportAt('Most tenants were back in their flats on Saturday night.', 'on Saturday');
    expect(report.clear.has('resume')).toBe(true);
  });

  it('shows once tenants allowed home and tenants back in their flats that night', () => {
    const entries = merged(
      [
        'Tenants of the Pell Court tower can go home on Saturday evening, the council said.',
        'A structural engineer signed off the tower on Saturday.',
      ].join('\n\n'),
      [
        'Most tenants were back in their flats on Saturday night; two families are still at a hotel.',
        'Scaffolders took down the last of the props on Saturday.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-10', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
