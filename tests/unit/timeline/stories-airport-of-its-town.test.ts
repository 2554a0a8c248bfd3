// An airport named after its town ("Tarrowby Airport") is that town in another outlet's report, which writes
// "Tarrowby's airport" or "flights out of Tarrowby": the airport's own report and a stranded band's home paper share
// the place only if stories key the airport by its town's word, as they key "Kemble Water" and "Port Sennick".
// Written for this test.
import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { placeKey } from '../../../electron/core/timeline/stories/place-name-heads.ts';
import {
  clusterStories,
  fingerprintArticle,
  type StoryArticle,
} from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

const withWords = (article: StoryArticle): StoryArticle => ({ ...article, knownWords: KNOWN_WORDS });

const CLOSED = withWords(
  storyArticle(
    'closed',
    'Fuel leak closes Tarrowby Airport for a day',
    [
      'Tarrowby Airport was closed for most of Friday after jet fuel leaked from a broken hydrant under the main apron.',
      'About 90 flights were cancelled and some 11,000 passengers were caught up, the operator said.',
      'Fire crews spread foam across the apron while engineers dug up the pipe. The runway reopened at 7.30 p.m.',
      'Chief executive Oren Maddox said the leak had been "a very long day for everyone".',
    ],
    '2036-09-12T21:00:00Z',
  ),
);
const BAND = withWords(
  storyArticle(
    'band',
    'Hollin Brass Band stuck abroad as fuel leak grounds flights',
    [
      'Thirty players of the Hollin Brass Band are stranded after a fuel leak shut Tarrowby’s airport on Friday, cancelling their flight home.',
      'They had played their last concert of the tour on Thursday night, conductor Ruth Alvey said by phone from the hotel.',
      'About 90 flights out of Tarrowby were cancelled while the leak under the apron was dug up.',
      'The band now hopes to fly home on Sunday.',
    ],
    '2036-09-13T08:00:00Z',
  ),
);

describe('an airport named after its town', () => {
  it('is keyed by the town’s own word', () => {
    expect(placeKey('tarrowby airport', new Set())).toBe('tarrowby');
    expect(fingerprintArticle(CLOSED).entities.tarrowby).toBeGreaterThan(0);
  });

  it('keeps its head when the text also writes the word in lower case', () => {
    expect(placeKey('regional airport', new Set(['regional']))).toBe('regional airport');
  });

  it('joins the airport’s closure and the stranded band’s report, and nothing else', () => {
    const stories = clusterStories([CLOSED, BAND, ...unrelatedStoryArticles('2036-09-12')]);
    const ofClosure = stories.find((story) => story.articleIds.includes('closed'))!.articleIds;
    expect([...ofClosure].sort()).toEqual(['band', 'closed']);
  });
});
