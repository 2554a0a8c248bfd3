// A live page or a community post opens on a heading ("Summary", "Key points:", "Posted by …"): the story rules read
// the sentence after it as the lede (opening-headings.ts). Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { stemsOf } from '../../../electron/core/timeline/language/subject-asides.ts';
import { fromTheLede, isOpeningHeading } from '../../../electron/core/timeline/stories/opening-headings.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

describe('headings a page opens on', () => {
  it('are the labels of a summary, of what is known, and who posted it', () => {
    for (const heading of [
      'Summary',
      'Key points:',
      'What you need to know',
      'What we know so far',
      'Posted by the Ashby Voice team',
    ])
      expect(isOpeningHeading(heading)).toBe(true);
    for (const sentence of [
      'Summary figures released on Friday show the fund is short by £2m.',
      'Key workers were sent home at noon.',
      'Posted by hand, the letters reached every house on Tuesday.',
    ])
      expect(isOpeningHeading(sentence)).toBe(false);
  });

  it('leave the lede as the first sentence that tells something', () => {
    expect(fromTheLede(['Key points', 'The Elm Lane bridge closed at 6am.', 'Buses are diverted.'])).toEqual([
      'The Elm Lane bridge closed at 6am.',
      'Buses are diverted.',
    ]);
    expect(fromTheLede(['The bridge closed.', 'Summary'])).toEqual(['The bridge closed.', 'Summary']);
  });
});

// A live page on a siege at a pharmacy in Marlbury, opening on "Summary", and the next day's stand-off in a flat on the
// same street, ended by the same superintendent; a wire report of the siege.
const LIVE = storyArticle(
  'siege-live',
  'Marlbury siege live: hostage freed as police end stand-off',
  [
    'Summary',
    'Police ended the siege at the Cobb Lane pharmacy in Marlbury early this morning, and the pharmacist is safe.',
    'Armed officers went in at 5.10am, about 18 hours after the gunman took over the shop.',
    'A 52-year-old local man was arrested at the scene this morning.',
    'Superintendent Idris Lowe of Fenshire Police said the pharmacist had been very brave.',
    'Cobb Lane has reopened to traffic, Fenshire Police say.',
  ],
  '2042-05-14T15:00:00+01:00',
);
const WIRE = storyArticle(
  'siege-wire',
  'Gunman holds pharmacist in English town',
  [
    'MARLBURY, England, May 13 (Tidewell Press) - An armed man has been holding a pharmacist hostage inside a shop in the English town of Marlbury since Tuesday morning, police said.',
    'Fenshire Police said the man walked into the Cobb Lane pharmacy at about 11 a.m. with what appeared to be a shotgun.',
    'Superintendent Idris Lowe told reporters negotiators were talking to the man by telephone.',
  ],
  '2042-05-13T20:00:00Z',
);
const STANDOFF = storyArticle(
  'flat-standoff',
  'Cobb Lane flat stand-off ends peacefully',
  [
    'Posted by the Marlbury Voice team',
    'A man who barricaded himself inside a flat on Cobb Lane came out peacefully this afternoon, a day after the pharmacy siege ended.',
    'Fenshire Police were called at 3am after the man, who is in his twenties, threatened a neighbour with a knife.',
    'Superintendent Idris Lowe of Fenshire Police, who also led the pharmacy operation, said the incidents were not linked.',
    'Residents of Cobb Lane were allowed home at 4pm.',
  ],
  '2042-05-15T17:00:00+01:00',
);

describe('a live page opening on a heading', () => {
  it('opens its fingerprint on its lede', () => {
    const print = fingerprintArticle(LIVE);
    expect(print.lede).toEqual(stemsOf(LIVE.text.split('\n\n')[1]!));
    expect(print.leading).toContain('cobb');
  });

  it('is kept apart from the next day’s stand-off by a man twenty years younger on the same street', () => {
    const stories = clusterStories([WIRE, LIVE, ...unrelatedStoryArticles('2042-05-13'), STANDOFF]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('siege-live')).toEqual(['siege-live', 'siege-wire']);
    expect(storyOf('flat-standoff')).toEqual(['flat-standoff']);
  });
});
