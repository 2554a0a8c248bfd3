// A day and the end of a month told after it ("from Monday until the end of August", "from 3 July to the end of
// September") are one span, from that day to the month's last day, not a day and a month apart.
import type { DateMention } from './candidates.ts';

const TO_THE_END = /^\s+(?:until|till|to|through)\s+the\s+end\s+(?:of\s+)?$/i;

/** The sentence's dates with each day and the end of a month after it joined as one range. */
export function withSpansToMonthEnd(sentence: string, found: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const day = found[i]!;
    const month = found[i + 1];
    const between = month ? sentence.slice(day.index + day.text.length, month.index) : '';
    if (
      !month ||
      day.precision !== 'day' ||
      day.endDate ||
      month.precision !== 'month' ||
      month.endDate ||
      !TO_THE_END.test(between)
    ) {
      out.push(day);
      continue;
    }
    const [year, number] = month.date.split('-').map(Number) as [number, number];
    // A past verb reads the month as the one gone by ("closed on Monday until the end of November"): the end of a span
    // that starts on the day is the first such month's end after it.
    const last = [year, year + 1].map((each) => lastDayOf(each, number)).find((end) => end >= day.date);
    if (!last) {
      out.push(day);
      continue;
    }
    const text = sentence.slice(day.index, month.index + month.text.length);
    out.push({ ...day, endDate: last, text });
    i++;
  }
  return out;
}

/** `YYYY-MM-DD` of the last day of `month` (1 to 12) of `year`. */
function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
