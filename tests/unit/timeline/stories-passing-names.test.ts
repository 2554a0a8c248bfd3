import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a flood in a school's science block told by two outlets, and a burst water main at another
// school of the same town the next day, whose report names the first school and the county council once each, in
// passing.
const FLOOD_FIRST = storyArticle(
  'flood-first',
  'Brennock Grammar School shut after science block floods',
  [
    'Brennock Grammar School was closed on Saturday after a tank burst in the roof of its science block and water poured through three laboratories.',
    'Caretaker Dennis Hale found the damage at 6 a.m., and Ostley County Council, which owns the building, said engineers would survey the roof on Monday.',
    'Brennock Grammar School told parents its 900 pupils would learn from home while the laboratories dry out.',
    'The science block was built in 1971, and its roof tanks had been due for replacement.',
  ].join('\n\n'),
  '2032-06-12T18:00:00Z',
);
const FLOOD_SECOND = storyArticle(
  'flood-second',
  'Brennock Grammar School pupils to stay home all week after flood',
  [
    'Pupils at Brennock Grammar School will learn from home all week after Saturday’s flood in the science block, the head said on Monday.',
    'Ostley County Council engineers found that the burst roof tank had also soaked the ceiling of the library below.',
    'Dennis Hale, the caretaker who found the water pouring through the laboratories, said the tank had leaked before.',
    'Brennock Grammar School hopes to reopen the rest of the building next Monday and the science block after the summer.',
  ].join('\n\n'),
  '2032-06-14T08:00:00Z',
);
const WATER_MAIN = storyArticle(
  'water-main',
  'Pupils sent home as water main bursts at Fernhill Junior School',
  [
    'Fernhill Junior School in Brennock closed at lunchtime on Sunday after a water main burst under its playground and the building was left without water.',
    'Dinner staff sent the children home with packed lunches, and an after-school club will meet in St Oswald’s Church Hall on Tarrow Street.',
    'Brennock Grammar School, across the park, is already closed after its science block flooded.',
    'Ostley County Council said engineers from the water company were digging up the playground and it hoped the school would reopen on Tuesday.',
    'Headteacher Marion Cole said the cast-iron main beneath the netball court was older than any of the classrooms.',
  ].join('\n\n'),
  '2032-06-13T12:00:00Z',
);

describe('a story named in passing', () => {
  it('keeps apart an article that names another story’s place and council only once each, telling something else', () => {
    const stories = clusterStories([FLOOD_FIRST, WATER_MAIN, FLOOD_SECOND]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('flood-second')).toEqual(['flood-first', 'flood-second']);
    expect(storyOf('water-main')).toEqual(['water-main']);
  });
});
