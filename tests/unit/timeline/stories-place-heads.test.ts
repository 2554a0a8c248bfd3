// Places named with the word for their kind ("the River Tallow", "Kemble Water", "Port Sennick") are the place their own
// word names alone in another outlet's report ("the Tallow", "Kemble", "Sennick"): stories compare them by that word.
import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import {
  nameWordsOf,
  placeKey,
  withPlacesTakenForPeople,
} from '../../../electron/core/timeline/stories/place-name-heads.ts';
import {
  clusterStories,
  fingerprintArticle,
  type StoryArticle,
} from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

const withWords = (article: StoryArticle): StoryArticle => ({ ...article, knownWords: KNOWN_WORDS });

// Written for this test: a diesel spill told on the day by the valley paper, which names the river in full, and two
// days on by a wire that names it by its own word alone.
const SPILL = withWords(
  storyArticle(
    'spill',
    'Diesel slick spreads down the River Tallow',
    [
      'About 9,000 litres of diesel leaked into the River Tallow from a ruptured tank at a haulage yard near Brennock on Tuesday.',
      'Anglers reported a rainbow sheen stretching for two miles below the yard, and booms were laid across the water by evening.',
      'The environment agency said it was too early to say how many fish had died.',
    ],
    '2034-04-11T17:00:00Z',
  ),
);
const FISH = withWords(
  storyArticle(
    'fish',
    'Dead trout counted along the Tallow after fuel leak',
    [
      'Volunteers have counted more than 700 dead trout along the Tallow since diesel escaped from a haulage yard tank last week.',
      'Brennock angling club said the stretch had taken ten years to restock and would be closed to fishing for the season.',
    ],
    '2034-04-13T10:00:00Z',
  ),
);
// A water company the tagger may take for a person ("Kemble Water"), and the same company named by its first word.
const OUTAGE = withWords(
  storyArticle(
    'outage',
    'Kemble Water customers without supply after pumping fault',
    [
      'Kemble Water said 12,000 homes were without running water on Thursday after a pumping station failed overnight.',
      'Kemble Water has opened bottled water stations at three car parks, a spokeswoman said.',
    ],
    '2034-05-04T09:00:00Z',
  ),
);

describe('places named with the word for their kind', () => {
  it('keys "River Tallow", "Port Sennick" and "Kemble Water" by their own word', () => {
    const none = new Set<string>();
    expect(placeKey('river tallow', none)).toBe('tallow');
    expect(placeKey('port sennick', none)).toBe('sennick');
    expect(placeKey('kemble water', none)).toBe('kemble');
    expect(placeKey('orrin falls', none)).toBe('orrin');
  });

  it('keeps the head of a name whose own word the text also writes in lower case, or that is no place', () => {
    expect(placeKey('mill lane', new Set(['mill']))).toBe('mill lane');
    expect(placeKey('kemble water', new Set(['kemble']))).toBe('kemble water');
    expect(placeKey('ingrid holm', new Set())).toBe('ingrid holm');
    expect(placeKey('kemble water board', new Set())).toBe('kemble water board');
  });

  it('takes a "person" whose last word is a place head for a place', () => {
    const entities = { people: ['Kemble Water', 'Odile Fairweather'], organizations: [], places: [] };
    expect(withPlacesTakenForPeople(entities)).toEqual({
      people: ['Odile Fairweather'],
      organizations: [],
      places: ['Kemble Water'],
    });
  });

  it('still reads the head of a name keyed by its own word as a word of the name, not of what happened', () => {
    const lane = { entities: { moss: 2 }, names: { moss: 'Moss Lane' } };
    const town = { entities: { ravensby: 1 }, names: {} };
    expect(nameWordsOf(lane, town)).toEqual(['moss', 'ravensby', 'Moss Lane']);
  });

  it('gives the river one key in the report naming it in full and in the one naming it by its own word', () => {
    const [spill, fish] = [fingerprintArticle(SPILL), fingerprintArticle(FISH)];
    expect(spill.entities).toHaveProperty('tallow');
    expect(fish.entities).toHaveProperty('tallow');
    expect(spill.entities).not.toHaveProperty('river tallow');
  });

  it('counts the water company as a place named by its own word, never as a person named in full', () => {
    const print = fingerprintArticle(OUTAGE);
    expect(print.entities).toHaveProperty('kemble');
    expect(print.people ?? []).not.toContain('kemble water');
    expect(print.places).toContain('kemble');
  });

  it('joins the wire’s report to the valley paper’s', () => {
    const stories = clusterStories([...unrelatedStoryArticles('2034-04-10'), SPILL, FISH]);
    const spill = stories.find((story) => story.articleIds.includes('spill'))!;
    expect(spill.articleIds).toContain('fish');
  });
});
