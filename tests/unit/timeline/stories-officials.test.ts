import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { officialsOfThePlace } from '../../../electron/core/timeline/stories/officials-of-the-place.ts';
import { withPlacesTakenForPeople } from '../../../electron/core/timeline/stories/place-name-heads.ts';
import type { StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: the town of Pellow Ford on two days. On the Monday a tractor overturned on the Mardle Road and
// killed its driver; on the Tuesday a van left the same road at the river bend and its driver was hurt. Both reports
// quote the county's sheriff and the hospital's spokeswoman, named in full: the town's officials, not either
// happening's. A follow-up of the tractor names the sheriff too, and the driver who died. (Their other names in common,
// the town, the road and the hospital, still join the van to the tractor: that is for the names' part to tell.)
const article = storyArticle;

const TRACTOR = article(
  'tractor',
  'Farmer killed as tractor overturns on Mardle Road',
  [
    'A farmer died on Monday afternoon when his tractor overturned on the Mardle Road outside Pellow Ford.',
    'The driver, Jonah Pettifer, 58, farmed land beside the road, Sheriff Wade Kittredge said.',
    'He was taken to Pellow Ford Memorial Hospital but died soon after he arrived, said Nadine Corriveau, a spokeswoman for the hospital.',
    'The sheriff said the road was wet and the tractor had been pulling a loaded trailer up the hill.',
    'Deputies closed the Mardle Road for three hours while the trailer was cleared.',
  ],
  '2036-05-12T19:00:00Z',
);
const VAN = article(
  'van',
  'Van driver hurt as vehicle leaves Mardle Road at river bend',
  [
    'A delivery van left the Mardle Road at the river bend outside Pellow Ford on Tuesday morning and rolled down the bank.',
    'Its driver, Lyle Mercado, 34, was cut free by firefighters, Sheriff Wade Kittredge said.',
    'He was taken to Pellow Ford Memorial Hospital with a broken arm, said Nadine Corriveau, a spokeswoman for the hospital.',
    'The sheriff said the road was wet and the van had been travelling too fast for the bend.',
    'Deputies closed the Mardle Road for two hours while the van was winched up the bank.',
  ],
  '2036-05-13T15:00:00Z',
);
const FUNERAL = article(
  'funeral',
  'Pellow Ford says goodbye to farmer killed on the Mardle Road',
  [
    'Hundreds filled the chapel in Pellow Ford on Saturday for the funeral of Jonah Pettifer, who died when his tractor overturned.',
    'Sheriff Wade Kittredge, who led the inquiry into the crash, said the loaded trailer had pulled the tractor over on the wet hill.',
    'Neighbours said Jonah Pettifer had farmed beside the Mardle Road for forty years, and they lined the road as the hearse passed.',
  ],
  '2036-05-17T18:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2036-05-12');

const parts = (a: StoryArticle, b: StoryArticle) => pairParts(a, b, OTHERS);

describe('officials of the place', () => {
  const officials = (text: string, title = 'A headline') =>
    [...officialsOfThePlace(title, text, withPlacesTakenForPeople(extractEntities(text)).people)].sort();

  it('reads people named by an office of the place, before their name or after it', () => {
    expect(officials('Sheriff Wade Kittredge said the road was wet.')).toEqual(['wade kittredge']);
    expect(officials('Council leader Ingrid Faulds said the hall would open.')).toEqual(['ingrid faulds']);
    expect(officials('"It was a long night," said watch manager Petra Lindqvist of Barrow fire station.')).toEqual([
      'petra lindqvist',
    ]);
    expect(officials('He was stable, said Nadine Corriveau, a spokeswoman for the hospital.')).toEqual([
      'nadine corriveau',
    ]);
    expect(officials('Ambulance service manager Derek Osei said four crews were sent.')).toEqual(['derek osei']);
  });

  it("leaves the happening's own people: its driver, its victims, a trade, a former official, a headline's person", () => {
    expect(officials('Its driver, Lyle Mercado, 34, was cut free by firefighters.')).toEqual([]);
    expect(officials('A second-grade teacher, Rosa Elling, felt faint in the hallway.')).toEqual([]);
    // A school is as often the scene of its happening (a fire in its laboratories) as the town's: its head is its own.
    expect(officials('Head teacher Colm Ridley wrote to parents on Friday.')).toEqual([]);
    expect(officials('"We lost everything," said Bea Hollins, who runs the cafe on Harbour Street.')).toEqual([]);
    expect(officials("The council's former finance director, Ivo Brandt, was found guilty on Friday.")).toEqual([]);
    expect(officials('Mayor Ada Quist said she would resign.', 'Quist quits as mayor after vote')).toEqual([]);
  });
});

describe('stories: officials of the place vouch for no one happening', () => {
  it('reads no particular in common from the sheriff and the hospital spokeswoman two happenings share', () => {
    expect(fingerprintArticle(VAN).people).toEqual(['lyle mercado']);
    expect(parts(TRACTOR, VAN).particulars).toBe(0);
  });

  it('still reads the driver who died, beside the same sheriff, as a particular of one happening', () => {
    expect(parts(TRACTOR, FUNERAL).particulars).toBeGreaterThan(0);
  });

  it('joins the funeral to the tractor it follows, naming the same sheriff and the same driver', () => {
    expect(storyOf(clusterStories([TRACTOR, ...OTHERS, FUNERAL]), 'funeral')).toEqual(['funeral', 'tractor']);
  });
});
