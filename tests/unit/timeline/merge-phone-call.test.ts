// A call to a service, told as taken by it or as made to it, is one happening. Written for this test; the outlets
// publish on Wednesday 14 October 2026, so "the night before" Tuesday's blast is 12 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a call to a service', () => {
  it.each([
    ['The gas board had taken a call about a smell of gas on Monday.', 'on Monday'],
    ['A neighbour phoned the gas board on Monday.', 'on Monday'],
    ['A neighbour called the fire department on Monday.', 'on Monday'],
  ])('reads "%s" as a call', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('phone')).toBe(true);
  });

  it('does not read a call for an inquiry as a call', () => {
    expect(reportAt('The mayor called for an inquiry on Monday.', 'on Monday').actions.has('phone')).toBe(false);
  });

  it('shows once the call a service took and the call a neighbour made the night before', () => {
    const entries = merged(
      [
        'Gas escaped from a main on Linden Row and blew out the front of a house on Tuesday.',
        'Northgate Gas had taken a call about a strong smell on Linden Row the night before, a spokesman said.',
      ].join('\n\n'),
      [
        'A gas explosion wrecked a house on Linden Row on Tuesday.',
        'Half the street had noticed the stink the evening before, and one neighbour phoned the utility about it.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('an action told only as the circumstance of another report', () => {
  it('lets the lede vouch for a report whose only action is in a clause after its date', () => {
    const entries = merged(
      [
        'Rhys Dunmore was found in a boathouse near Carne Quay on Monday afternoon, a day after he walked out of the county jail.',
        'Officers arrested Dunmore, 41, in a boathouse near Carne Quay on Monday afternoon after a fisherman phoned the harbour office about a man asleep in a dinghy.',
        'He was taken into custody at 3:40 p.m. without a struggle, the chief constable said at an evening briefing.',
      ].join('\n\n'),
      'His cellmate is still missing; Rhys Dunmore, 41, was caught in a boathouse on Monday.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(4);
  });
});
