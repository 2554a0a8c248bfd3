// Who went where and when: people sent somewhere to act, people leaving for home, someone speaking to a paper, one
// narrow part of the day told in two words, and the start and the last of one operation. Written for this test; the
// outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { lastBesideStart } from '../../../electron/core/timeline/merging/action-kinds.ts';
import { evidenceOf, samePartOfDay } from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { joining, merged, reportAt } from './outlets.ts';

describe('who went where', () => {
  it('reads people sent somewhere to act as a deed', () => {
    const report = reportAt('The county sent a team of engineers to the dam on Monday.', 'on Monday');
    expect(report.clear.has('dispatch')).toBe(true);
  });

  it('reads people leaving a place for home as a departure', () => {
    const report = reportAt('The last climbers left Base Camp for home on Monday.', 'on Monday');
    expect(report.clear.has('depart')).toBe(true);
  });

  it('reads someone speaking to a paper as a saying of that day', () => {
    expect(reportAt('Mayor Ruth Keane spoke to the Courier by phone on Monday.', 'on Monday').spoken).toBe(true);
  });

  it('keeps a call to a paper apart from students leaving the town it was made from', () => {
    const entries = merged(
      'Ines Ortega spoke to the Courier by phone from Kelso on Monday.',
      'Twelve students who spent a night trapped on the ridge above Kelso left Kelso for home on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});

describe('one narrow part of the day', () => {
  it('is told by "at first light" and "at dawn" alike', () => {
    expect(samePartOfDay(evidenceOf('They set off at first light on Monday.'), evidenceOf('at dawn on Monday'))).toBe(
      true,
    );
  });

  it('is not the evening, which holds many happenings', () => {
    expect(samePartOfDay(evidenceOf('on Monday evening'), evidenceOf('late on Monday evening'))).toBe(false);
  });
});

describe('the start and the last of one operation', () => {
  it('tells two moments', () => {
    const start = reportAt('Helicopters began flying the climbers down on Monday.', 'on Monday');
    const last = 'The last of the climbers were flown off the ridge on Monday.';
    expect(lastBesideStart(start, 'Helicopters began flying the climbers down on Monday.', start, last)).toBe(true);
    expect(
      lastBesideStart(start, 'Helicopters began flying the climbers down on Monday.', start, 'in the last week'),
    ).toBe(false);
  });

  it('keeps the airlift’s start apart from its last flights, and a consulate’s envoys apart from both', () => {
    const entries = merged(
      'Helicopters began flying the stranded hikers down to Kelso on Monday, ten at a time. ' +
        'Ines Ortega spoke to the Courier by phone from Kelso on Monday.',
      'The hikers were among the last to be flown off the ridge by helicopter on Monday. ' +
        'The Harlan consulate sent two officials to Kelso on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
