import { describe, expect, it } from 'vitest';
import { momentsIn, momentsInCommon } from '../../../electron/core/timeline/stories/moments.ts';
import { rolesOf, surnameLinks } from '../../../electron/core/timeline/stories/people-links.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle, storyOf } from './story-helpers.ts';

// Written for this test: a water tower that collapsed in Dunley, told by a wire and by the town's paper, and a
// neighbour's blog post with no date, which never names the town, names its people by role and surname only ("Gov.
// Harlan", "Chief Brandt") and tells the same minute and the same days.
const WIRE = storyArticle(
  'wire',
  'Water tower collapses in Dunley, flooding two dozen homes',
  [
    'The water tower in Dunley collapsed on Friday evening, sending a wall of water down Pike Street and flooding 23 homes.',
    'The tank gave way at 7:42 p.m., Fire Chief Oscar Brandt said, minutes after a caretaker reported a groaning noise.',
    'Edna Pell, 84, was carried from her flooded basement by neighbours and taken to Marrow County Hospital.',
    'Gov. Ruth Harlan declared an emergency for Marrow County on Saturday morning.',
    'Mayor Tom Gaskell said the town would truck in drinking water until a new tank is built.',
    'Bottled water is being handed out at the National Guard armory until Aug. 20.',
  ],
  '2033-08-13T21:10:00-05:00',
);
const PAPER = storyArticle(
  'paper',
  'Dunley counts the cost of the water tower collapse',
  [
    'Crews in Dunley spent the weekend pumping out basements after the town water tower collapsed on Friday.',
    'Mayor Tom Gaskell told the council on Monday that a new tank would cost at least $2 million.',
    'Edna Pell is recovering at Marrow County Hospital, her family said.',
    'Gov. Ruth Harlan toured Pike Street on Sunday and promised state money for the repairs.',
    'The tower was built in 1931 and last inspected in 2029.',
  ],
  '2033-08-16T09:00:00-05:00',
);
const BLOG = storyArticle(
  'blog',
  'The night the water came down Quarry Lane',
  [
    'I have lived on Quarry Lane for thirty years and never heard a noise like the one on the evening of 8/12.',
    'The tank came down at 7:42 by my kitchen clock, and the water was at our steps a minute later.',
    'Miss Pell next door was in her basement, and the Olwen boys carried her up the stairs.',
    'Chief Brandt told us the tank had been groaning for an hour before it went.',
    'Gov. Harlan stopped by on Saturday and shook every hand on the lane.',
    'Mayor Gaskell says the trucks will keep bringing water, and the armory hands out bottles until 8/20.',
    'We lost the garden and the shed. We still have each other.',
  ],
  null,
);

describe('one happening told by a neighbour', () => {
  it('reads the minutes and days a text tells, whichever way it writes them', () => {
    expect([...momentsIn('It fell at 7:42 p.m. on Aug. 12; the armory is open until 8/20, not 24/7.').keys()]).toEqual([
      '@7:42',
      '@8/12',
      '@8/20',
    ]);
    expect([...momentsIn('Doors open at 7:30 and 19:42; the 12 August meeting may 3 times run late.').keys()]).toEqual([
      '@7:42',
      '@8/12',
    ]);
  });

  it('puts an undated blog post naming the same people by role and surname, at the same minute, in the story', () => {
    const stories = clusterStories([WIRE, PAPER, BLOG]);
    expect(storyOf(stories, 'blog')).toEqual(['blog', 'paper', 'wire']);
  });

  it('places it so as it arrives, as the library does', () => {
    const assigner = new StoryAssigner();
    for (const arriving of [WIRE, PAPER]) assigner.add(fingerprintArticle(arriving), 'story-wire');
    expect(assigner.choose(fingerprintArticle(BLOG))).toBe('story-wire');
  });
});

describe('people and moments as stories compare them', () => {
  it('counts a minute both tell, and days only when both tell more than one', () => {
    expect(momentsInCommon(['@8/20', '@3/5'], ['@8/20'])).toBe(0);
    expect(momentsInCommon(['@8/20', '@8/12', '@3/5'], ['@8/12', '@8/20'])).toBe(2);
    expect(momentsInCommon(['@7:42', '@8/20'], ['@8/20', '@7:42'])).toBe(1);
  });

  it('links a person named by role and surname alone to the one named in full with that role, and no one else', () => {
    const text = 'Gov. Ruth Harlan met Delia Marsh, and Mayor Tom Gaskell met Sheriff Ann Pryce.';
    expect(rolesOf(text, ['Ruth Harlan', 'Delia Marsh', 'Tom Gaskell', 'Ann Pryce'])).toEqual({
      'ruth harlan': 'governor',
      'tom gaskell': 'mayor',
      'ann pryce': 'sheriff',
    });
    const full = {
      entities: { 'ruth harlan': 1, 'tom gaskell': 1, 'ann pryce': 1 },
      roles: rolesOf(text, ['Ruth Harlan', 'Tom Gaskell', 'Ann Pryce']),
    };
    const short = {
      entities: { harlan: 2, gaskell: 1, pryce: 1 },
      roles: rolesOf('Governor Harlan came, and Mayor Gaskell, and Mr Pryce.', ['Harlan', 'Gaskell', 'Pryce']),
    };
    expect([...surnameLinks(short, full)]).toEqual([
      ['ruth harlan', 'harlan'],
      ['tom gaskell', 'gaskell'],
    ]);
    expect([...surnameLinks(full, short)]).toEqual([
      ['harlan', 'ruth harlan'],
      ['gaskell', 'tom gaskell'],
    ]);
  });

  it('keeps apart two happenings of one town that share a day and the town only', () => {
    const market = storyArticle(
      'market',
      'Dunley farmers’ market moves to the park',
      [
        'The Dunley farmers’ market will move from Pike Street to Lowther Park from 8/20, its organisers said.',
        'Stallholder Maria Kent said the park had more shade and room for twice as many stalls.',
      ],
      '2033-08-10T09:00:00-05:00',
    );
    const library = storyArticle(
      'library',
      'Dunley library to close for a new roof',
      [
        'Dunley’s library will close for three weeks from 8/20 while its roof is replaced, librarian Owen Marsh said.',
        'Books can be returned to the town hall in the meantime.',
      ],
      '2033-08-11T09:00:00-05:00',
    );
    const stories = clusterStories([market, library]);
    expect(storyOf(stories, 'library')).toEqual(['library']);
  });
});
