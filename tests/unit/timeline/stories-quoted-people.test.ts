// A museum's director speaks for it when its diggers find a skeleton and again, two days on, when a grant cut shuts its
// library: two happenings of one museum whose openings share nothing but its name, tied by the director quoted in each.
// A minister an opening names is the story's own, and still ties a resignation to the comment on it. Written for this test.
import { describe, expect, it } from 'vitest';
import { personOfAnOpening } from '../../../electron/core/timeline/stories/quoted-people.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

const SKELETON = storyArticle(
  'skeleton',
  'Brackendale diggers unearth near-complete ichthyosaur',
  [
    'Volunteers from Brackendale Museum have uncovered an almost complete skeleton of an ichthyosaur in the cliffs at Sallow Point, the museum announced on Monday.',
    'The marine reptile, about four metres long, lived some 190 million years ago. Its skull and most of its spine were still joined.',
    'Museum director Ottoline Fairweather said it was "the finest fossil found on this coast for a generation".',
    'The bones will be cleaned over the winter and go on display in the fossil gallery next summer, where visitors can watch the work.',
  ],
  '2035-10-08T16:00:00+01:00',
);
const LIBRARY = storyArticle(
  'library',
  'Brackendale Museum shuts reading room as council grant falls',
  [
    'Brackendale Museum is to close its reading room and archive from December after the county council reduced its yearly grant by a third.',
    'Four posts will go, among them the archivist who has run the room since 2011.',
    'Director Ottoline Fairweather called it "a wretched choice" and said the fossil gallery and other displays would stay open to visitors through the winter.',
    'Councillors blamed rising care costs. Researchers will be able to book visits by appointment.',
  ],
  '2035-10-10T12:00:00+01:00',
);

// Other news of the week, so that the words the museum's two reports share are rare in the library, as in a reader's.
const OTHER_NEWS = [
  storyArticle(
    'ferry',
    'Storm cancels Tollhaven ferry crossings',
    [
      'All ferry sailings between Tollhaven and Inchcarra were cancelled on Tuesday as gales reached 70mph.',
      'The operator, Carra Ferries, said lorries would be held at the port overnight.',
    ],
    '2035-10-07T09:00:00+01:00',
  ),
  storyArticle(
    'election',
    'Harwick council by-election won by independent',
    [
      'Independent candidate Maud Pellingham won the Harwick East by-election on Thursday with 1,412 votes.',
      'Turnout was 24 per cent, the lowest in the ward for a decade.',
    ],
    '2035-10-09T23:30:00+01:00',
  ),
  storyArticle(
    'bakery',
    'Old Quay bakery closes after 90 years',
    [
      'Gellow’s bakery on Old Quay in Kestwith sold its last loaves on Saturday after 90 years of trading.',
      'Owner Arnold Gellow, 71, said no one in the family wanted to take it on.',
    ],
    '2035-10-06T15:00:00+01:00',
  ),
];

describe('an official quoted on two happenings of one place', () => {
  it('keeps them apart when their openings share nothing but the place’s name', () => {
    const stories = clusterStories([...OTHER_NEWS, SKELETON, LIBRARY]);
    expect(storyOf(stories, 'library')).toEqual(['library']);
  });

  it('keeps them apart as they arrive one at a time', () => {
    const assigner = new StoryAssigner();
    for (const other of OTHER_NEWS) assigner.add(fingerprintArticle(other), `story-${other.id}`);
    const first = fingerprintArticle(SKELETON);
    assigner.add(first, 'story-skeleton');
    expect(assigner.choose(fingerprintArticle(LIBRARY))).toBeNull();
  });

  it('still counts a person an opening names as the story’s own', () => {
    expect(
      personOfAnOpening(
        { people: ['rowena quist'], leading: ['rowena quist'] },
        { people: ['rowena quist'], leading: [] },
      ),
    ).toBe(true);
    expect(
      personOfAnOpening({ people: ['ottoline fairweather'], leading: [] }, { people: ['ottoline fairweather'] }),
    ).toBe(false);
  });
});
