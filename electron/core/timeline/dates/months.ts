// The months as news text names them: in full ("November"), cut short ("Nov.", "Sept"), and the patterns that find
// them. The date reading (dates.ts), the page's order of figures (figure-order.ts), the moments stories compare
// (moments.ts) and the numbers merging tells from dates (merge-evidence.ts) all read month names from here, so that a
// month one of them knows the others know too.

/** The months' names in full, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The months' names in full, as the source of a regular expression: "January|February|…|December". */
export const FULL_MONTH = MONTH_NAMES.join('|');

/** The first three letters of each month, lower-cased, as the source of a regular expression: "jan|feb|…|dec". */
export const MONTH_STEMS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase()).join('|');

/** A month's name in full or cut short, as a whole word: "Jan", "January", "Sept", "Sep", "September". */
export const MONTH_NAME =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/** The ending a day's number may take ("19th", "1st"), as the source of a regular expression. */
export const DAY_ENDING = '(?:st|nd|rd|th)';

/**
 * The number (1 to 12) of a month named in full or by a name that opens with its first three letters ("Sept.",
 * "dec"), whatever its case; 0 for any other word.
 */
export function monthNumber(name: string): number {
  const stem = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === stem) + 1;
}
