// Which words of a sentence anchor its event when several give one date: the first, unless they tell only a part of a
// day ("spent the night", "that evening", "overnight") and later words name the day itself ("yesterday afternoon",
// "on Sunday"). Those later words stand beside the deed the sentence dates ("Motorists spent the night in their cars
// after a blizzard shut the road yesterday afternoon"): the night is when they waited, the named day when it happened,
// and merging reads a report's deed and moment of the day by the words of its date.
import type { FoundDate } from './told-events.ts';

// Words telling only a part of some day, and nothing else: "spent the night", "that evening", "overnight"; not "ten to
// six that morning", a clock time.
const ONLY_PART_OF_DAY =
  /^(?:(?:spent|spend|spends|spending)\s+)?(?:(?:the|that|this)\s+)?(?:whole\s+)?(?:night|evening|morning|afternoon|overnight)$/i;
// Words naming the day: a relative day, a weekday, a month, a figure.
const DAY_NAMED =
  /\b(?:yesterday|today|tonight|tomorrow|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d/i;

/** Of a sentence's dates giving one date (in text order), the one whose words anchor its event. */
export function anchorOfOneDate(dates: readonly FoundDate[]): FoundDate {
  const [first] = dates;
  if (!first || !ONLY_PART_OF_DAY.test(first.text.trim())) return first!;
  return dates.find((date) => DAY_NAMED.test(date.text)) ?? first;
}
