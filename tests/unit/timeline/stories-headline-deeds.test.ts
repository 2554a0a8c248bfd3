import { describe, expect, it } from 'vitest';
import { headlinesTellOneDeed } from '../../../electron/core/timeline/opening-deeds.ts';
import { clusterStories } from '../../../electron/core/timeline/stories.ts';
import { placedOneByOne, storyArticle, unrelatedStoryArticles } from './support.ts';

// Written for this test: an earthquake at Quarrendale told by a science wire in its own terms (magnitude, depth,
// epicentre) and by the town's paper the same day as a tremor that woke the town and cracked its walls. The two share
// the town's name and little else of their words, but both headlines tell one deed in two words. Around them, a
// library of a hundred and twenty notices from other towns, so that Quarrendale is a name the library rarely gives.
const WIRE = storyArticle(
  'wire',
  'Magnitude 4.6 earthquake strikes near Quarrendale',
  [
    'An earthquake of magnitude 4.6 struck near Quarrendale at 3.05am on Friday, the seismic survey said.',
    'Its epicentre lay 7km east of the town at a depth of 11km, and it was felt across the region.',
    'It was the largest recorded there in forty years.',
  ],
  '2036-09-12T04:00:00Z',
);
const PAPER = storyArticle(
  'paper',
  'Tremor wakes Quarrendale and cracks walls',
  [
    'Families in Quarrendale ran out into their gardens in the dark when the ground shook before dawn on Friday.',
    'Chimneys toppled on Ferris Row and the primary school will stay shut while builders check its gable.',
    '"The wardrobe walked across the bedroom," said shopkeeper Anwen Gethin.',
  ],
  '2036-09-12T17:00:00Z',
);
const TOWNS = ['Ashby', 'Bramlow', 'Cotterill', 'Dunfold', 'Elmstead', 'Fenby', 'Garside', 'Holmewood'];
const NOTICES = TOWNS.flatMap((town, t) =>
  Array.from({ length: 15 }, (_, n) =>
    storyArticle(
      `notice-${t}-${n}`,
      `${town} notice ${n + 1}: what is on this month`,
      [`The ${town} society meets on the ${n + 1}th at the hall; all are welcome.`, `Tea is served from ${n + 2}pm.`],
      `2036-0${1 + (n % 8)}-0${1 + t}T10:00:00Z`,
    ),
  ),
);
const ALL = [...NOTICES, WIRE, ...unrelatedStoryArticles('2036-09-12'), PAPER];

describe('two headlines telling one deed in two words beside a rare name', () => {
  it('reads an earthquake and a tremor at one town as one deed, but not a tremor and a vote', () => {
    const rare = () => 5;
    const town = { leading: ['quarrendale'] };
    expect(headlinesTellOneDeed({ ...town, title: WIRE.title }, { ...town, title: PAPER.title }, rare)).toBe(true);
    expect(
      headlinesTellOneDeed({ ...town, title: PAPER.title }, { ...town, title: 'Quarrendale votes on park' }, rare),
    ).toBe(false);
  });

  it('joins the wire and the paper, grouped or placed one by one', () => {
    const stories = clusterStories(ALL);
    expect(stories.find((story) => story.articleIds.includes('wire'))!.articleIds.sort()).toEqual(['paper', 'wire']);
    const placed = placedOneByOne(ALL);
    expect(placed.get('paper')).toBe(placed.get('wire'));
  });
});
