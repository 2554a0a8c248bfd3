// Years listed after one a rule found: "won state titles in 1990, 1991, 1998 and 2006", "in 2033 and 2035". Each year
// of the list is a time of its own, told as the first is; a list running on into a noun ("in 2033 and 2035 people")
// counts things, so only a list that ends its clause counts.
import { YEAR_DIGITS } from './calendar.ts';
import type { DateMention } from './candidates.ts';

const LIST_AFTER = new RegExp(
  `^((?:\\s*,\\s*${YEAR_DIGITS})*,?\\s+(?:and|or)\\s+${YEAR_DIGITS})\\b(?=\\s*(?:[.,;:)!?—–]|$))`,
);
const YEAR_IN_LIST = new RegExp(YEAR_DIGITS, 'g');

/** The sentence's dates with the years listed after a lone year it names. */
export function withListedYears<T extends DateMention>(sentence: string, found: readonly T[]): T[] {
  const out = [...found];
  for (const date of found) {
    if (date.precision !== 'year' || date.endDate || !/^\d{4}$/.test(date.text)) continue;
    const after = date.index + date.text.length;
    const list = LIST_AFTER.exec(sentence.slice(after));
    if (!list) continue;
    for (const year of list[1]!.matchAll(YEAR_IN_LIST)) {
      const index = after + year.index;
      if (out.some((d) => d.index <= index && index < d.index + d.text.length)) continue;
      out.push({ ...date, date: year[0], text: year[0], index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
