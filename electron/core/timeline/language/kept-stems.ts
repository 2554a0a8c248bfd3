// The stems of a headline or a name, kept: the opening rules (opening-words.ts, story-happenings.ts,
// story-openings-apart.ts) read both articles' headlines and the names they give for every pair compared, and
// grouping compares each article with every article placed before it.
import { keptReadings } from './kept-readings.ts';
import { stemsOf } from './subject-asides.ts';

/** `stemsOf` a headline or a name, remembered for the latest few thousand; the stems are shared, never to be changed. */
export const keptStemsOf: (text: string) => readonly string[] = keptReadings(stemsOf, 8000);
