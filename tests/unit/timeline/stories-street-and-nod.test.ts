import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a flood at a bakery in a small town, told twice, and the same day's report that the town's
// ambulance post on the bakery's street stays open, which names the bakery once, after its lede, as somewhere its
// crews went that night.
const article = storyArticle;

const FLOOD = article(
  'flood',
  'Flood wrecks Dunmarsh bakery',
  [
    'Around 30 crews pumped water through the night from the Grisby Bakeries plant on Cobb Lane in Dunmarsh, which flooded late last night.',
    'The first call came in at 23:10, from a driver waiting to load the morning bread.',
    'About 25 homes on Cobb Lane were cleared shortly after midnight as the water rose over the pavement.',
    'Part of the flour store gave way at 02:40, and crews pulled back to pump from the yard.',
    '"This is a lot of water in a building full of flour and ovens, and we will be here all day," said crew leader Anton Meyrick.',
    'Grisby Bakeries employs 180 people at the site and moved to Dunmarsh in 1994.',
    'Cobb Lane will stay closed until Friday.',
  ],
  '2033-03-08T07:00:00+00:00',
);
const FLOOD_LATER = article(
  'flood-later',
  'Grisby Bakeries to close flooded Dunmarsh plant',
  [
    'Grisby Bakeries said on Tuesday, three weeks after the flood that wrecked its flour store, that it would close its plant on Cobb Lane in Dunmarsh.',
    'All 180 jobs will go, and baking will move to the group’s plant in Haldby.',
    '"The water took the heart out of the site," chief executive Lena Ostrow said.',
    'Crews pumped water from the plant for two days after the flood.',
  ],
  '2033-03-29T16:00:00+00:00',
);
const AMBULANCE_POST = article(
  'ambulance-post',
  'Dunmarsh ambulance post keeps its second crew',
  [
    'Dunmarsh’s ambulance post on Cobb Lane will keep both of its crews, the county’s health board decided this afternoon.',
    'Members voted eight to four at a meeting in Haldby to drop a plan to move the second crew to Haldby.',
    'The plan was first put forward in November, when the board was looking for savings.',
    'More than 2,000 people signed a petition against it before Christmas.',
    '"Two crews is the least this town needs," said Councillor Maeve Tolland, who led the campaign.',
    'Both of the post’s crews were among those sent to the flood at the Grisby Bakeries plant, the post’s manager said.',
    'The Cobb Lane post opened in 1962, and its crews will hold an open day on Saturday.',
  ],
  '2033-03-08T17:00:00+00:00',
);

describe('a story named in passing beside a shared street', () => {
  it('keeps apart an article that shares only the town, the street and a nod to the other story’s company', () => {
    const stories = clusterStories([FLOOD, AMBULANCE_POST, FLOOD_LATER]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('ambulance-post')).toEqual(['ambulance-post']);
    expect(storyOf('flood-later')).toEqual(['flood', 'flood-later']);
  });
});
