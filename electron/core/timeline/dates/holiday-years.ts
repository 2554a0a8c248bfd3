// A holiday told with its year ("on New Year's Eve 2024", "Christmas Day, 2019") is that year's, not the one nearest
// the publication date.
import { YEAR_DIGITS } from './calendar.ts';
import type { DateMention } from './candidates.ts';

const HOLIDAY_NAME = /^(?:Christmas(?: Eve| Day)?|Boxing Day|New Year['’]s (?:Eve|Day))$/i;
// After a comma the year must close its clause: "On Christmas Day, 1998 residents were evacuated" counts residents.
const YEAR_AFTER = new RegExp(`^(?:\\s+(${YEAR_DIGITS})\\b|,\\s*(${YEAR_DIGITS})\\b(?=\\s*(?:[.,;:)!?—–]|$)))`);

/** The sentence's dates with each holiday told beside a year put in that year, its words taking the year in. */
export function withHolidayYears<T extends DateMention>(sentence: string, found: readonly T[]): T[] {
  const out = [...found];
  for (const [at, date] of found.entries()) {
    if (date.precision !== 'day' || date.endDate || !HOLIDAY_NAME.test(date.text)) continue;
    const told = YEAR_AFTER.exec(sentence.slice(date.index + date.text.length));
    if (!told) continue;
    const text = sentence.slice(date.index, date.index + date.text.length + told[0].length);
    out[at] = { ...date, date: `${told[1] ?? told[2]}${date.date.slice(4)}`, text };
  }
  // The year now told inside the holiday's words is no date of its own.
  return out.filter(
    (d) =>
      !out.some(
        (h) =>
          h !== d &&
          HOLIDAY_NAME.test(h.text.replace(YEAR_TAIL, '')) &&
          d.index > h.index &&
          d.index < h.index + h.text.length,
      ),
  );
}

const YEAR_TAIL = new RegExp(`,?\\s+${YEAR_DIGITS}$`);
