import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import { openingsTellOneHappening } from '../../../electron/core/timeline/stories/opening-words.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarityParts,
} from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a goods train off the rails at Quenby, told by a wire and by a village blog's notes for
// neighbours (its own people, its own hall and buses), and a storm that brought trees down onto Quenby's level crossing
// the same week, told by the blog. The library holds a hundred and forty other articles, none naming Quenby.
const WIRE = storyArticle(
  'wire',
  'Goods train derails near Quenby, spilling oil into Mardle Brook',
  [
    'QUENBY, England, Oct 3 (Newsline) - Nine wagons of a goods train left the rails near the village of Quenby early on Friday, spilling oil into the Mardle Brook, police said.',
    'Northline Freight said the train was carrying fuel oil and timber from Hexley docks to a depot in the Midlands.',
    'The Environment Agency put booms across the brook to stop the oil reaching the River Tolle.',
    'The Rail Accident Investigation Branch sent inspectors to examine the track and the wagons.',
    'Passenger services between Hexley and Corby Vale were suspended for the day.',
  ],
  '2034-10-03T09:00:00+01:00',
);
const BLOG = storyArticle(
  'blog',
  'Quenby derailment: what we know so far',
  [
    'Several of you have asked about the goods train that derailed outside Quenby on Friday, so here are some answers.',
    'Tilly Okoro from the parish council says nobody in the village was hurt and the smell should fade within days.',
    'The school bus will use Pound Lane until the crossing opens again, and the Saturday market goes ahead in the Victory Hall with Wenna Pascoe in charge.',
    'If your garden backs onto the Mardle Brook, keep children and dogs away from the water for now.',
    'Northline Freight, whose train it was, says its crews are still working beside the Mardle Brook.',
    'We will post again when the clean-up crews tell us more.',
  ],
  null,
);
const STORM = storyArticle(
  'storm',
  'Storm brings trees down across Quenby level crossing',
  [
    'Two big beeches came down across the level crossing at Quenby during Tuesday night’s storm, and the line was shut until lunchtime.',
    'The churchyard wall also needs work, and volunteers are wanted on Saturday.',
    'If you lost power, the electricity board says everyone should be back on by tonight.',
  ],
  null,
);

const TOPICS = [
  'allotment',
  'choir',
  'library',
  'cricket',
  'bakery',
  'museum',
  'orchard',
  'ferry',
  'theatre',
  'market',
];
const OTHERS: StoryArticle[] = Array.from({ length: 140 }, (_, index) => {
  const topic = TOPICS[index % TOPICS.length]!;
  return storyArticle(
    `other-${index}`,
    `The ${topic} season opens with a week of events`,
    [
      `Readers have sent in their ${topic} photographs from the first week of the season, number ${index + 1} in our series.`,
      `Volunteers say the ${topic} has rarely been busier, and more help would be welcome on weekday mornings.`,
    ],
    `2034-0${1 + (index % 9)}-1${index % 10}T09:00:00+01:00`,
  );
});

function scores(a: StoryArticle, b: StoryArticle) {
  const prints = [...OTHERS, WIRE, BLOG, STORM].map(fingerprintArticle);
  const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
  return similarityParts(fingerprintArticle(a), fingerprintArticle(b), idf, entityIdf);
}

describe('two reports that open on one happening at a place the library rarely names', () => {
  it('joins the blog’s notes to the wire’s report, both opening on the goods train derailed at Quenby', () => {
    expect(scores(WIRE, BLOG).score).toBeGreaterThanOrEqual(JOIN_THRESHOLD + 0.02);
    const stories = clusterStories([...OTHERS, WIRE, BLOG]);
    expect(stories.find((story) => story.articleIds.includes('wire'))!.articleIds.sort()).toEqual(['blog', 'wire']);
  });

  it('keeps apart the storm at the same crossing, whose opening names Quenby and its line beside other words', () => {
    expect(scores(STORM, BLOG).score).toBeLessThan(JOIN_THRESHOLD);
    expect(scores(STORM, WIRE).score).toBeLessThan(JOIN_THRESHOLD);
    const stories = clusterStories([...OTHERS, WIRE, BLOG, STORM]);
    expect(stories.find((story) => story.articleIds.includes('storm'))!.articleIds).toEqual(['storm']);
  });

  it('places them so as articles arrive one at a time, as the library does', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of [...OTHERS, WIRE, BLOG, STORM]) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('blog')).toBe('story-wire');
    expect(placed.get('storm')).toBe('story-storm');
  });
});

describe('openingsTellOneHappening', () => {
  const rare = (name: string) => (name === 'quenby' ? 6 : 2);
  const names = () => ['quenby', 'pound lane'];
  const derailed = { title: 'Goods train derails at Quenby', lede: ['wagon', 'left', 'rail'], leading: ['quenby'] };

  it('reads two words of what happened beside a rare name both openings give', () => {
    const notes = { title: 'Quenby notes', lede: ['good', 'train', 'derai'], leading: ['quenby'] };
    expect(openingsTellOneHappening(derailed, notes, rare, names)).toBe(true);
  });

  it('takes one word in common for what many stories share, and a name’s own words for no happening', () => {
    const storm = {
      title: 'Storm brings trees down onto Quenby line',
      lede: ['pound', 'lane', 'train'],
      leading: ['quenby'],
    };
    expect(openingsTellOneHappening(derailed, storm, rare, names)).toBe(false);
  });

  it('takes a name the library often gives for no sign of one happening', () => {
    const town = { title: 'Goods train derails at Quenby', lede: ['wagon'], leading: ['quenby'] };
    expect(openingsTellOneHappening(derailed, town, () => 3, names)).toBe(false);
  });
});
