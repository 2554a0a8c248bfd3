import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a ferry held off Port Aldric with a stomach bug aboard, told by a wire and by a UK daily
// when it sails home to Carrow empty; and, saved after both, a radio station's report of a bug closing wards at
// Carrow's own hospital, which names the ferry and Vessany once, in passing ("has no link to …"). Both headlines
// name Carrow: the town both happen in, not what either tells.
const HELD = storyArticle(
  'ferry-held',
  'Vessany keeps sick ferry passengers on board off Port Aldric',
  [
    'PORT ALDRIC, Vessany, May 13 (Wirepoint) — Vessany refused on Tuesday to let 900 passengers leave the ferry Marisol Queen, anchored off Port Aldric with a stomach bug aboard.',
    'The Marisol Queen left Carrow in England on May 2, and more than 200 people aboard have fallen ill.',
    'Doctors from the health ministry of Vessany boarded the ferry by launch this morning to take samples.',
    'Tavner Lines, which has run cruises out of Carrow since 2008, said the passengers would stay aboard until the tests came back.',
  ].join('\n\n'),
  '2031-05-13T10:30:00+01:00',
);
const HOME = storyArticle(
  'ferry-home',
  'Marisol Queen heads home to Carrow empty after stomach bug voyage',
  [
    'The ferry Marisol Queen left Port Aldric on Saturday night with only its crew aboard, bound for Carrow and a deep clean.',
    'On Thursday Vessany let the first passengers go ashore, after holding the ferry off Port Aldric for two days.',
    'Most of the British passengers flew home on Friday, and Tavner Lines has promised full refunds.',
    'The Marisol Queen is due in Carrow on Wednesday, where the crew will be tested before anyone boards again.',
    'Carrow’s ferry terminal, which Tavner Lines opened in 2010, will stay open for its other ships.',
    'Two passengers remain in hospital in Port Aldric, and the stomach bug outbreak, the worst on a Carrow ship, kept 200 people ill in their cabins.',
    'Visiting the crew is suspended until the tests come back, the health agency said.',
  ].join('\n\n'),
  '2031-05-18T09:30:00+00:00',
);
const WARDS = storyArticle(
  'wards',
  'Stomach bug shuts two wards at Carrow Infirmary',
  [
    'Two wards at Carrow Infirmary were closed to new patients and visitors yesterday after an outbreak of a stomach bug.',
    'The hospital’s infection control team made the call at 4 p.m., when a third ward reported two cases of its own.',
    'Visiting on the two wards is suspended until Friday, and routine operations have been moved to next week.',
    'The hospital said the outbreak has no link to the stomach bug aboard the Marisol Queen, the ferry held off Vessany with hundreds of its passengers ill, among them several families from Carrow.',
    'Carrow Infirmary last closed wards to a stomach bug in February, when four wards were shut for nine days.',
    'Doctors in Carrow have seen more sickness since the middle of April.',
  ].join('\n\n'),
  '2031-05-20T07:40:00+00:00',
);

describe('a story named in passing in its home port', () => {
  it('keeps apart a hospital’s outbreak that names the ferry once, saved after the ferry’s story', () => {
    const stories = clusterStories([HELD, HOME, WARDS]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('ferry-home')).toEqual(['ferry-held', 'ferry-home']);
    expect(storyOf('wards')).toEqual(['wards']);
  });
});
