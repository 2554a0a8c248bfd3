import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a river flood in a market town told by two outlets, and the same town's new library told by a
// third. All three name the town, its district council and its landmarks; only the first two tell one story.
const FLOOD_FIRST = storyArticle(
  'flood-first',
  'River Wend bursts its banks in Hatherby',
  [
    'The River Wend burst its banks in Hatherby on Friday night, flooding forty homes on Mill Row and the lower end of Tanner Street.',
    'Hollin Vale District Council opened the sports hall on Kemble Green as a rest centre, and firefighters pumped water from cellars until dawn.',
    'Residents said the river rose faster than in any flood they remembered. "It came up the street like a tide," said one.',
    'The Environment Agency said the flood defences at Hatherby Weir had been overtopped for the first time since they were built.',
  ].join('\n\n'),
  '2031-02-08T09:00:00Z',
);
const FLOOD_SECOND = storyArticle(
  'flood-second',
  'Hatherby flood: families count the cost as the river falls',
  [
    'Families on Mill Row in Hatherby began clearing sodden carpets on Sunday as the River Wend fell back below the weir.',
    'Forty homes were flooded when the river burst its banks on Friday night. Hollin Vale District Council said the rest centre on Kemble Green would stay open.',
    'Firefighters who pumped the cellars said the water had reached the windowsills on Tanner Street.',
    'Insurers have sent assessors, and the council has promised skips for ruined furniture.',
  ].join('\n\n'),
  '2031-02-10T08:00:00Z',
);
const LIBRARY = storyArticle(
  'library',
  'Hatherby gets a new library in the old corn store',
  [
    'A new library will open in Hatherby next spring after Hollin Vale District Council approved the conversion of the old corn store on Kemble Green.',
    'The scheme, costing £800,000, adds a children’s room, a café and a local history archive to the Victorian building.',
    'Architects said the timber roof trusses would be kept and the brick arches opened up as windows.',
    'Volunteers from the Tanner Street reading group campaigned for six years to bring a library back to the town.',
  ].join('\n\n'),
  '2031-02-09T12:00:00Z',
);

describe('stories of one place', () => {
  it('keeps a second story of the same town apart, though it names the town, its council and its landmarks', () => {
    const stories = clusterStories([FLOOD_FIRST, LIBRARY, FLOOD_SECOND]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('flood-second')).toEqual(['flood-first', 'flood-second']);
    expect(storyOf('library')).toEqual(['library']);
  });
});
