import { describe, expect, it } from 'vitest';
import {
  figureInCommon,
  isPreciseFigure,
  PARTICULARS_WEIGHT,
  particularsWeight,
} from '../../../electron/core/timeline/stories/happening-particulars.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

// Written for this test: a reservoir closed to boats in a drought, told by the county paper on the day, and by a
// sailing club member's own page a week later that names neither the reservoir nor the town, only her club's slipway
// and neighbours, yet gives the water's level without its unit and the day the closure ends; beside them two stories
// that share one particular each with the paper (a day, a figure) and nothing else of note.
const PAPER = storyArticle(
  'paper',
  'Drought shuts Harrowgill reservoir to boats as level drops',
  [
    'Sailing and rowing on Harrowgill reservoir were banned on Thursday after the water fell to its lowest level on record.',
    'The gauge by the dam read 137 metres on Wednesday evening, the water company said, and the shallows are full of old fence posts.',
    'The ban on boats will last until October 3 unless heavy rain refills the reservoir before then.',
    'Anglers may still fish from the bank, but the slipways are closed and the rescue launch has been lifted out.',
    'Regional manager Oskar Pennock said the closure was for safety and not to save water.',
  ],
  '2034-08-24T09:00:00Z',
);
const CLUB_PAGE = storyArticle(
  'club-page',
  'A summer without sailing',
  [
    'Our dinghies have sat on their trolleys since the ban on boats, and the slipway ends in cracked mud.',
    'The gauge by the dam read 137 last time I walked past, the lowest level any of us have known on the reservoir.',
    'The rescue launch went out on a lorry, and the shallows are a forest of fence posts.',
    'We are told the ban lasts until 10/3, so the autumn regatta is off for the first time since the club began.',
  ],
  null,
);
const OTHERS = [
  storyArticle(
    'fair',
    'Cattle show returns to Wenby fields',
    [
      'The Wenby cattle show returns on October 3 after two years away, with 137 classes for cattle, sheep and goats.',
      'Organiser Deirdre Lamb said the judging ring had been moved closer to the car park.',
    ],
    '2034-08-20T08:00:00Z',
  ),
  storyArticle(
    'library',
    'Harrowgill library to open on Sundays',
    [
      'Harrowgill library will open on Sunday afternoons from next month, the council said.',
      'Volunteers will run the children’s corner and a weekly reading group.',
    ],
    '2034-08-21T08:00:00Z',
  ),
];
const ALL = [...OTHERS, PAPER, CLUB_PAGE];

describe('particulars of two kinds: a figure and a day both tell, beside words not unalike', () => {
  it('takes a figure above any day or minute, not a year and not a round one, for a precise figure', () => {
    expect(['137', '412', '3107'].map(isPreciseFigure)).toEqual([true, true, true]);
    expect(['40', '2034', '25', '47', '1962', '1,250', 'ban'].map(isPreciseFigure)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(figureInCommon({ '137': 1, dam: 1 }, { '137': 2 })).toBe(true);
    expect(figureInCommon({ '25': 1, '2034': 1 }, { '25': 1, '2034': 1 })).toBe(false);
  });

  it('weighs two kinds of particulars twice, and a figure or a day alone not at all', () => {
    const none = { people: () => false, counts: () => false, moments: () => false };
    const both = { ...none, figures: () => true, anyMoment: () => true };
    expect(particularsWeight(0.25, both)).toBe(2 * PARTICULARS_WEIGHT);
    expect(particularsWeight(0.15, both)).toBe(0);
    expect(particularsWeight(0.25, { ...none, figures: () => true, anyMoment: () => false })).toBe(0);
    expect(particularsWeight(0.25, { ...none, figures: () => false, anyMoment: () => true })).toBe(0);
    expect(particularsWeight(0.25, { ...none, people: () => true, anyMoment: () => true })).toBe(
      2 * PARTICULARS_WEIGHT,
    );
  });

  it("joins a club member's page that names nothing the paper names but gives its level and the ban's end", () => {
    expect(storyOf(clusterStories(ALL), 'club-page')).toEqual(['club-page', 'paper']);
    const assigner = new StoryAssigner();
    for (const arriving of [...OTHERS, PAPER]) assigner.add(fingerprintArticle(arriving), `story-${arriving.id}`);
    expect(assigner.choose(fingerprintArticle(CLUB_PAGE))).toBe('story-paper');
  });

  it('keeps apart a show sharing the figure and the day but not the words, and a library sharing the town', () => {
    const stories = clusterStories(ALL);
    expect(storyOf(stories, 'fair')).toEqual(['fair']);
    expect(storyOf(stories, 'library')).toEqual(['library']);
  });
});
