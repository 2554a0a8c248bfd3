// A month something is planned for: "scheduled for May", "was advertised for March, but was postponed", "pencilled in
// for late June". "for" names no month after other words ("voted for May" may be a person), so only after a word of
// planning; its year is read as "in May" would be: the coming May for a plan, the last one for a plan told as past.
import { monthYear, nearestMonthYear } from './calendar.ts';
import { type Candidate, monthCandidate } from './candidates.ts';
import { FULL_MONTH, monthNumber } from './months.ts';
import { isPastPlan, monthLooksForward } from './tense.ts';

const PLANNED_FOR = new RegExp(
  `\\b(?:scheduled|planned|slated|set|due|advertised|booked|timetabled|earmarked|proposed|billed|pencil?led\\s+in|penciled\\s+in)\\s+for\\s+(?:early\\s+|mid-|late\\s+)?(${FULL_MONTH})(?:,?\\s+(\\d{4}))?\\b(?!\\s+\\d)`,
  'gi',
);

/** Months named after a word of planning and "for". */
export function plannedForAMonth(sentence: string, reference: Parameters<typeof monthYear>[1]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(PLANNED_FOR)) {
    const month = monthNumber(match[1]!);
    const from = match[0].search(/\bfor\b/i);
    const monthIndex = match.index + match[0].lastIndexOf(match[1]!);
    const year = match[2]
      ? Number(match[2])
      : isPastPlan(sentence, monthIndex)
        ? nearestMonthYear(month, reference)
        : monthYear(month, reference, monthLooksForward(sentence, monthIndex));
    out.push(monthCandidate(year, month, match[0].slice(from), match.index + from));
  }
  return out;
}
