// An article's story fingerprint as its events file keeps it: read back whole after a restart, so the stories an
// article was grouped into by the rules of names in passing, places, moments, roles and the lede's words stay the same.
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { EVENTS_FILE_AT_MOST, EventStore } from '../../../electron/core/timeline/event-store.ts';
import { EXTRACTOR_VERSION } from '../../../electron/core/timeline/extraction/extractor-version.ts';
import { fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { storyArticle } from './story-helpers.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

// Written for this test: a ferry pier closed in Ardley, and a café fire on the quay a week later whose report names the
// pier once, in passing.
function fingerprint(id: string, title: string, paragraphs: string[], publishedAt: string) {
  return fingerprintArticle(storyArticle(id, title, paragraphs, publishedAt));
}
const PIER = fingerprint(
  'ardleypier1',
  'Ardley ferry pier shut after storm cracks its deck',
  [
    'The ferry pier at Ardley was closed on Tuesday after Monday night’s storm cracked its concrete deck.',
    'Harbourmaster Gwen Talbot said divers found the damage at 7:40 a.m. on Tuesday.',
    'Ferries to Skelly Island will sail from Port Arran until repairs are done.',
  ],
  '2033-09-07T08:00:00+01:00',
);
const CAFE = fingerprint(
  'ardleycafe1',
  'Fire guts quayside café in Ardley',
  [
    'Fire gutted the Gull’s Rest café on Ardley quay early on Wednesday.',
    'Crews were called at 2:15 a.m. and had the flames out within two hours.',
    'Owner Ned Marsh said the café had been busy with walkers diverted from the closed ferry pier.',
  ],
  '2033-09-14T08:00:00+01:00',
);

it('reads back an article’s story fingerprint whole, with what the story rules compare beside its words', async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const library = await Library.open(temp.dir, { device: testDevice });
  const store = new EventStore(library, () => {}, false);
  for (const written of [PIER, CAFE]) {
    expect(written.places?.length ?? 0, 'the article names places').toBeGreaterThan(0);
    expect(written.lede?.length ?? 0, 'the article has a lede').toBeGreaterThan(0);
    await store.writeFound(written.id, {
      schema: 1,
      extractor: EXTRACTOR_VERSION,
      found: [],
      promoted: [],
      overrides: {},
      fingerprint: written,
    });
  }
  const [pier, cafe] = await Promise.all([store.read('ardleypier1'), store.read('ardleycafe1')]);
  expect(pier?.fingerprint).toEqual(PIER);
  expect(cafe?.fingerprint).toEqual(CAFE);

  // The story the café would join, compared from what was read back, is the one it would join when just found.
  const placed = (pierPrint: typeof PIER, cafePrint: typeof CAFE) => {
    const assigner = new StoryAssigner();
    assigner.add(pierPrint, 'pier-story');
    return assigner.choose(cafePrint) ?? null;
  };
  expect(placed(pier!.fingerprint, cafe!.fingerprint)).toBe(placed(PIER, CAFE));
});

it('reads back a fingerprint with more names than it keeps, cut to what it keeps, instead of finding it again on every start', async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const library = await Library.open(temp.dir, { device: testDevice });
  const store = new EventStore(library, () => {}, false);
  // A text naming thousands of places (a gazetteer saved as an article): its fingerprint is written as found.
  const places = Array.from({ length: 3_000 }, (_, index) => `place ${index}`);
  const passing = Object.fromEntries(places.map((place, index) => [place, index]));
  await store.writeFound('gazetteer1', {
    schema: 1,
    extractor: EXTRACTOR_VERSION,
    found: [],
    promoted: [],
    overrides: {},
    fingerprint: { ...PIER, id: 'gazetteer1', places, passing },
  });
  const read = await store.read('gazetteer1');
  expect(read, 'the file is read, not found again').not.toBeNull();
  expect(read?.fingerprint.places).toEqual(places.slice(0, 2_000));
  expect(Object.keys(read?.fingerprint.passing ?? {})).toHaveLength(2_000);
  expect(read?.fingerprint.lede).toEqual(PIER.lede);
});

it('does not read a runaway events file, larger than any article makes, and finds its events again', async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const library = await Library.open(temp.dir, { device: testDevice });
  const store = new EventStore(library, () => {}, false);
  await store.writeFound('ardleypier1', {
    schema: 1,
    extractor: EXTRACTOR_VERSION,
    found: [],
    promoted: [],
    overrides: {},
    fingerprint: PIER,
  });
  const file = library.paths.foundEvents('ardleypier1');
  const written = await readFile(file, 'utf8');
  // Still valid JSON, padded past the bound: what a disk or a sync tool gone wrong may hand back.
  await writeFile(file, written.replace(/}\s*$/, `${' '.repeat(EVENTS_FILE_AT_MOST)}}`));
  expect(await store.read('ardleypier1')).toBeNull();
  await writeFile(file, written);
  expect((await store.read('ardleypier1'))?.fingerprint).toEqual(PIER);
});

it('reads back the streets and the protagonists an opening tells, which the story rules part traps by', async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const library = await Library.open(temp.dir, { device: testDevice });
  const store = new EventStore(library, () => {}, false);
  // Written for this test: a stand-off in a flat on a named street, its suspect told by age and sex.
  const standOff = fingerprint(
    'ardleysiege1',
    'Man, 44, arrested after six-hour stand-off on Kiln Lane',
    [
      'A 44-year-old man was arrested after a six-hour stand-off at a flat on Kiln Lane in Ardley on Friday.',
      'Armed officers surrounded the building at 1:20 p.m. and neighbours were kept indoors until the evening.',
      'Inspector Dawn Pryce said no one was hurt.',
    ],
    '2033-09-17T08:00:00+01:00',
  );
  expect(standOff.streets?.length ?? 0, 'the opening names a street').toBeGreaterThan(0);
  expect(standOff.protagonists?.suspect, 'the opening tells its suspect').toBeTruthy();
  await store.writeFound(standOff.id, {
    schema: 1,
    extractor: EXTRACTOR_VERSION,
    found: [],
    promoted: [],
    overrides: {},
    fingerprint: standOff,
  });
  const read = await store.read(standOff.id);
  expect(read?.fingerprint.streets).toEqual(standOff.streets);
  expect(read?.fingerprint.protagonists).toEqual(standOff.protagonists);
});
