import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle, storyOf } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: a quake at Brenmoor told by a wire as an earthquake and by a weekly as a tremor, sharing the
// town and little else (one story); a fire in Kellow Academy's sports hall and, the next day, the governors' vote to
// close its sixth form, both naming the academy and its head teacher (a trap: two happenings); and two house fires
// in one town three days apart, told as a fire and as a blaze, sharing the town and little else (a trap: what the
// happening's kind adds is not enough alone); and a bakery's job cuts and, two days on, an ammonia leak there, both
// naming the company, the town and the plant manager (a trap: two happenings). Two unrelated
// articles make the library around them.
const article = storyArticle;

const QUAKE_WIRE = article(
  'quake-wire',
  'Earthquake rattles Brenmoor',
  [
    'An earthquake of magnitude 4.3 rattled Brenmoor shortly after midnight on Tuesday, the geological survey said.',
    'Its centre lay about nine kilometres below the moors to the north. No deaths were reported.',
    'It was the strongest recorded in the county for forty years.',
  ],
  '2036-03-11T06:00:00Z',
);
const QUAKE_WEEKLY = article(
  'quake-weekly',
  'Tremor jolts Brenmoor households from their beds',
  [
    'Families across Brenmoor were jolted awake by a tremor in the small hours, with crockery smashed and garden walls cracked.',
    'Pensioner Agnes Tull said her wardrobe had walked halfway across the bedroom.',
    'Volunteers are checking on elderly neighbours, and the parish hall will stay open as a place to sit and talk.',
  ],
  '2036-03-12T09:00:00Z',
);
const HALL_FIRE = article(
  'hall-fire',
  'Blaze destroys sports hall at Kellow Academy',
  [
    'A blaze destroyed the sports hall at Kellow Academy overnight on Sunday, crews said.',
    'Flames were seen through the roof at about 2am and the hall could not be saved.',
    'Head teacher Ruth Adebayo said pupils would use the town leisure centre for lessons this term.',
  ],
  '2036-05-04T08:00:00Z',
);
const SIXTH_FORM_VOTE = article(
  'sixth-form-vote',
  'Governors vote to close Kellow Academy sixth form',
  [
    "Kellow Academy's governors voted on Monday to close its sixth form from next summer.",
    'Numbers staying on after sixteen have halved in five years, the chair of governors said.',
    'Head teacher Ruth Adebayo said the academy would help every student find a college place.',
  ],
  '2036-05-05T17:00:00Z',
);
const TERRACE_FIRE = article(
  'terrace-fire',
  'Fire guts terraced house in Orrwick',
  [
    'Fire gutted a terraced house on Lyle Street in Orrwick on Monday evening, though the family got out.',
    'A mother and her two sons climbed from a back window after a smoke alarm woke them.',
    'Investigators believe a phone charger left on a sofa was to blame.',
  ],
  '2036-06-01T20:00:00Z',
);
const BARN_FIRE = article(
  'barn-fire',
  'Hay barn lost to blaze outside Orrwick',
  [
    'A blaze swept through a hay barn on a farm outside Orrwick on Thursday afternoon.',
    'Smoke could be seen for miles and the farmer lost two hundred bales and a tractor.',
    'Police said they were not treating it as suspicious.',
  ],
  '2036-06-04T15:00:00Z',
);
const JOB_CUTS = article(
  'job-cuts',
  'Maltby Foods to cut 150 jobs in Hesketh',
  [
    'Maltby Foods will cut 150 jobs in Hesketh as it moves bread production to a newer site, the company said on Tuesday.',
    'The losses will come over two years, and the union has promised to fight them.',
    'Site manager Owen Pryce said the cake lines would stay.',
  ],
  '2036-07-07T09:00:00Z',
);
const AMMONIA_LEAK = article(
  'ammonia-leak',
  'Ammonia escape at Hesketh food works',
  [
    'Neighbours of the Maltby Foods works in Hesketh were told to shut their windows on Thursday evening after ammonia leaked from a chiller.',
    'Engineers closed a valve within the hour and two staff were checked by paramedics.',
    'Owen Pryce, who runs the site, said the chiller would stay off until inspected.',
  ],
  '2036-07-09T19:00:00Z',
);
const ALL = [
  QUAKE_WIRE,
  QUAKE_WEEKLY,
  ...unrelatedStoryArticles('2036-03-11'),
  HALL_FIRE,
  SIXTH_FORM_VOTE,
  TERRACE_FIRE,
  BARN_FIRE,
  JOB_CUTS,
  AMMONIA_LEAK,
];

describe('story grouping by what the openings tell happened', () => {
  const stories = clusterStories(ALL);

  it('joins a quake told as an earthquake by one outlet and as a tremor by another, beside the town both name', () => {
    expect(storyOf(stories, 'quake-wire')).toEqual(['quake-weekly', 'quake-wire']);
  });

  it("keeps a school's fire apart from its governors' vote, though both name the school and its head teacher", () => {
    expect([storyOf(stories, 'hall-fire'), storyOf(stories, 'sixth-form-vote')]).toEqual([
      ['hall-fire'],
      ['sixth-form-vote'],
    ]);
  });

  it("keeps a company's job cuts apart from a leak at the same works two days later, though both name its manager", () => {
    expect(storyOf(stories, 'job-cuts')).toEqual(['job-cuts']);
  });

  it('keeps two fires of one town apart, told in other words but sharing only the town', () => {
    expect(storyOf(stories, 'terrace-fire')).toEqual(['terrace-fire']);
  });

  it('decides the same way when articles arrive one by one (StoryAssigner)', () => {
    const placed = placedOneByOne(ALL);
    expect(placed.get('quake-weekly')).toBe(placed.get('quake-wire'));
    expect(placed.get('sixth-form-vote')).not.toBe(placed.get('hall-fire'));
    expect(placed.get('barn-fire')).not.toBe(placed.get('terrace-fire'));
    expect(placed.get('ammonia-leak')).not.toBe(placed.get('job-cuts'));
  });
});
