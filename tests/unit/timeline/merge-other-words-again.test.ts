// One happening told in other words by other outlets, and two happenings of one day told alike (written for this
// test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('one happening in other words', () => {
  it.each([
    ['The Corran burst its banks at Eastholm on Monday.', 'on Monday', 'flood'],
    ['The river overtopped the flood wall on Monday.', 'on Monday', 'flood'],
    ['Floodwater swamped 60 homes on Monday.', 'on Monday', 'flood'],
    ['The rocket lifted off on Monday.', 'on Monday', 'depart'],
    ['The rocket broke apart on Monday.', 'on Monday', 'erupt'],
    ['The airship made its debut on Monday.', 'on Monday', 'start'],
    ['The airship first flew on Monday.', 'on Monday', 'start'],
    ['The Monday ballot passed 900 to 700.', 'Monday', 'result'],
    ['Residents said yes to the new park on Monday.', 'on Monday', 'vote'],
  ])('reads "%s" (at "%s") as the action %s', (text, dateWords, action) => {
    expect(reportAt(text, dateWords).clear.has(action)).toBe(true);
  });

  it('reads a lifted ban as no lift-off, and boats called launches as no start', () => {
    expect(reportAt('The council lifted the hosepipe ban on Monday.', 'on Monday').actions.has('depart')).toBe(false);
    const boats = reportAt('Launches began ferrying guests to the jetty on Monday.', 'on Monday');
    expect(boats.clear.has('disembark')).toBe(true);
    expect(boats.primary).toBe('disembark');
  });

  it('shows a river over its wall once, told as overtopping and as swamping', () => {
    const entries = merged(
      'The River Corran overtopped the flood wall in Eastholm on Monday morning, flooding 60 homes.',
      'Eastholm families whose homes the River Corran swamped on Monday began clearing mud today.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('keeps apart what one chief executive said in a statement and on a call with investors', () => {
    const entries = merged(
      'Chief executive Lena Marsh said in a statement on Monday that the company would find the fault.',
      'Chief executive Lena Marsh told investors on a call on Monday that the company had spare engines.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps a tally reached by an hour apart from a visit that day told by the same live page', () => {
    const entries = merged(
      [
        'The town hall had 90 people registered by 7 p.m. on Monday, most of them from Quay Street.',
        'The MP, Ruth Kell, visited the town hall on Monday afternoon.',
      ].join('\n\n'),
      'Ruth Kell, the MP, toured the town hall on Monday afternoon and met families.',
    );
    const visit = joining(entries, '2026-10-12', 'outlet-1', 'outlet-2');
    expect(visit).toHaveLength(1);
    expect(visit[0]!.sources.map((source) => source.text).join(' ')).not.toContain('registered');
  });
});
