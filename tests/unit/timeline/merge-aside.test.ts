// An aside of place or measure between a verb and its time ("The slide hit the hut, at about 2,000 metres on the north
// face, at 5:10 a.m.") leaves them in one clause. Written for this test; the outlets publish on Wednesday 14 October
// 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('an aside between a verb and its time', () => {
  it('leaves the verb told at the time', () => {
    const text = 'The slide hit the hut, at about 2,000 metres on the north face, at 5:10 a.m.';
    expect(reportAt(text, 'at 5:10 a.m.').clear.has('collapse')).toBe(true);
  });

  it('still parts a verb from a time after an aside that tells an action', () => {
    const text = 'The slide hit the hut, near where rescuers landed later, at 5:10 a.m.';
    expect(reportAt(text, 'at 5:10 a.m.').clear.has('collapse')).toBe(false);
  });

  it('shows the avalanche told with an aside once', () => {
    const entries = merged(
      [
        'An avalanche swept through the Orlen hut early on Monday, burying four skiers.',
        'The slide hit the hut, at about 2,000 metres on the north face, at 5:10 a.m.',
        'Mountain rescue teams reached the hut on Monday afternoon.',
      ].join('\n\n'),
      [
        'The avalanche struck the Orlen hut at 5:10 a.m. on Monday.',
        'Rescuers dug all four skiers out alive on Monday.',
      ].join('\n\n'),
    );
    const slide = entries.find((entry) => entry.sources.some((source) => source.text.startsWith('The slide')));
    expect(slide?.sources.map((source) => source.text.split(' ')[1])).toEqual(['avalanche', 'slide', 'avalanche']);
  });
});
