// Two reports whose dates' clauses (date-clause.ts) tell opposite outcomes of one kind of decision, each done to its
// own thing or person, are two happenings: an assembly that passed the budget and rejected a proposal the same day, a
// court that jailed one man and cleared another. One decision is never told both ways, so two reports telling it both
// ways about two different things tell two decisions.
import type { DateClause } from './date-clause.ts';

// Each kind of decision, its outcomes one way and the other, by the verbs' infinitives as the tagger reads them.
const OUTCOMES: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [new Set(['pass', 'approve', 'adopt', 'endorse', 'ratify']), new Set(['reject', 'defeat', 'veto'])],
  [new Set(['convict', 'jail', 'sentence', 'imprison']), new Set(['clear', 'acquit'])],
];

/** The clauses tell opposite outcomes of one kind of decision, done to two things or people of other heads. */
export function oppositeOutcomes(x: DateClause, y: DateClause): boolean {
  if (!x.doneTo || !y.doneTo || x.doneTo.head === y.doneTo.head) return false;
  return OUTCOMES.some(([yes, no]) => (yes.has(x.verb) && no.has(y.verb)) || (no.has(x.verb) && yes.has(y.verb)));
}
