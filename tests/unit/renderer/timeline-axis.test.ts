import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../electron/contract/timeline.ts';
import { eventDateLabel, precisionOfTyped } from '../../../renderer/src/lib/event-dates.ts';
import { matchesShortcut } from '../../../renderer/src/lib/keys.ts';
import { gapBetween, groupEvents, laterLabel } from '../../../renderer/src/timeline/axis.ts';

function event(date: string, precision: TimelineEvent['precision'] = 'day'): TimelineEvent {
  return {
    id: `a:${date}`,
    date,
    precision,
    text: `Something on ${date}.`,
    entities: { people: [], organizations: [], places: [] },
    sources: [
      {
        articleId: 'a',
        key: 'abcdabcd',
        text: '',
        start: 0,
        end: 1,
      },
    ],
    isNew: false,
    hidden: false,
    edited: false,
    promoted: false,
  };
}

describe('dates on the timeline', () => {
  it('writes a date as precisely as it is known, and ranges with what their ends share', () => {
    expect(eventDateLabel({ date: '2025-05-14', precision: 'day' })).toBe('14 May 2025');
    expect(eventDateLabel({ date: '2025-05', precision: 'month' })).toBe('May 2025');
    expect(eventDateLabel({ date: '2025', precision: 'year' })).toBe('2025');
    expect(eventDateLabel({ date: '2025-05-12', endDate: '2025-05-14', precision: 'day' })).toBe('12–14 May 2025');
    expect(eventDateLabel({ date: '2025-04-28', endDate: '2025-05-04', precision: 'day' })).toBe(
      '28 April – 4 May 2025',
    );
    expect(eventDateLabel({ date: '2024-12-30', endDate: '2025-01-02', precision: 'day' })).toBe(
      '30 December 2024 – 2 January 2025',
    );
    expect(eventDateLabel({ date: '2025-07', endDate: '2025-09', precision: 'month' })).toBe('July–September 2025');
    expect(eventDateLabel({ date: '2024', endDate: '2026', precision: 'year' })).toBe('2024–2026');
  });

  it('reads the precision of a typed date, refusing days that do not exist', () => {
    expect(precisionOfTyped('2025-02-28')).toBe('day');
    expect(precisionOfTyped('2025-02-29')).toBeNull();
    expect(precisionOfTyped('2024-02-29')).toBe('day');
    expect(precisionOfTyped('2025-13')).toBeNull();
    expect(precisionOfTyped(' 2025-06 ')).toBe('month');
    expect(precisionOfTyped('2025')).toBe('year');
    expect(precisionOfTyped('May 2025')).toBeNull();
  });
});

describe('the time axis', () => {
  const events = [
    event('1987', 'year'),
    event('2025-03'),
    event('2025-03-04'),
    event('2025-03-05'),
    event('2025-03-26'),
  ];

  it('groups events by day, month or year, in date order', () => {
    expect(groupEvents(events, 'day').map((group) => [group.label, group.events.length])).toEqual([
      ['1987', 1],
      ['March 2025', 1],
      ['4 March 2025', 1],
      ['5 March 2025', 1],
      ['26 March 2025', 1],
    ]);
    expect(groupEvents(events, 'month').map((group) => [group.label, group.events.length])).toEqual([
      ['1987', 1],
      ['March 2025', 4],
    ]);
    expect(groupEvents(events, 'year').map((group) => group.label)).toEqual(['1987', '2025']);
  });

  it('says the empty time between groups and draws it in proportion, up to a cap', () => {
    const groups = groupEvents(events, 'day');
    expect(groups[3]!.gapBefore).toBeNull(); // 4 and 5 March are next to each other
    const threeWeeks = groups[4]!.gapBefore!;
    expect(threeWeeks.label).toBe('3 weeks later');
    const decades = groups[1]!.gapBefore!;
    expect(decades.label).toBe('38 years later');
    expect(decades.compressed).toBe(true);
    expect(threeWeeks.compressed).toBe(false);
    expect(decades.height).toBeGreaterThan(threeWeeks.height);
    const week = gapBetween('2025-03-04', '2025-03-11', 'day')!;
    expect(week.height).toBeLessThan(threeWeeks.height);
    expect(gapBetween('2025-03', '2025-04', 'month')).toBeNull();
    expect(laterLabel(1)).toBe('The next day');
    expect(laterLabel(3)).toBe('3 days later');
    expect(laterLabel(30)).toBe('4 weeks later');
    expect(laterLabel(61)).toBe('2 months later');
    expect(laterLabel(365)).toBe('12 months later');
    expect(laterLabel(800)).toBe('2 years later');
  });

  it('takes + as a key of its own', () => {
    expect(matchesShortcut({ key: '+', ctrlKey: false, metaKey: false, altKey: false }, '+')).toBe(true);
    expect(matchesShortcut({ key: '=', ctrlKey: false, metaKey: false, altKey: false }, '+')).toBe(false);
    expect(matchesShortcut({ key: 'k', ctrlKey: true, metaKey: false, altKey: false }, 'Mod+k')).toBe(true);
  });
});
