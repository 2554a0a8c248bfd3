import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle, storyOf } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: in the harbour town of Dunmere on one Thursday, a warehouse fire on Quay Street and, the same
// afternoon, the council's vote to close the old swimming baths, both naming the town, Quay Street and the mayor,
// Helen Ardagh (a trap: two happenings); and a landslide on the coast road at Carrowby told by a wire and by the
// county's paper in different words (one story), and a ferry that lost power off Inchbeg, told by a wire and by the
// islands' weekly in different words but naming the same skipper and the same count of passengers. Two unrelated
// articles make the library around them.
const article = storyArticle;

const FIRE = article(
  'fire',
  'Warehouse blaze on Dunmere quayside',
  [
    'Fire crews fought a blaze at a timber warehouse on Quay Street in Dunmere on Thursday morning.',
    'Smoke drifted across the harbour and nearby homes were told to keep their windows shut.',
    'Mayor Helen Ardagh thanked firefighters and said the building had been empty since the spring.',
    'Investigators will examine the roof space, where the fire is thought to have started.',
  ],
  '2034-06-08T13:00:00Z',
);
const BATHS = article(
  'baths',
  'Council votes to shut Dunmere swimming baths',
  [
    'Dunmere town council voted on Thursday afternoon to close the Victorian swimming baths on Quay Street.',
    'Repairs to the pool hall would cost more than the town can raise, councillors were told.',
    'Mayor Helen Ardagh said a new leisure centre was the only way to keep swimming lessons in the town.',
    'Campaigners who want the baths saved said they would ask for the decision to be reviewed.',
  ],
  '2034-06-08T18:30:00Z',
);
const WIRE = article(
  'wire',
  'Landslide blocks coast road near Carrowby',
  [
    'A landslide has blocked the coast road near Carrowby after days of heavy rain, police said on Monday.',
    'Tonnes of earth and rock slid onto the carriageway shortly before dawn. No one was hurt.',
    'Drivers are being sent inland on a 20-mile diversion.',
  ],
  '2034-06-12T09:00:00Z',
);
const PAPER = article(
  'paper',
  'Hillside gives way onto Carrowby cliff route',
  [
    'Part of the hillside above the Carrowby cliff route collapsed onto the tarmac in the early hours.',
    'Geologists said the saturated slope could move again and the highway authority shut the route indefinitely.',
    'Residents of Carrowby face a long detour to reach the market town until the mud is cleared.',
  ],
  '2034-06-12T17:00:00Z',
);
const FERRY_WIRE = article(
  'ferry-wire',
  'Ferry adrift off Inchbeg after engine failure',
  [
    'A passenger ferry lost power and drifted for three hours off Inchbeg on Monday before a tug towed it into harbour.',
    'The 84 passengers were kept below deck as the vessel rolled in a heavy swell, the coastguard said.',
    'Captain Ewan Rossiter said both engines stopped within seconds of each other.',
  ],
  '2034-06-12T10:00:00Z',
);
const FERRY_WEEKLY = article(
  'ferry-weekly',
  'Tug brings stricken island boat home',
  [
    'Islanders gathered on the pier to watch the tug haul the crippled boat alongside late on Monday afternoon.',
    '"We had no steerage at all," said Ewan Rossiter, who has skippered the Inchbeg run for twenty years.',
    'All 84 passengers walked ashore unhurt; several said the crew had handed out blankets and tea.',
  ],
  '2034-06-13T07:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2034-06-08');
const ALL = [FIRE, BATHS, ...OTHERS, WIRE, FERRY_WIRE, PAPER, FERRY_WEEKLY];

describe('story grouping of a town trap and a story told in different words', () => {
  it('keeps two happenings of one town on one day apart, though they share the town, a street and the mayor', () => {
    const stories = clusterStories(ALL);
    expect(storyOf(stories, 'fire')).toEqual(['fire']);
    expect(storyOf(stories, 'baths')).toEqual(['baths']);
  });

  it("joins two outlets' reports of one ferry's breakdown told in different words, by its skipper and its count", () => {
    const stories = clusterStories(ALL);
    expect(storyOf(stories, 'ferry-wire')).toEqual(['ferry-weekly', 'ferry-wire']);
  });

  // A known limit, kept as a record: the two landslide reports share no word but the village's name (words' cosine
  // 0.07, the names set aside as the openings share no word), so neither the hand rules nor the fitted model of
  // tests/bench/story-model.ts (chance 0.000002) can join them. It fails the day a reading of synonyms joins them: then flip it.
  it.fails("joins two outlets' reports of one landslide that share no word but the village", () => {
    const stories = clusterStories(ALL);
    expect(storyOf(stories, 'wire')).toEqual(['paper', 'wire']);
  });

  it('decides the same way when articles arrive one by one (StoryAssigner)', () => {
    const placed = placedOneByOne(ALL);
    expect(placed.get('baths')).not.toBe(placed.get('fire'));
    expect(placed.get('ferry-weekly')).toBe(placed.get('ferry-wire'));
  });
});
