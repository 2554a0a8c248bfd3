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
    ['The Monday ballot passed 900 to 700.', 'Monday', 'vote'],
    ['Residents said yes to the new park on Monday.', 'on Monday', 'vote'],
  ])('reads "%s" (at "%s") as the action %s', (text, dateWords, action) => {
    expect(reportAt(text, dateWords).clear.has(action)).toBe(true);
  });

  it('reads a lifted ban as no lift-off, and boats called launches ferrying people to land as going ashore', () => {
    expect(reportAt('The council lifted the hosepipe ban on Monday.', 'on Monday').actions.has('depart')).toBe(false);
    const boats = reportAt('Launches began ferrying guests to the jetty on Monday.', 'on Monday');
    expect(boats.clear.has('disembark')).toBe(true);
    expect(boats.primary).toBe('disembark');
  });

  it('shows a river over its wall once, told as overtopping and as swamping, apart from rest centres that day', () => {
    const entries = merged(
      [
        'The River Corran overtopped the flood wall in Eastholm early on Monday.',
        'The council opened a rest centre at Eastholm school on Monday.',
      ].join('\n\n'),
      [
        'Eastholm families whose homes the river swamped on Monday began clearing mud today.',
        'The county opened a second rest centre on Monday.',
      ].join('\n\n'),
    );
    const together = joining(entries, '2026-10-12', 'outlet-1', 'outlet-2');
    expect(together.map((entry) => entry.sources.map((source) => source.text.split(' ')[1]))).toEqual([
      ['River', 'families'],
      ['council', 'county'],
    ]);
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
        'The River Corran burst its banks at Eastholm at about 5 a.m. today.',
        'The rest centre at the school had 90 people registered by 7 p.m., most of them from Quay Street.',
        'The MP, Ruth Kell, visited the rest centre this afternoon.',
      ].join('\n\n'),
      'Ruth Kell, the MP, who toured the rest centre on Wednesday afternoon, said she would ask ministers for help.',
    );
    const visit = joining(entries, '2026-10-14', 'outlet-1', 'outlet-2');
    expect(visit).toHaveLength(1);
    expect(visit[0]!.sources.map((source) => source.text).join(' ')).not.toContain('registered');
  });
});
