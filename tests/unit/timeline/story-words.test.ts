// A follow-up that names the town only once, under a headline that does not name it, still joins the story when it
// shares most of its rarer words ("boil-water notice", "chlorine dosing unit"); one name and ordinary words do not.
import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

const notice = storyArticle(
  'notice-issued',
  'Orrbridge told to boil water after chlorine dosing unit fails',
  [
    'About 9,000 homes in Orrbridge were told on Monday to boil their tap water after a chlorine dosing unit failed at the Saltgate pumping station.',
    'The boil-water notice reached households by text message, and bottled water was handed out at the leisure centre.',
    'Engineers said fresh samples from the reservoir would be taken on Wednesday.',
  ],
  '2027-03-08T21:00:00+00:00',
);
const followUp = (town: string) =>
  storyArticle(
    `notice-over-${town}`,
    'The boil-water notice is over: what to do now',
    [
      `The boil-water notice in ${town} was lifted this morning after fresh samples came back clean.`,
      'Run each cold tap for five minutes, and throw away ice made while the notice was in force.',
      'A replacement chlorine dosing unit will be fitted at the pumping station next month, engineers said.',
      'Bottled water will still be handed out at the leisure centre on Tarn Street until Friday.',
      'Pupils at Wenlow Primary lost two days of lessons, and the Kessock Road surgery saw a dozen stomach bugs.',
    ],
    null,
  );
// Articles of other stories, so that the words the notice articles share are rare in the library, as they would be.
const others = [
  storyArticle(
    'orrby-market',
    'Orrbridge market moves to the quay',
    ['The Saturday market in Orrbridge will move to the quay from April, the council said on Tuesday.'],
    '2027-03-09',
  ),
  storyArticle(
    'rail-fares',
    'Rail fares to rise',
    ['Rail fares will rise by 3 per cent in May, the operator announced on Monday.'],
    '2027-03-08',
  ),
  storyArticle(
    'pool-reopens',
    'Leisure centre pool reopens',
    ['The pool at the Kelden leisure centre reopened on Saturday after new tiles were laid.'],
    '2027-03-06',
  ),
];

describe('stories told by a follow-up that names the town once', () => {
  it('groups it with the story whose rarer words it shares, beside the one name', () => {
    const stories = clusterStories([notice, followUp('Orrbridge'), ...others]);
    const story = stories.find((s) => s.articleIds.includes('notice-issued'))!;
    expect(story.articleIds).toEqual(['notice-issued', 'notice-over-Orrbridge']);
  });

  it('leaves an article that only shares the town’s name and everyday words on its own', () => {
    const stories = clusterStories([notice, ...others]);
    const market = stories.find((s) => s.articleIds.includes('orrby-market'))!;
    expect(market.articleIds).toEqual(['orrby-market']);
  });
});
