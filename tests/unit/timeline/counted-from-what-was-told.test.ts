// Times counted from a happening: "It has been ten days since the footbridge was swept away" counts back from the day
// the article speaks from, as "ten days ago" does; "three days later" after a sentence telling a month and then a day
// counts from the day; "the evening before the collapse" counts from the day a structure "crashed" (a fall, as "fell"
// is). Written for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

describe('a time told as how long since a happening', () => {
  it('dates "It has been ten days since …" ten days before the day the article speaks from', () => {
    const text =
      'It has been ten days since the Harrow footbridge was swept away, and the ferry is still the only way across.';
    expect(datesOfSentence(text, 'It has been')).toEqual(['2026-10-04']);
  });

  it('reads "Three weeks have passed since …" the same way', () => {
    const text = 'Three weeks have passed since the Tolley mill closed its gates for good.';
    expect(datesOfSentence(text, 'Three weeks')).toEqual(['2026-09-23']);
  });

  it('leaves a day named after "since" to itself', () => {
    const text = 'It has been two days since Monday, and the lane is still shut.';
    expect(datesOfSentence(text, 'It has been')).toEqual(['2026-10-12']);
  });

  it('makes that happening the main event an untold clock time is dated by', () => {
    const text = [
      'It has been eight days since the grain silo at Pollard’s farm caught fire.',
      'We were eating supper when we saw the glow, and at 7:05 the roof of the silo fell in.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'We were eating')).toEqual(['2026-10-06']);
  });
});

describe('a count of days after a sentence telling a month and a day', () => {
  it('counts "three days later" from the day, not the month told first', () => {
    const text = [
      'Work on the sea wall began in August and was finished on October 2. Engineers inspected it three days later and passed it.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'Engineers inspected')).toEqual(['2026-10-05']);
  });
});

describe('a count from a collapse told as a structure crashing', () => {
  it('counts "the evening before the collapse" from the day the grandstand crashed', () => {
    const text = [
      'The roof of the Marl Road grandstand crashed onto the seats in the early hours of Sunday.',
      'Nobody was inside the ground, which had been locked at 10pm on Saturday.',
      'A steward had reported a loose panel the evening before the collapse.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'A steward')).toEqual(['2026-10-10']);
  });
});
