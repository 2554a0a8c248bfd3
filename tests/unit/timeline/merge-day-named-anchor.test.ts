// A sentence giving one date twice, first by a part of a day only ("spent the night") and then by words naming the
// day ("yesterday"), is anchored on the day's words, which stand beside the deed it dates: so the report merges with
// another outlet's telling of that deed. Written for this test: each outlet tells two happenings of Tuesday 13 October
// 2026 and publishes on Wednesday 14 October, so no report is all its article tells of that day.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { joining, merged, reference } from './outlets.ts';

/** Each of a text's events: its date and the text from the words anchoring it. */
function anchors(text: string): string[] {
  return extractEvents(text, reference).map((event) => `${event.date} ${text.slice(event.dateStart)}`);
}

describe('the words anchoring a date told twice in a sentence', () => {
  it('anchors on the words naming the day, not on a part of a day told before them', () => {
    const text = 'Dozens of climbers spent the night in a hut after an avalanche buried the path yesterday afternoon.';
    expect(anchors(text)).toEqual(['2026-10-13 yesterday afternoon.']);
  });

  it('keeps the first words when they name the day themselves', () => {
    const text = 'The ferry sank on Tuesday night, and divers reached it yesterday afternoon.';
    expect(anchors(text)).toEqual(['2026-10-13 Tuesday night, and divers reached it yesterday afternoon.']);
  });

  it('joins the deed told beside the day with another outlet’s telling of it', () => {
    const entries = merged(
      'Scores of coach passengers spent the night in a school gym after a landslide shut the valley road yesterday afternoon. ' +
        'A rescue team reopened the car park on Tuesday.',
      'Falling rock closed the A870 through Glen Orrin on Tuesday, stranding several coaches. ' +
        'The council resurfaced the harbour road on Tuesday.',
    );
    const slip = joining(entries, '2026-10-13', 'outlet-1', 'outlet-2').filter((entry) =>
      entry.sources.some((source) => source.text.includes('landslide')),
    );
    expect(slip).toHaveLength(1);
  });
});
