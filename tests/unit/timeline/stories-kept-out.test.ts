// A story an arriving article joins through one of its articles, while another of them is plainly about something
// else: a tram company's checks after a derailment name the square where, a week later, a tram hits a van; the van
// report counts itself after the derailment ("the second tram accident in eight days, after …"). Joined through the
// checks, the collision would sit in the derailment's story; the checks are more like the derailment than like the
// collision, so the story stays whole and the collision starts its own. Written for this test.
import { describe, expect, it } from 'vitest';
import {
  chooseStory,
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
} from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { idsOfParts, placement } from '../../../electron/core/timeline/stories/story-kept-out.ts';
import { StoryStore } from '../../../electron/core/timeline/story-store.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

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
const CHECKS = storyArticle(
  'checks',
  'Marrowby Tramways orders checks on every crossing after derailment',
  [
    'Marrowby Tramways has ordered checks of the points and signals at every crossing on its network, Osbert Square among them, after twelve passengers were hurt in Tuesday’s derailment.',
    'The number 3 tram came off the rails on the bend by the market hall on Cawley Street and ploughed into a bus shelter; most of the injured were standing.',
    'Engineers believe worn points on Cawley Street threw the tram off the track, and the line will stay shut while they are replaced.',
    'Transport chief Delphine Ashcroft said the number 3 trams would stay in the depot until the checks were done.',
    'Three of the twelve injured passengers are still in Marrowby General.',
  ],
  '2034-03-09T12:00:00+00:00',
);
const COLLISION = storyArticle(
  'collision',
  'Van driver killed as tram hits van at Osbert Square crossing',
  [
    'A van driver died on Wednesday evening after his van was struck by a Marrowby Tramways tram at the crossing in Osbert Square.',
    'The tram, on the number 5 route, was travelling towards the university at about 6.40pm. Two of its passengers were treated for shock.',
    'It is the second tram accident in Marrowby in eight days, after a tram came off the rails on Cawley Street last Tuesday.',
    'Transport chief Delphine Ashcroft said engineers had checked the Osbert Square crossing on Monday night.',
  ],
  '2034-03-15T21:30:00+00:00',
);

const RETURN = storyArticle(
  'return',
  'Number 3 trams back in service as crossing checks end',
  [
    'The number 3 trams returned to service on Friday after Marrowby Tramways finished checking the points and signals at every crossing on its network.',
    'Engineers replaced worn parts at Osbert Square and on the university loop, the company said.',
    'Transport chief Delphine Ashcroft thanked passengers for their patience over the past fortnight.',
  ],
  '2034-03-24T09:00:00+00:00',
);

// Traders' warning about the crossing, a day after the derailment, joins the derailment's story on its names; it is
// more like the collision at that crossing than like the derailment.
const WARNING = storyArticle(
  'warning',
  'Osbert Square traders call tram crossing an accident waiting to happen',
  [
    'Traders in Osbert Square say the Marrowby Tramways crossing outside their shops is an accident waiting to happen, with vans and delivery lorries crossing the tracks all day.',
    'They wrote to transport chief Delphine Ashcroft on Wednesday, a day after twelve passengers were hurt when a tram derailed in Marrowby.',
    'Ashcroft said Marrowby Tramways would check the crossing with every other on the network.',
  ],
  '2034-03-09T12:00:00+00:00',
);
const WARNED_COLLISION = storyArticle(
  'collision',
  COLLISION.title,
  [
    ...COLLISION.text.split('\n\n').slice(0, 3),
    'Traders had warned transport chief Delphine Ashcroft that the Osbert Square crossing was dangerous for vans.',
  ],
  COLLISION.publishedAt!,
);

const inOrder = [DERAILMENT, CHECKS, COLLISION];

describe('a story whose articles set an arriving one apart', () => {
  it('keeps the collision out of the derailment’s story it joins only through the checks', () => {
    const stories = clusterStories(inOrder);
    expect(storyOf(stories, 'derailment')).toEqual(['checks', 'derailment']);
    expect(storyOf(stories, 'collision')).toEqual(['collision']);
  });

  it('places them alike as they arrive one at a time', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string | null>();
    for (const arriving of inOrder) {
      const fingerprint = fingerprintArticle(arriving);
      const placement = assigner.place(fingerprint);
      placed.set(arriving.id, placement.story);
      expect(placement.leaving).toEqual([]);
      assigner.add(fingerprint, placement.story ?? `story-${arriving.id}`);
    }
    expect(placed.get('checks')).toBe('story-derailment');
    expect(placed.get('collision')).toBeNull();
  });

  it('keeps a long story whole when its far articles differ in wording but none sets the newcomer apart', () => {
    // The trams' return shares few words with the first report, and joins through the checks.
    const stories = clusterStories([DERAILMENT, CHECKS, { ...RETURN, publishedAt: '2034-03-13T09:00:00+00:00' }]);
    expect(storyOf(stories, 'derailment')).toEqual(['checks', 'derailment', 'return']);
  });
});

describe('a story whose article in between is more like the newcomer', () => {
  it('splits: the warning goes with the collision, the derailment keeps a story of its own', () => {
    const stories = clusterStories([DERAILMENT, WARNING, WARNED_COLLISION]);
    expect(storyOf(stories, 'collision')).toEqual(['collision', 'warning']);
    expect(storyOf(stories, 'derailment')).toEqual(['derailment']);
  });

  it('splits alike as they arrive one at a time', () => {
    const assigner = new StoryAssigner();
    for (const arriving of [DERAILMENT, WARNING]) {
      const fingerprint = fingerprintArticle(arriving);
      assigner.add(fingerprint, assigner.place(fingerprint).story ?? `story-${arriving.id}`);
    }
    expect(assigner.storyOf('warning')).toBe('story-derailment');
    const placement = assigner.place(fingerprintArticle(WARNED_COLLISION));
    expect(placement).toMatchObject({ member: 'warning', leaving: ['derailment'] });
    expect(assigner.storyOf('warning')).toBe(placement.story);
    expect(assigner.storyOf('derailment')).toBe('story-derailment');
    expect(placement.story).not.toBe('story-derailment');
  });
});

describe('the groups Annals found, after a split', () => {
  it('hold the articles that left as a group of their own, and the rest as they were', () => {
    const store = new StoryStore(
      'unused',
      'laptop1',
      () => new Date(),
      () => {},
    );
    store.placeFound('derailment', null);
    store.placeFound('warning', 'derailment');
    store.placeFound('other', null);
    store.splitFound(['derailment']);
    store.placeFound('collision', 'warning');
    expect(store.foundGroups()).toEqual([
      { articles: ['warning', 'collision'] },
      { articles: ['other'] },
      { articles: ['derailment'] },
    ]);
  });
});

describe('how a story stands with an arriving article', () => {
  const alike = (scores: Record<string, number>) => (one: string, other: string) => scores[`${one}-${other}`] ?? 0;

  it('takes it whole when more of its articles welcome it than set it apart', () => {
    const judged = [
      { story: 's', member: 'search', score: 0.6 },
      { story: 's', member: 'body', score: 0.65 },
      { story: 's', member: 'deckhand', score: 0.13, apart: true },
    ];
    expect(placement(judged, chooseStory, JOIN_THRESHOLD, alike({}), () => true)).toEqual({
      story: 's',
      member: 'body',
      leaving: [],
    });
  });

  it('splits off the article that sets it apart when the welcoming one is more like the newcomer than like it', () => {
    const judged = [
      { story: 's', member: 'first', score: 0.1, apart: true },
      { story: 's', member: 'between', score: 0.7 },
    ];
    const placed = placement(judged, chooseStory, JOIN_THRESHOLD, alike({ 'between-first': 0.5 }), () => true);
    expect(placed).toEqual({ story: 's', member: 'between', leaving: ['first'] });
    expect(idsOfParts('story-first', ['between'], ['first'])).toEqual({
      staying: 'story-between',
      leaving: 'story-first',
    });
  });

  it('leaves the story whole and goes elsewhere when the welcoming one is more like the article setting it apart', () => {
    const judged = [
      { story: 's', member: 'first', score: 0.1, apart: true },
      { story: 's', member: 'between', score: 0.7 },
      { story: 't', member: 'other', score: 0.35 },
    ];
    const between = alike({ 'between-first': 0.8 });
    expect(placement(judged, chooseStory, JOIN_THRESHOLD, between, () => true)).toEqual({
      story: 't',
      member: 'other',
      leaving: [],
    });
    // Nor does a story the reader shaped split.
    const shaped = placement(judged, chooseStory, JOIN_THRESHOLD, alike({ 'between-first': 0.5 }), () => false);
    expect(shaped?.story).toBe('t');
  });
});
