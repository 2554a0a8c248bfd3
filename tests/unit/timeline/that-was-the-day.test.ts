// "That was the day …", "It was the night …": a sentence pointing back names the time of the event just told as the
// time of its own happening. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

function datesOf(text: string, start: string): string[] {
  return extractEvents(text, WEDNESDAY)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date);
}

describe('a sentence naming the time just told as its own', () => {
  it('dates "That was the day …" to the day told before', () => {
    const text =
      'Residents in Harrow Lane first smelt gas on 2 February. That was the day contractors dug up the road.';
    expect(datesOf(text, 'That was the day')).toEqual(['2027-02-02']);
  });

  it('dates "It was the night …" likewise', () => {
    const text = 'The Orrin peaked at 4.1 metres on Saturday. It was the night the flood wall at Casby gave way.';
    expect(datesOf(text, 'It was the night')).toEqual(['2027-02-13']);
  });

  it('leaves a day’s count of things alone', () => {
    const text = 'Power failed across Casby on Saturday. It was the day’s third cut, and crews were stretched.';
    expect(datesOf(text, 'It was the day')).toEqual([]);
  });

  it('leaves a present "This is the day …" in a quote alone', () => {
    const text = 'The new lifeboat arrived on Saturday. “This is the day we have waited ten years for,” the cox said.';
    expect(datesOf(text, '“This is the day')).toEqual([]);
  });
});
