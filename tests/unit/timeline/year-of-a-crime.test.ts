// A year before a crime ("over a 2029 hijacking", "the 2018 bank robbery") names a past happening, as a year before an
// eruption or an election does: background, dated to that year. Written for this test; reference 14 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

describe('a year before a crime', () => {
  it.each([
    ['Marsh was on bail over a 2024 hijacking near the docks when he vanished.', '2024'],
    ['Detectives reopened the file on the 2018 bank robbery in Selby last week.', '2018'],
  ])('reads "%s" as a past happening', (sentence, year) => {
    const found = extractEvents(sentence, reference).find((event) => event.date === year);
    expect(found?.background).toBe(true);
  });
});
