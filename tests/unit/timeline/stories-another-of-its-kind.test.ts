// Two tram accidents of one city a week apart, told by the same paper, share the city, its tram company, the transport
// chief quoted on both and the street the later one names; the later one counts itself as the second ("after a tram
// came off the rails on Cawley Street"). A reader keeps them apart by that. Written for this test.
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { EventStore } from '../../../electron/core/timeline/event-store.ts';
import { EXTRACTOR_VERSION } from '../../../electron/core/timeline/extraction/extractor-version.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { earlierOf, storyArticle, storyOf } from './story-helpers.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const DERAILMENT = storyArticle(
  'derailment',
  'Twelve hurt as tram leaves the rails in Marrowby',
  [
    'Twelve passengers were hurt on Tuesday morning when a Marrowby Tramways tram came off the rails on Cawley Street and ploughed into a bus shelter.',
    'The number 3 tram was rounding the bend by the market hall at about 8.15am, and most of the injured were standing.',
    'Marrowby Tramways said the line would stay shut while the points were checked.',
    'Transport chief Delphine Ashcroft said the city would "find out exactly what went wrong".',
  ],
  '2034-03-07T18:00:00+00:00',
);
const DERAILMENT_WIRE = storyArticle(
  'derailmentwire',
  'Points failure suspected in Marrowby tram derailment',
  [
    'Engineers are examining a set of points on Cawley Street in Marrowby after a tram derailed there, injuring twelve passengers.',
    'The tram, carrying about sixty people, left the track on a bend and struck a bus shelter.',
    'Marrowby Tramways said the Cawley Street line would reopen next week.',
    'Delphine Ashcroft, the city transport chief, said the points had been inspected in January.',
  ],
  '2034-03-08T12:00:00+00:00',
);
const COLLISION = storyArticle(
  'collision',
  'Van driver killed as tram hits van in Osbert Square',
  [
    'A van driver died on Wednesday evening after his van was struck by a Marrowby Tramways tram at a crossing in Osbert Square.',
    'The tram, on the number 5 route, was travelling towards the university at about 6.40pm. Two of its passengers were treated for shock.',
    'It is the second tram accident in Marrowby in eight days, after a tram came off the rails on Cawley Street last Tuesday.',
    'Transport chief Delphine Ashcroft said her thoughts were with the driver’s family. Police have asked witnesses to come forward.',
  ],
  '2034-03-15T21:30:00+00:00',
);

/** The earlier happenings told, in alphabetical order. */
const earlierSorted = (title: string, paragraphs: string[]) => earlierOf(title, paragraphs).sort();

describe('a happening that counts itself after another of its kind', () => {
  it('reads the words it tells the earlier one by, beyond the words of when', () => {
    expect(earlierSorted(COLLISION.title, COLLISION.text.split('\n\n'))).toEqual(['came', 'cawle', 'rail', 'stree']);
  });

  it('reads nothing from a happening counted with no earlier one named', () => {
    expect(
      earlierOf('Lorry strikes Hobb Lane bridge', [
        'A lorry struck the low bridge on Hobb Lane on Monday and shed its load.',
        'It is the third time the bridge has been struck in two years.',
      ]),
    ).toEqual([]);
  });

  it('keeps the collision apart from the derailment it counts itself after, and joins the derailment’s two reports', () => {
    const stories = clusterStories([DERAILMENT, DERAILMENT_WIRE, COLLISION]);
    expect(storyOf(stories, 'derailment')).toEqual(['derailment', 'derailmentwire']);
    expect(storyOf(stories, 'collision')).toEqual(['collision']);
  });

  it('places them alike as they arrive one at a time', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of [DERAILMENT, DERAILMENT_WIRE, COLLISION]) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('derailmentwire')).toBe('story-derailment');
    expect(placed.get('collision')).toBe('story-collision');
  });

  it('keeps them apart after a restart, from the fingerprints the events files read back', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const library = await Library.open(temp.dir, { device: testDevice });
    const store = new EventStore(library, () => {}, false);
    const articles = [DERAILMENT, DERAILMENT_WIRE, COLLISION];
    for (const written of articles.map(fingerprintArticle)) {
      await store.writeFound(written.id, {
        schema: 1,
        extractor: EXTRACTOR_VERSION,
        found: [],
        promoted: [],
        overrides: {},
        fingerprint: written,
      });
    }
    const [first, wire, collision] = await Promise.all(articles.map((written) => store.read(written.id)));
    expect(collision?.fingerprint?.earlier).toEqual(fingerprintArticle(COLLISION).earlier);
    const assigner = new StoryAssigner();
    assigner.add(first!.fingerprint!, 'story-derailment');
    assigner.add(wire!.fingerprint!, 'story-derailment');
    expect(assigner.choose(collision!.fingerprint!)).toBeNull();
  });
});
