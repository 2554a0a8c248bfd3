// Two outlets telling one happening in other words still give the same count of the same thing ("nine climbers"):
// beside a place both name, that groups them into one story.
import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import { countedThings } from '../../../electron/core/timeline/stories/counted-things.ts';
import { clusterStories, fingerprintArticle, similarity } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

const cavers = storyArticle(
  'cavers-trapped',
  'Nine cavers trapped by flood in Brask gorge',
  [
    'Nine cavers were trapped underground in the Brask gorge on Saturday when a stream burst into the passage behind them.',
    'Rescue teams from three valleys gathered at the entrance overnight.',
    'Divers reached the group at dawn and found everyone alive, the mountain service said.',
  ],
  '2027-08-14T21:00:00+02:00',
);
const rescued = (count: string) =>
  storyArticle(
    `pump-firm-${count}`,
    'Local pump maker’s kit helped bring explorers out',
    [
      `Pumps made by Velder Hydraulics helped lower the water so that ${count} cavers trapped in a flooded system in the Brask gorge could be led out yesterday, the firm said.`,
      'Its engineers drove the equipment up from the plant in Ostrand overnight.',
      'The company’s shares rose on the news.',
    ],
    '2027-08-16T08:00:00+02:00',
  );

describe('counted things', () => {
  it('reads counts of things in figures or words, and leaves out years, measures and amounts', () => {
    const counted = countedThings(
      'Fourteen porters and 2,300 passengers waited; 14 porters struck for 48 hours in 2019 over a 6.5 per cent rise.',
    );
    expect(counted.get('14 porte')).toBe(2);
    expect(counted.get('2300 passe')).toBe(1);
    expect([...counted.keys()].some((key) => /^(?:48|2019|6\.5|5)\b/.test(key))).toBe(false);
  });
});

// Articles of other stories, so that words the cave articles share are rare in the library, as they would be.
const others = [
  storyArticle(
    'library',
    'Library reopens',
    ['The library on Hale Street reopened on Monday after a two-year refit.'],
    '2027-08-15',
  ),
  storyArticle(
    'council-tax',
    'Council tax to rise',
    ['The council voted on Tuesday to raise council tax by 4 per cent.'],
    '2027-08-15',
  ),
];

describe('stories told with other words', () => {
  it('groups two articles that name one place and give the same count of the same thing, not another count', () => {
    const story = (count: string) =>
      clusterStories([cavers, rescued(count), ...others]).find((s) => s.articleIds.includes('cavers-trapped'))!;
    expect(story('nine').articleIds).toEqual(['cavers-trapped', 'pump-firm-nine']);
    expect(story('eleven').articleIds).toEqual(['cavers-trapped']);
  });

  it('weighs the same count above a different one, other words alike', () => {
    const [a, same, other] = [cavers, rescued('nine'), rescued('eleven')].map(fingerprintArticle);
    const idf = inverseDocumentFrequency([a!, same!, other!].map((f) => f.terms));
    const entityIdf = inverseDocumentFrequency([a!, same!, other!].map((f) => f.entities));
    expect(similarity(a!, same!, idf, entityIdf)).toBeGreaterThan(similarity(a!, other!, idf, entityIdf));
  });
});
