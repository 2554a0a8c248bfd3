import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: a trawler sinking at Brennock harbour and, the same day, the harbour trust sacking its chief
// executive over expenses. Both name the town, the harbour trust and its harbour master, in the same words of the
// port; neither opening tells the other's happening, and no person opens both (a trap: two happenings of one port).
const SINKING = storyArticle(
  'trawler-sinks',
  'Trawler sinks at Brennock harbour, crew of four rescued',
  [
    'The trawler Morwenna sank at her berth in Brennock harbour early on Tuesday after taking on water, and her crew of four were pulled from the harbour by the lifeboat.',
    'Harbour master Aled Pryce said diesel had leaked from the wreck and a boom was placed around the berth.',
    'The Brennock Harbour Trust said the quay would stay closed to fishing boats while the wreck is lifted.',
  ],
  '2037-03-10T09:00:00Z',
);
const SACKING = storyArticle(
  'trust-sacks-chief',
  'Brennock Harbour Trust sacks chief executive over expenses',
  [
    'The Brennock Harbour Trust sacked its chief executive, Rhodri Vaughan-Lisle, on Tuesday after an audit of his expenses.',
    'Harbour master Aled Pryce will run Brennock harbour until a new chief executive is found, the trust said.',
    'The audit found 40,000 in claims for trips the trust could not account for.',
    'The sacking came hours after the trawler Morwenna sank at her berth; Aled Pryce said the quay and the fishing boats would not be affected.',
  ],
  '2037-03-10T16:00:00Z',
);

// Written for this test: a racing cyclist banned after a positive test on the day after a crash in the same race,
// sharing the race, the team and its director by name (a trap: a sanction beside an accident).
const PILE_UP = storyArticle(
  'race-pile-up',
  'Pile-up on the Korvath descent wrecks stage three',
  [
    'A crash involving about twenty riders on the descent of the Korvath pass split the Tour of the Marren Hills on Wednesday, and race leader Anselm Brügger was among those who fell.',
    'Brügger, of the Tessaly-Moor team, finished the stage but lost the lead.',
    'Tessaly-Moor rider Piet Vandam was taken to hospital with a broken wrist. Race director Odile Marchetti said the road would be checked.',
  ],
  '2037-05-20T17:00:00Z',
);
const DOPING_BAN = storyArticle(
  'rider-suspended',
  'Tessaly-Moor rider suspended after positive test',
  [
    'Tessaly-Moor rider Joost Kerremans was provisionally suspended on Thursday after a sample he gave in April tested positive, the anti-doping agency said.',
    'Kerremans was withdrawn from the Tour of the Marren Hills before the start of stage four.',
    'Race director Odile Marchetti said it was a bad week for the race and its riders, a day after a crash on the descent brought down the Tessaly-Moor team leader.',
  ],
  '2037-05-21T18:00:00Z',
);

// Written for this test: the harbour trust suspending the trawler's skipper after the sinking, a later article on the
// same happening whose opening names it, with new people (one story).
const SKIPPER_SUSPENDED = storyArticle(
  'skipper-suspended',
  'Brennock skipper suspended after trawler sinking',
  [
    'The Brennock Harbour Trust suspended the skipper of the Morwenna on Thursday, two days after the trawler sank at her berth in Brennock harbour.',
    'Harbour master Aled Pryce said the skipper had ignored a warning about the pumps. Salvage divers from Kerrow Marine began lifting the wreck.',
  ],
  '2037-03-12T12:00:00Z',
);
// A follow-up that tells the crash again in other words, beside new people: the team doctor and a rider's surgery.
const SURGERY = storyArticle(
  'rider-surgery',
  'Vandam needs surgery after Korvath crash',
  [
    'Tessaly-Moor rider Piet Vandam will have surgery on his wrist after the crash on the Korvath descent that brought down twenty riders.',
    'Team doctor Mireille Sandoz said he would miss the rest of the Tour of the Marren Hills.',
  ],
  '2037-05-21T10:00:00Z',
);

function storyOf(all: readonly StoryArticle[], id: string): string[] {
  return clusterStories(all)
    .find((found) => found.articleIds.includes(id))!
    .articleIds.filter((member) => member !== 'bakery' && member !== 'match')
    .sort();
}

describe('story grouping of a sanction beside an accident of the same place', () => {
  it('keeps a harbour trust sacking its chief apart from a trawler sinking in its harbour that day', () => {
    const all = [SINKING, ...unrelatedStoryArticles('2037-03-10'), SACKING];
    expect(storyOf(all, 'trawler-sinks')).toEqual(['trawler-sinks']);
    const placed = placedOneByOne(all);
    expect(placed.get('trust-sacks-chief')).not.toBe(placed.get('trawler-sinks'));
  });

  it("keeps a rider's doping ban apart from the crash in the same race the day before", () => {
    const all = [PILE_UP, ...unrelatedStoryArticles('2037-05-20'), DOPING_BAN];
    expect(storyOf(all, 'race-pile-up')).toEqual(['race-pile-up']);
    const placed = placedOneByOne(all);
    expect(placed.get('rider-suspended')).not.toBe(placed.get('race-pile-up'));
  });

  it('joins a sanction whose opening tells the sinking it follows', () => {
    const all = [SINKING, ...unrelatedStoryArticles('2037-03-10'), SKIPPER_SUSPENDED];
    expect(storyOf(all, 'trawler-sinks')).toEqual(['skipper-suspended', 'trawler-sinks']);
  });

  it('joins a follow-up on the crash with new people', () => {
    const all = [PILE_UP, ...unrelatedStoryArticles('2037-05-20'), SURGERY];
    expect(storyOf(all, 'race-pile-up')).toEqual(['race-pile-up', 'rider-surgery']);
  });
});
