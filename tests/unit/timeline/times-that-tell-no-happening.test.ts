// Time words that tell no time of a happening: a day spoken of as a topic ("anything to do with last night"), how often
// over a span ("twice in one year"), every other weekday, today or tonight in speech about what can or would be, and
// a speaker's own hours ("in the car by seven o'clock"). Written for this test; the outlet publishes on Wednesday
// 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

function datesOf(text: string): string[] {
  return extractEvents(text, reference).map((event) => event.date);
}

describe('times that tell no happening', () => {
  it.each([
    'The caretaker could not say whether the leak had anything to do with last night.',
    'Residents should not have to bail out their kitchens twice in one year, the councillor said.',
    'Drivers at the depot now work every other Saturday.',
    '“Tonight I can finally rest,” said Ana Ruiz, whose house was spared.',
    '“Without the new barrier we would be pumping water out of the square tonight.”',
    'The gardeners say they have never seen hail like last Friday’s.',
    'Few of the stallholders remember a crowd like that Saturday.',
  ])('finds no event in "%s"', (text) => {
    expect(datesOf(text)).toEqual([]);
  });

  it('dates no clock time in speech by the story’s day', () => {
    const text =
      'The Ley burst its banks on Monday. “We were all in the car by seven o’clock, and the water was at the door.';
    expect(datesOf(text)).toEqual(['2026-10-12']);
  });

  it('keeps what speakers tell of days gone and hours outside their words', () => {
    expect(datesOf('“We lost the whole harvest last Tuesday,” said the farmer.')).toEqual(['2026-10-13']);
    expect(datesOf('The caretaker found the leak at 7am yesterday.')).toEqual(['2026-10-13']);
  });

  it('keeps a day after "like" as a verb or as "as if"', () => {
    expect(datesOf('The union would like Friday’s meeting moved to the town hall.')).toEqual(['2026-10-16']);
    expect(datesOf('It looks like Thursday’s match will go ahead.')).toEqual(['2026-10-15']);
  });
});
