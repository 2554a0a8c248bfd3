import { describe, expect, it } from 'vitest';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

// Written for this test: a lorry wedged under the rail bridge on Fallow Road in Tarnby, told twice, and a fire at a
// boatyard of the same town five weeks later, told by a blog with no date, which names the bridge's closure once in
// passing, as the bridge's reports name the boatyard's slipway once, as a way round.
const BRIDGE = storyArticle(
  'bridge',
  'Lorry wedged under Tarnby rail bridge shuts Fallow Road',
  [
    'A removals lorry wedged itself under the Fallow Road rail bridge in Tarnby yesterday afternoon, shutting the road and stopping trains for five hours.',
    'The driver, who had taken a wrong turn at the Orme roundabout, was not hurt.',
    'Network engineers checked the bridge overnight and found two of its iron girders bent.',
    'Harwood Removals, which owns the lorry, said it was helping the police.',
    'Fallow Road will stay shut to traffic until at least Monday, and buses are running round by the Cressey Boatyard slipway.',
    'The bridge was built in 1879 and was last struck by a lorry in 2019.',
    'Harwood Removals said its driver had been with the firm for twelve years.',
  ],
  '2033-04-06T08:00:00+01:00',
);
const BRIDGE_LATER = storyArticle(
  'bridge-later',
  'Fallow Road to stay shut for a month while Tarnby rail bridge is mended',
  [
    'Fallow Road in Tarnby will stay shut for a month while two bent girders of its rail bridge are replaced, engineers said on Thursday.',
    'A removals lorry wedged itself under the bridge on Tuesday afternoon after its driver took a wrong turn at the Orme roundabout.',
    'Harwood Removals has apologised to the town and offered to pay for the repairs.',
    'Trains are running again at walking pace over the bridge.',
    'Shops on Fallow Road say trade has halved since the road was shut.',
  ],
  '2033-04-08T17:30:00+01:00',
);
const BOATYARD_FIRE = storyArticle(
  'boatyard-fire',
  'Fire guts the old sail loft at Cressey Boatyard',
  [
    'Fire tore through the old sail loft at Cressey Boatyard in Tarnby early on Saturday, and the slipway has been shut ever since.',
    'A dog walker saw smoke over the river at about 4am and called the fire service, and six crews were there within the hour.',
    'Nobody was inside. Owner Gil Tasker says the loft held two yachts waiting for new masts, and both are lost.',
    'The council has fenced off the yard, and the Tarnby Regatta, due on Sunday, will launch from the Orme quay instead.',
    'It has been a hard spring for this end of town: Fallow Road was shut for a month in April after a lorry wedged under the rail bridge.',
    'The sail loft was built in 1904 for the herring fleet.',
    'Gil is holding an open evening at the yard on Friday to thank the crews.',
  ],
  null,
);

describe('two happenings of one town, each naming the other once in passing', () => {
  it('keeps the boatyard fire apart from the bridge it names as an aside, and the bridge’s reports together', () => {
    const stories = clusterStories([BRIDGE, BRIDGE_LATER, BOATYARD_FIRE]);
    expect(storyOf(stories, 'bridge')).toEqual(['bridge', 'bridge-later']);
    expect(storyOf(stories, 'boatyard-fire')).toEqual(['boatyard-fire']);
  });

  it('places the fire apart as articles arrive one at a time, as the library does', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of [BRIDGE, BRIDGE_LATER, BOATYARD_FIRE]) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('bridge-later')).toBe(placed.get('bridge'));
    expect(placed.get('boatyard-fire')).toBe('story-boatyard-fire');
  });
});
