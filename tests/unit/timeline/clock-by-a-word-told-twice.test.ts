// A clock time is the hour of an earlier event only when both tell the same things: "ground" in "the lift ground to a
// halt" is the lift stopping, not the ground a later sentence lowers people to, so that later sentence keeps the
// article's main event.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

const text = [
  'Eleven hikers were brought down from a stranded chairlift yesterday morning after a bitter night above the valley.',
  'Mia and Lena Brandt, both 31, had taken the Felsen chairlift up from the village of Oberau at about 4 pm local time on Monday.',
  'Twenty minutes later the lift ground to a halt, leaving their chair hanging over a frozen stream.',
  'A helicopter had winched six other riders off on Monday before dark, but cloud then closed in.',
  'Volunteers lowered the Brandts and the rest of their chair to the ground by rope shortly after 8 am, the resort said.',
].join('\n\n');

describe('a clock time told in its own paragraph', () => {
  it('keeps the main event when an earlier sentence shares only a word used as a verb there', () => {
    expect(datesOfSentence(text, 'Volunteers lowered')).toEqual(['2026-10-13']);
  });

  it('still dates the stop from the boarding', () => {
    expect(datesOfSentence(text, 'Twenty minutes later')).toEqual(['2026-10-12']);
  });
});
