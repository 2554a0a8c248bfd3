import { describe, expect, it } from 'vitest';
import { happeningsOfTwoStreets, streetsOpenedOn } from '../../../electron/core/timeline/stories/happening-streets.ts';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: in the town of Pelham Cross on one Thursday, a fire in the sports hall of Ridgeway Academy
// before dawn, and that evening a fire in the laundry of Larch House care home. The care home's report names the
// station manager who spent the morning at the academy and the police inspector of both (a trap: two fires of one town,
// one day, each at a named building rather than a street).
const ACADEMY = storyArticle(
  'academy-fire',
  'Sports hall gutted by fire at Pelham Cross academy',
  [
    'Fire gutted the sports hall of Ridgeway Academy in Pelham Cross early on Thursday, hours before the first lessons.',
    'Eight fire engines were called at 4.40am. Station manager Tova Brennan said the roof of the hall had fallen in.',
    'Principal Hugh Aske said the rest of the academy would open as normal on Friday. Inspector Noel Varga of Ambergate Police said the cause was being investigated.',
  ],
  '2039-10-13T11:00:00+01:00',
);
const CARE_HOME = storyArticle(
  'care-home-fire',
  'Care home residents moved after laundry fire in Pelham Cross',
  [
    'Twenty-two elderly residents were moved to a day centre on Thursday evening after a fire broke out in the laundry of Larch House in Pelham Cross.',
    'Station manager Tova Brennan, whose crews had spent the morning at the academy, said a tumble dryer was to blame and nobody was hurt.',
    'Inspector Noel Varga of Ambergate Police thanked neighbours who brought blankets and tea.',
  ],
  '2039-10-13T21:30:00+01:00',
);
// The academy fire told again by another paper, which keeps the sports hall and the academy's name (one story).
const ACADEMY_AGAIN = storyArticle(
  'academy-fire-again',
  'Ridgeway pupils to play sport at leisure centre after fire',
  [
    'Pupils at Ridgeway Academy will use the town leisure centre for PE lessons until their fire-damaged sports hall is rebuilt.',
    'Principal Hugh Aske said insurers had visited the site on Friday.',
    'Inspector Noel Varga said there was nothing to suggest the fire had been started deliberately.',
  ],
  '2039-10-14T12:00:00+01:00',
);

function storyOf(all: readonly StoryArticle[], id: string): string[] {
  return clusterStories(all)
    .find((found) => found.articleIds.includes(id))!
    .articleIds.filter((member) => member !== 'bakery' && member !== 'match')
    .sort();
}

describe('the named site an opening places its happening at', () => {
  it("reads a building's, a school's, a farm's and an estate's own words from a lede", () => {
    expect(
      streetsOpenedOn('Fire at care home', 'A fire broke out in the laundry of Larch House in Pelham Cross.'),
    ).toEqual(['larch']);
    expect(streetsOpenedOn('School fire', 'Fire gutted the hall of Ashgrove Primary School on Monday.')).toEqual([
      'ashgrove',
    ]);
    expect(streetsOpenedOn('Thefts', 'Tools were taken from Hollins Farm and the Millbeck industrial estate.')).toEqual(
      [
        'hollin', // as the word counts key it
        'millbeck',
      ],
    );
  });

  it('reads no site from a street that goes on past one ("Upper Mill Lane") nor from a headline\'s capitals', () => {
    expect(streetsOpenedOn('Crash On Old Mill Road', 'A car hit a wall on Upper Mill Lane.')).toEqual([
      'old mill',
      'upper mill',
    ]);
    expect(streetsOpenedOn('Blaze At Fenwick House', 'A fire broke out in a flat on Monday.')).toEqual([]);
  });
});

describe('two happenings to things at two places', () => {
  // A lorry hit by a train at one street and a house burning on another: two kinds, two places, one town's names.
  const crash = {
    title: 'Train hits lorry at Hallowby crossing',
    lede: ['train', 'hit', 'lorry', 'mardl', 'lane', 'cross', 'hallo'],
    leading: ['hallowby'],
    happenings: ['impact:hit'],
    streets: ['mardle'],
    terms: { train: 2, lorry: 3, mardle: 1, lane: 1, hallowby: 2, fire: 1 },
  };
  const houseFire = {
    title: 'Woman rescued from burning Hallowby home',
    lede: ['firef', 'carri', 'woman', 'house', 'tanne', 'row', 'hallo'],
    leading: ['hallowby'],
    happenings: ['fire:burni'],
    streets: ['tanner'],
    terms: { woman: 2, house: 2, tanner: 1, row: 1, hallowby: 2, fire: 3 },
  };

  it('tells a crash on one street and a fire on another apart, though their kinds differ', () => {
    expect(happeningsOfTwoStreets(crash, houseFire, () => ['hallowby'])).toBe(true);
  });

  it('does not, when the openings share a word of what happened beyond the happening ("lorry")', () => {
    const lorryFire = { ...houseFire, lede: [...houseFire.lede, 'lorry'] };
    expect(happeningsOfTwoStreets(crash, lorryFire, () => ['hallowby'])).toBe(false);
  });
});

describe('story grouping of two fires of one town on one day at two named buildings', () => {
  it('keeps the care home fire apart from the academy fire, though it names their station manager and inspector', () => {
    const all = [ACADEMY, ...unrelatedStoryArticles('2039-10-13'), CARE_HOME];
    expect(storyOf(all, 'care-home-fire')).toEqual(['care-home-fire']);
    const placed = placedOneByOne(all);
    expect(placed.get('care-home-fire')).not.toBe(placed.get('academy-fire'));
  });

  it('keeps them apart whichever is told first', () => {
    const all = [CARE_HOME, ...unrelatedStoryArticles('2039-10-13'), ACADEMY];
    expect(storyOf(all, 'care-home-fire')).toEqual(['care-home-fire']);
  });

  it("joins the academy fire told again, which keeps the academy's name", () => {
    const all = [ACADEMY, CARE_HOME, ...unrelatedStoryArticles('2039-10-13'), ACADEMY_AGAIN];
    expect(storyOf(all, 'academy-fire')).toEqual(['academy-fire', 'academy-fire-again']);
  });
});
