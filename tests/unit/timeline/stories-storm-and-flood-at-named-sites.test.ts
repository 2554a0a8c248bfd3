import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: one storm told by two outlets. The town paper opens on the school whose roof it tore off
// (a named site); the regional broadcaster opens on the gusts and the power cuts across the town and never names the
// school. Their openings share only names (the storm's, the town's) and the storm's own words: the sites rule must not
// read them as two happenings at two places.
const SCHOOL_ROOF = storyArticle(
  'storm-school-roof',
  'Storm Iona tears roof from Pelham Cross school',
  [
    'Storm Iona tore the roof from the sports hall of Ridgeway Academy in Pelham Cross on Sunday night.',
    'Gusts of 84mph were recorded at Fenn Point, the Met Office said. Forecaster Adele Marsh said the worst had passed.',
    'Northfold Power said 4,000 homes in Pelham Cross were without electricity on Monday morning.',
  ],
  '2039-11-14T09:00:00+00:00',
);
const GUSTS = storyArticle(
  'storm-gusts',
  'Storm Iona: thousands without power in Pelham Cross',
  [
    'Storm Iona battered Pelham Cross overnight, bringing down trees and cutting electricity to thousands of homes.',
    'Met Office forecaster Adele Marsh said gusts reached 84mph at Fenn Point, the highest in the region.',
    'Northfold Power said engineers hoped to reconnect the last 4,000 homes by Monday evening.',
  ],
  '2039-11-14T10:30:00+00:00',
);

// Written for this test: one flood told by two outlets. The farming paper opens on the farm the river swamped (a named
// site); the town paper opens on the floodwater in the town's homes and never names the farm.
const FARM = storyArticle(
  'flood-farm',
  'Flood water swamps Hollins Farm',
  [
    'The River Wend burst its banks at Hollins Farm near Ashby on Tuesday, drowning sheep and flooding the farmhouse.',
    'Environment Agency officer Ruth Okafor said the river had risen more than two metres in twelve hours.',
    'Ashby Council opened the village hall as a rest centre for families who had to leave their homes.',
  ],
  '2039-11-15T09:00:00+00:00',
);
const TOWN = storyArticle(
  'flood-town',
  'Flooding in Ashby as River Wend rises',
  [
    'Floodwater poured into dozens of homes in Ashby on Tuesday after the River Wend rose more than two metres.',
    'Environment Agency officer Ruth Okafor said the river had risen in twelve hours after a month of rain.',
    'Ashby Council opened the village hall as a rest centre for families who had to leave their homes.',
  ],
  '2039-11-15T11:00:00+00:00',
);

// Written for this test: one strike at a firm's two sites told by two outlets, each opening on the site its reporter
// stood at. Neither tells a happening to things: where each stood is no sign of two strikes.
const MILL_PICKET = storyArticle(
  'strike-mill',
  'Pennine Textiles strike: Corder Mill pickets',
  [
    'Workers at Corder Mill in Ashby went on strike on Monday.',
    'Union organiser Dev Malhotra said 340 members had voted for the strike, which is due to last a week.',
    'Pennine Textiles said its offer of 4% was fair and urged staff to return to talks.',
  ],
  '2039-11-16T09:00:00+00:00',
);
const WORKS_PICKET = storyArticle(
  'strike-works',
  'Pennine Textiles strike begins',
  [
    'Staff at Hallam Works near Ashby began a strike on Monday.',
    'Union organiser Dev Malhotra said 340 members had voted to walk out after rejecting a 4% offer.',
    'Pennine Textiles said the offer was fair and it hoped staff would return to talks.',
  ],
  '2039-11-16T10:00:00+00:00',
);

/** Both reports, told in order among unrelated stories, are one story, in a batch and placed one by one. */
function expectOneStory(first: StoryArticle, second: StoryArticle, day: string): void {
  const all = [first, ...unrelatedStoryArticles(day), second];
  const story = clusterStories(all).find((found) => found.articleIds.includes(second.id))!;
  expect(story.articleIds.filter((id) => id !== 'bakery' && id !== 'match').sort()).toEqual(
    [first.id, second.id].sort(),
  );
  const placed = placedOneByOne(all);
  expect(placed.get(second.id)).toBe(placed.get(first.id));
}

describe('one happening over an area told by two outlets, one opening on a named site', () => {
  it('keeps the two reports of a storm, one at a school, in one story', () => {
    expectOneStory(SCHOOL_ROOF, GUSTS, '2039-11-14');
  });

  it('keeps the two reports of a flood, one at a farm, in one story', () => {
    expectOneStory(FARM, TOWN, '2039-11-15');
  });

  it('keeps the two reports of a strike, each at one of the firm’s sites, in one story', () => {
    expectOneStory(MILL_PICKET, WORKS_PICKET, '2039-11-16');
  });
});
