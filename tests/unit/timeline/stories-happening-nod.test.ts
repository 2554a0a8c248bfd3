import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { EventStore } from '../../../electron/core/timeline/event-store.ts';
import { EXTRACTOR_VERSION } from '../../../electron/core/timeline/extraction/extractor-version.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

// Written for this test: a sinkhole that swallowed part of a street in Brindle, told by a radio station and again by
// it three days on, and a paint store fire on the Kiln Lane industrial park a fortnight later, told by the same station.
// The fire's report names the sinkhole once, as the time a rest centre was last used, shares the police, the rest
// centre and the sunken block in that one sentence, and its travel box still names the sunken street.
const SINKHOLE = storyArticle(
  'sinkhole',
  'Families moved out as sinkhole swallows cars in Brindle street',
  [
    'Forty families were moved out of their homes in Brindle yesterday after a sinkhole opened beneath Tanner Row and swallowed three parked cars.',
    'The ground gave way outside Kestrel House at about twenty past four in the morning, waking residents of the block.',
    'Police cleared Kestrel House and the terraces either side, and Severn Water shut off the main under the street.',
    'Most of the families spent the night at Brindle Community Centre, where the council has opened a rest centre.',
    'Engineers say a burst water main washed away the soil beneath the road over several weeks.',
    'Nobody was hurt, and fire crews lifted the last car out of the hole by noon.',
    'Kestrel House was built in 1971 on the site of an old tannery.',
    'Travel now',
    'Tanner Row, Brindle: closed between Market Street and Kiln Lane, diversions in place. Buses 7 and 7A diverted via Station Road.',
  ],
  '2033-05-04T07:30:00+01:00',
);
const SINKHOLE_LATER = storyArticle(
  'sinkholelater',
  'Brindle sinkhole: water main under Tanner Row was due for repair',
  [
    'The water main that burst and opened a sinkhole under Tanner Row in Brindle was on a list for repair this summer, Severn Water has admitted.',
    'A survey in January found the pipe outside Kestrel House was worn, three months before the road gave way.',
    'Families from Kestrel House are still at Brindle Community Centre and will not go home until engineers have filled the sinkhole and checked the foundations.',
    'Severn Water’s regional manager, Colm Brady, said the company was sorry for what residents had been through.',
    'The three cars swallowed by the hole were lifted out on Thursday.',
  ],
  '2033-05-07T07:30:00+01:00',
);
const PAINT_FIRE = storyArticle(
  'paintfire',
  'Homes evacuated as fire destroys Brindle paint store',
  [
    'About thirty homes in Brindle were evacuated overnight after fire broke out at a paint store on the Kiln Lane industrial park.',
    'A cleaner saw smoke coming from the loading bay at about ten past eleven and rang the fire service.',
    'Seven fire engines fought the flames, and the store’s roof had gone within the hour.',
    'Police closed the park and took families from Cooper Close to Brindle Community Centre, which was a rest centre after the sinkhole at Kestrel House.',
    'They were allowed back shortly before 3am.',
    'The store’s manager, Ruth Okafor, said staff had gone home at 8pm.',
    'Kiln Lane will stay shut while the building is made safe.',
    'Investigators will look at the store’s electrics on Monday.',
    'Travel now',
    'Kiln Lane, Brindle: closed at the industrial park, cordon in place. Tanner Row: still closed for repairs.',
  ],
  '2033-05-18T07:30:00+01:00',
);
const ARTICLES = [SINKHOLE, SINKHOLE_LATER, PAINT_FIRE];

// Written for this test: the sinkhole's families going home, a report that names the sinkhole once, in an aside,
// beside the block and the street it leads with. A follow-up nodding at its own story's happening still joins it.
const FAMILIES_HOME = storyArticle(
  'familieshome',
  'Kestrel House families go home to Tanner Row',
  [
    'Families from Kestrel House on Tanner Row in Brindle went home yesterday, the council said.',
    'Engineers filled the hole with concrete over the weekend and found the block’s foundations sound.',
    'Residents had been staying at Brindle Community Centre since the sinkhole swallowed three cars.',
    'Tanner Row will open to traffic again on Friday, once the road has been relaid outside Kestrel House.',
  ],
  '2033-05-25T07:30:00+01:00',
);

describe('a happening of a town beside an earlier one it names once, in passing', () => {
  it('keeps the fire apart from the sinkhole whose rest centre, police and block it names in that one sentence', () => {
    const stories = clusterStories(ARTICLES);
    expect(storyOf(stories, 'sinkhole')).toEqual(['sinkhole', 'sinkholelater']);
    expect(storyOf(stories, 'paintfire')).toEqual(['paintfire']);
  });

  it('still joins a follow-up that names its own story’s happening once, after its lede', () => {
    const stories = clusterStories([...ARTICLES, FAMILIES_HOME]);
    expect(storyOf(stories, 'familieshome')).toEqual(['familieshome', 'sinkhole', 'sinkholelater']);
    expect(storyOf(stories, 'paintfire')).toEqual(['paintfire']);
  });

  it('places the fire apart as articles arrive one at a time, as the library does', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of [...ARTICLES, FAMILIES_HOME]) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('sinkholelater')).toBe('story-sinkhole');
    expect(placed.get('familieshome')).toBe('story-sinkhole');
    expect(placed.get('paintfire')).toBe('story-paintfire');
  });

  it('keeps the fire apart after a restart, from the fingerprints its events files read back', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const library = await Library.open(temp.dir, { device: testDevice });
    const store = new EventStore(library, () => {}, false);
    for (const written of ARTICLES.map(fingerprintArticle)) {
      await store.writeFound(written.id, {
        schema: 1,
        extractor: EXTRACTOR_VERSION,
        found: [],
        promoted: [],
        overrides: {},
        fingerprint: written,
      });
    }
    const [sinkhole, later, fire] = await Promise.all(ARTICLES.map((written) => store.read(written.id)));
    expect(fire?.fingerprint?.nods).toEqual(fingerprintArticle(PAINT_FIRE).nods);
    const assigner = new StoryAssigner();
    assigner.add(sinkhole!.fingerprint!, 'story-sinkhole');
    assigner.add(later!.fingerprint!, 'story-sinkhole');
    expect(assigner.choose(fire!.fingerprint!)).toBeNull();
  });
});
