// A happening told by its subject: a slide that swept through or buried something, a structure or the ground that fell
// or slid. Written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('a happening told by its subject', () => {
  it.each([
    ['An avalanche swept through the ski lodge car park on Monday.', 'on Monday'],
    ['A mudslide buried the caravans on Monday.', 'on Monday'],
    ['Their road fell into the river on Monday.', 'on Monday'],
    ['A section of the embankment about 40 metres long slid on to the railway on Monday.', 'on Monday'],
  ])('reads "%s" as a collapse', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('collapse')).toBe(true);
  });

  it.each([
    ['Share prices fell on Monday.', 'on Monday'],
    ['Engineers cleared the landslides on Monday.', 'on Monday'],
  ])('reads "%s" as no collapse', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('collapse')).toBe(false);
  });

  it('shows once a hillside that slid, told as a slide, a fall and giving way', () => {
    const entries = merged(
      [
        'The Calder Lane caravan site was still empty this morning, two days after a mudslide buried half of it.',
        'The slope gave way at about 4:10 a.m. on Monday, the fire service said.',
      ].join('\n\n'),
      'Part of the hillside above Calder Lane fell on to the caravan site at ten past four on Monday.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(3);
  });
});
