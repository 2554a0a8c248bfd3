// The words that open a range of days and join its ends ("from Monday to Wednesday", "between 3 and 5 May"), with the
// hours either end may be told at: "from 9 p.m. on Thursday to 6 a.m. on Friday", "from Friday at 8 p.m. until Monday
// at 6 a.m.", "from 10 p.m. Saturday to 5 a.m. Monday", "from Friday night until Monday morning". The hours say when in
// its first and last days the span begins and ends; the span is still one happening, from the one day to the other.
import { TIME_OF_DAY } from './clock-times.ts';

const OPENS = /\b(?:from|between)\s+$/i;
const JOINS = /^,?\s*(?:to|until|till|through|and|-|–)\s*$/i;
// An hour told before its day ("9 p.m. on", "late on", "10 p.m."), or after it ("at 8 p.m.", "night", "morning").
const HOUR_BEFORE_DAY = `(?:(?:at\\s+)?${TIME_OF_DAY}|early|late)\\s*(?:on\\s+)?`;
const HOUR_AFTER_DAY = `,?\\s*(?:(?:at\\s+)?${TIME_OF_DAY}|morning|afternoon|evening|night)`;
const HOUR_ENDING = new RegExp(`${HOUR_BEFORE_DAY}$`, 'i');
const HOUR_OPENING = new RegExp(`^${HOUR_AFTER_DAY}`, 'i');

/** Whether `before` (the text up to a range's first end) opens a range. */
export function opensRange(before: string): boolean {
  return OPENS.test(before) || OPENS.test(before.replace(HOUR_ENDING, ''));
}

/** Whether `between` (the text from a range's first end to its last) joins the two ends. */
export function joinsRange(between: string): boolean {
  return JOINS.test(between) || JOINS.test(between.replace(HOUR_OPENING, '').replace(HOUR_ENDING, ''));
}
