// Times told in passing or from another event (written for this test; the outlet publishes on Wednesday 14 October
// 2026): a year before 1800, "the next year" after a year told, a past happening a year names, "that lunchtime",
// "since first light", "That night" after a sentence that also names an earlier event, and a count from a named event
// right after a clock time.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence as datesOf, reference } from './outlets.ts';

describe('times told in passing', () => {
  it('reads a year before 1800 that ends its clause, not a count', () => {
    expect(datesOf('The mill was built on the river in 1764, and it ground corn until 1951.', 'The mill')).toEqual([
      '1764',
      '1951',
    ]);
    expect(datesOf('Floodwater reached 1500 homes in the valley on Monday.', 'Floodwater')).toEqual(['2026-10-12']);
  });

  it('counts "the next year" from the year just told', () => {
    expect(
      datesOf('The lighthouse was automated in 1989, and its keepers left the next year.', 'The lighthouse'),
    ).toEqual(['1989', '1990']);
  });

  it('reads a year naming a dance or a concert as a past happening', () => {
    const text = 'The two first met at a 1984 harvest dance, and she sang at a 1990 charity concert.';
    const events = extractEvents(text, reference);
    expect(events.map((event) => [event.date, event.background])).toEqual([
      ['1984', true],
      ['1990', true],
    ]);
  });

  it('dates "that lunchtime" and "since first light" by the event just told', () => {
    const text = [
      'The Corran burst its banks at Eastholm on Monday morning.',
      'A lifeboat crew took a woman off the roof of her car that lunchtime.',
      'Volunteers have filled more than 900 sandbags since first light.',
    ].join('\n\n');
    expect(datesOf(text, 'A lifeboat crew')).toEqual(['2026-10-12']);
    expect(datesOf(text, 'Volunteers')).toEqual(['2026-10-12']);
  });

  it('dates "That night" by the day the sentence before reports, not by the event it names', () => {
    const text = [
      'Two weeks after councillors approved the new car park, residents handed in a petition against it on Monday.',
      'That night, the council leader refused to discuss it at the full council meeting.',
    ].join('\n\n');
    expect(datesOf(text, 'That night')).toEqual(['2026-10-12']);
  });

  it('dates a count from a named event after a clock time back from the event the article reports', () => {
    const text = [
      'The Skyrel 3 rocket exploded over the Ardmore range on Monday.',
      'The rocket cleared the pad at 5:20 a.m. local time, a week after high winds forced engineers to scrub the first try.',
    ].join('\n\n');
    expect(datesOf(text, 'The rocket cleared')).toEqual(['2026-10-05', '2026-10-12']);
  });
});
