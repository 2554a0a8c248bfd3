// A time told as how long ago from the writer's now: "It has been six days since the stage roof came down", "It's
// three weeks since the mill closed", "Ten days have passed since the river burst its banks". The happening after
// "since" came that long before the day the article speaks from, as "six days ago" did.
import type { CalendarDay } from './calendar.ts';
import { type Candidate, countOf, NUMBER_WORDS, shiftedCandidate } from './candidates.ts';

const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(day|week|fortnight|month|year)s?';
// A clause follows "since", not a date of its own ("It has been six days since Monday" is Monday's).
const CLAUSE_AFTER = String.raw`(?=\s+(?!(?:yesterday|last|this|early|late|mid|\d|\p{Lu}\p{Ll}+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))\S)`;
const ELAPSED = new RegExp(
  String.raw`\b(?:it\s+has\s+(?:now\s+)?been|it['’]s\s+(?:now\s+)?been|it\s+is\s+(?:now\s+)?|it['’]s\s+(?:now\s+)?)\s*(?:exactly\s+|just\s+)?${COUNT}\s+${UNIT}\s+since${CLAUSE_AFTER}` +
    String.raw`|\b${COUNT}\s+${UNIT}\s+have\s+(?:now\s+)?(?:passed|gone\s+by|gone)\s+since${CLAUSE_AFTER}`,
  'giu',
);

/** The times a sentence tells as elapsed since a happening, counted back from the reference day. */
export function elapsedSince(sentence: string, reference: CalendarDay): Candidate[] {
  return [...sentence.matchAll(ELAPSED)].map((match) => {
    const [count, unit] = match[1] ? [match[1], match[2]!] : [match[3]!, match[4]!];
    return shiftedCandidate(reference, -countOf(count), unit.toLowerCase(), match[0], match.index);
  });
}
