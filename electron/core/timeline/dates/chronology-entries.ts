// An entry of a chronology box: a line opening with its month and year or its year alone, then a colon ("March 2032:
// The council selects a partner.", "2034: Planning permission is granted."). The label dates the line's happening,
// though it stands with no "in" before it; a day told in full there ("14 February 2038:") is read by the day rules.
import { type Candidate, monthCandidate, yearCandidate } from './candidates.ts';
import { FULL_MONTH, monthNumber } from './months.ts';

// Only at the very start of a sentence, and only before a colon or a spaced dash: "2034 homes were built" is a count.
const ENTRY_LABEL = new RegExp(
  `^(?:(?:early|mid-|late)\\s*)?(?:(${FULL_MONTH})\\s+)?((?:1[5-9]|20)\\d{2})(?=\\s*(?::|\\s[–—-])\\s+\\S)`,
);

/** The month or year labelling a chronology entry, when the sentence is one. */
export function chronologyEntries(sentence: string): Candidate[] {
  const match = ENTRY_LABEL.exec(sentence);
  if (!match) return [];
  const year = Number(match[2]);
  return match[1]
    ? [monthCandidate(year, monthNumber(match[1]), match[0], match.index)]
    : [yearCandidate(year, match[0], match.index)];
}
