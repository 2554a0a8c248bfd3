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
    const last = `${month.date}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
    if (last < day.date) {
      out.push(day);
      continue;
    }
    const text = sentence.slice(day.index, month.index + month.text.length);
    out.push({ ...day, endDate: last, text });
    i++;
  }
  return out;
}
