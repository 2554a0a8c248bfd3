// People who left their homes, told by who they are and where from ("Families from 40 flats on Tanner Street, moved out
// in the early hours"), were evacuated, as people asked to leave were: one happening told from two sides. Written for
// this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('people who moved out or were asked to leave', () => {
  it('tell an evacuation', () => {
    const moved =
      'Families from 40 flats on Tanner Street, moved out in the early hours of Tuesday, may return tonight.';
    expect(reportAt(moved, 'in the early hours of Tuesday').clear.has('evacuate')).toBe(true);
    const asked = 'Officers went door to door at 3 a.m. on Tuesday and asked everyone to leave.';
    expect(reportAt(asked, 'at 3 a.m. on Tuesday').clear.has('evacuate')).toBe(true);
  });

  it('joins the families who moved out with another outlet’s knock on their doors', () => {
    const entries = merged(
      [
        'A gas main burst under Tanner Street on Tuesday.',
        'Police knocked on doors along the street on Tuesday and asked everyone to leave.',
      ].join(' '),
      [
        'Engineers were still digging on Tanner Street yesterday.',
        'Families from the street, moved out on Tuesday, may return tonight.',
      ].join(' '),
    );
    expect(
      joining(entries, '2026-10-13', 'outlet-1', 'outlet-2').filter((entry) =>
        entry.sources.some((source) => source.text.startsWith('Families')),
      ),
    ).toHaveLength(1);
  });
});
