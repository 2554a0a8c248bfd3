// Deeds read by grammar rather than by the action lists: a verb and its particle in any of its forms ("came down",
// "giving way", "toppled over"), and one verb told by two outlets that no list holds ("ferried"). Written for this
// test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { deedsOf } from '../../../electron/core/timeline/extraction/deed-words.ts';
import { joining, merged, reportAt } from './outlets.ts';

describe('deeds read by grammar', () => {
  it.each([
    ['Guides lowered the last walkers on ropes.', 'lower'],
    ['The barn roof came down in the gale.', 'come down'],
    ['Wardens knocked out the stag with a dart.', 'knock out'],
    ['The kiln was slowly giving way.', 'give way'],
    ['Volunteers ferried the pensioners across the ford.', 'ferry'],
  ])('reads "%s" as %s', (text, key) => {
    const keys = deedsOf(text).map((deed) => (deed.particle ? `${deed.lemma} ${deed.particle}` : deed.lemma));
    expect(keys).toContain(key);
  });

  it.each([
    ['The mayor said the ford was closed.'],
    ['More of the quay could come down.'],
    ['The pumps did not break down.'],
  ])('reads no deed of its own in "%s"', (text) => {
    expect(deedsOf(text).map((deed) => deed.lemma)).not.toContain('come');
    expect(deedsOf(text).map((deed) => deed.lemma)).not.toContain('break');
    expect(deedsOf(text).map((deed) => deed.lemma)).not.toContain('say');
  });

  it.each([
    ['The marquee came down in the gale on Monday.', 'on Monday'],
    ['The old grandstand roof was giving way on Monday.', 'on Monday'],
    ['A chimney at the brickworks toppled over on Monday.', 'on Monday'],
  ])('reads "%s" as a collapse', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('collapse')).toBe(true);
  });

  it('reads no collapse in what only might come down', () => {
    expect(
      reportAt('Engineers warned on Monday that more of the quay could come down.', 'on Monday').actions,
    ).not.toContain('collapse');
  });

  it('shows once a deed no list holds, told with one verb by two outlets', () => {
    const entries = merged(
      [
        'Volunteers ferried 40 pensioners across the flooded ford at Hebble Mill on Monday.',
        'The parish council met in the chapel on Monday evening.',
      ].join('\n\n'),
      [
        'On Monday, farmers ferried the last of the residents over the water on trailers.',
        'The county engineer inspected the weir on Monday.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
