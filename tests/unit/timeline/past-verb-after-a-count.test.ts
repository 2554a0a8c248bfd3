// A past verb right after "the night before" goes on with the sentence's own subject, whatever verb it is: an
// irregular past known by its form ("drove", "swept"), not only the verbs listed. The time words stand alone and name
// no event. Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

function dateWords(text: string, start: string): string[] {
  return extractEvents(text, reference)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => `${event.date} ${text.slice(event.dateStart, event.dateEnd)}`);
}

describe('a past verb after a count from the event before', () => {
  it('is the sentence’s own verb, not the start of a named event', () => {
    const text =
      'A storm hit the Arlow campsite on Friday. Campers who had heard the warnings the night before drove to the village hall.';
    expect(dateWords(text, 'Campers')).toEqual(['2026-10-08 the night before']);
    const swept =
      'A storm hit the Arlow campsite on Friday. Volunteers who arrived the day after swept the lanes clear.';
    expect(dateWords(swept, 'Volunteers')).toEqual(['2026-10-10 the day after']);
  });
});
