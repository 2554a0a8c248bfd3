// Counts past twelve written as words, as anniversaries tell them: "Twenty years ago today", "fifteen years ago",
// "twenty-five years ago". The day rules count back from them as from "three weeks ago".
import { NUMBER_WORDS } from './candidates.ts';

const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count in words past twelve, as the source of a regular expression (no group). */
export const LARGE_COUNT_WORD = `(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')}`;

/** The number a count in words stands for, up to ninety-nine; undefined for any other word. */
export function largeCountOf(word: string): number | undefined {
  const [tens, unit] = word.toLowerCase().split(/[- ]/);
  const teen = TEENS.indexOf(tens!);
  if (teen >= 0) return 13 + teen;
  const ten = TENS.indexOf(tens!);
  if (ten < 0) return undefined;
  return 20 + ten * 10 + (unit ? (NUMBER_WORDS[unit] ?? 0) : 0);
}
