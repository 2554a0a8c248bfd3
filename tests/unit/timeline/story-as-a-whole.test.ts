import { describe, expect, it } from 'vitest';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle } from './story-helpers.ts';

// Written for this test: a ferry held in quarantine off Port Aldric in Vessany, told by a wire and a US daily; a
// Brisport daily's earlier story of its own travellers stranded by the Corvel Air shutdown; and that daily's story
// of its own travellers coming ashore from the ferry. The two Brisport stories share the readers' country, its
// people and home towns, which tell where the readers are, not what happened.
const GROUNDED = storyArticle(
  'grounded',
  'Corvel Air grounds its fleet after computer fault, stranding thousands',
  [
    'DELLAMAR, March 4 (Wirepoint) — The airline Corvel Air halted every departure on Tuesday after a fault in its booking computers, stranding thousands of travellers in Dellamar.',
    'The airline stopped its flights at 5:50 a.m., and the chief executive of Corvel Air apologised in a video.',
    'The civil aviation authority in Dellamar ordered an investigation into the outage late on Tuesday.',
    'A spokesman for Corvel Air said the airline expected to restart flights from Dellamar on Wednesday afternoon.',
  ].join('\n\n'),
  '2031-03-04T18:00:00+01:00',
);
const STRANDED = storyArticle(
  'stranded',
  'Stranded Ostrians fly home as Corvel Air resumes flights; Brisport family misses funeral',
  [
    'Hundreds of Ostrian passengers stranded by the Corvel Air shutdown began flying out of Dellamar on Wednesday, a day after the airline grounded its fleet.',
    'The airline Corvel Air halted every departure on Tuesday after a fault in its booking computers in Dellamar.',
    'Flights to Brisport, Halvik and Tennant followed through the evening, and Corvel Air expects to run its full schedule by Thursday.',
    'The Ostrian embassy in Dellamar handed out meal coupons to about 900 Ostrian nationals.',
    '"We slept on the floor of the terminal, and nobody from the airline came," said Piet Marno, an engineer from Brisport.',
    'Brisport airport said 12 Corvel Air flights were cancelled between Tuesday and Wednesday.',
    'Corvel Air has flown to Ostria since 2009 and runs 40 flights a week to six Ostrian cities.',
  ].join('\n\n'),
  '2031-03-06T08:00:00+02:00',
);
const HELD = storyArticle(
  'held',
  'Vessany keeps sick ferry passengers on board off Port Aldric',
  [
    'PORT ALDRIC, Vessany, May 13 (Wirepoint) — Vessany refused on Tuesday to let 900 passengers leave the ferry Marisol Queen, anchored off Port Aldric with a stomach bug aboard.',
    'The Marisol Queen dropped anchor outside the harbour at 6 a.m., and a helicopter later lifted a sick deckhand to hospital in Port Aldric.',
    'Doctors from the health ministry of Vessany boarded the ferry by launch this morning to take samples from the sick passengers.',
    'Tavner Lines, which owns the Marisol Queen, said the ferry left Kestrel Bay on May 2 for a cruise of the islands.',
    'The passengers will stay aboard until the tests come back, the ministry said.',
  ].join('\n\n'),
  '2031-05-13T10:30:00+01:00',
);
const CONFIRMED = storyArticle(
  'confirmed',
  'Stomach bug confirmed on ferry held off Vessany',
  [
    'Lab tests confirmed Wednesday that a stomach bug is behind the illness aboard the Marisol Queen, the ferry held off Port Aldric in Vessany since Tuesday.',
    'Passengers could start going ashore Thursday if no new cases turn up, the health ministry of Vessany said.',
    'Tavner Lines said the results reached it in the evening, and that the ferry had left Kestrel Bay on May 2.',
    'The sick deckhand flown off the Marisol Queen by helicopter on Tuesday is recovering in Port Aldric.',
  ].join('\n\n'),
  '2031-05-14T23:50:00-04:00',
);
const ASHORE = storyArticle(
  'ashore',
  'Ostrians among first ashore from bug-hit ferry',
  [
    'The first passengers stepped off the ferry Marisol Queen in Port Aldric yesterday, ending two days at anchor off Vessany.',
    'Among them were most of the 48 Ostrian passengers, chiefly from Brisport and Halvik, who had joined the cruise as a group.',
    'Two Ostrian passengers, a couple from Tennant, remain in hospital in Port Aldric, the Ostrian foreign ministry said.',
    '"When the launch pulled away from the ferry, everyone clapped," said Lena Varro, a retired teacher from Brisport.',
    'Tavner Lines opened a sales office in Brisport last year, and bookings from Ostria have grown since.',
    'The Brisport office is in an old ropeworks on Quay Street, and the Ostrian group will fly home to Brisport on May 20.',
  ].join('\n\n'),
  '2031-05-16T00:15:00+05:30',
);

describe('the story an article joins', () => {
  it('is the one it is like as a whole, not the one with an article naming the same home towns', () => {
    const stories = clusterStories([GROUNDED, STRANDED, HELD, CONFIRMED, ASHORE]);
    const storyOf = (id: string) => stories.find((story) => story.articleIds.includes(id))!.articleIds.sort();
    expect(storyOf('ashore')).toEqual(['ashore', 'confirmed', 'held']);
    expect(storyOf('stranded')).toEqual(['grounded', 'stranded']);
  });

  it('is the same when articles are placed one by one as they arrive', () => {
    const assigner = new StoryAssigner();
    for (const [placed, storyId] of [
      [GROUNDED, 'grounded'],
      [STRANDED, 'grounded'],
      [HELD, 'held'],
      [CONFIRMED, 'held'],
    ] as const) {
      assigner.add(fingerprintArticle(placed), storyId);
    }
    expect(assigner.choose(fingerprintArticle(ASHORE))).toBe('held');
  });
});
