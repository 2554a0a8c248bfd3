// Two reports of one date whose dates' own clauses (date-clause.ts) tell deeds of two different named people, as doers
// or as those the deed was done to, are two happenings: two wins at one athletics meeting, two sentences at one court.
// Only the clause the date belongs to is read, never every name of the sentence: a sentence names the context of its
// happening too (the court, the town, the police), which one happening's reports share.
import { type DateClause, dateClauseAt, type Participant } from './date-clause.ts';
import type { MergeItem } from './likeness-features.ts';
import { oppositeOutcomes } from './opposite-outcomes.ts';

// Verbs of saying and planning: who said something, or what was set for a day, is not the deed another outlet tells.
const SAYING = new Set('say tell announce add warn confirm claim state report plan expect schedule due'.split(' '));

/** The clause a merge item's date belongs to, read by offsets from its event's start only (pair-scores.ts caches). */
export function clauseOfItem(item: MergeItem): DateClause | undefined {
  const { event } = item;
  const from = (event.dateStart ?? event.end) - event.start;
  const to = (event.dateEnd ?? event.end) - event.start;
  return dateClauseAt(item.sentence, from, to);
}

/**
 * Two articles' reports whose dates' clauses name two people as doers (or as those the deed was done to), neither named
 * anywhere in the other's sentence ("Quaye set a world record", "Rennison won the 1500 metres"), or opposite outcomes of
 * one kind of decision done to two things ("passed the budget", "rejected a proposal"). Not a saying or a plan.
 */
export function participantsApart(a: MergeItem, b: MergeItem): boolean {
  if (a.articleId === b.articleId) return false;
  const [x, y] = [clauseOfItem(a), clauseOfItem(b)];
  if (!x || !y || SAYING.has(x.verb) || SAYING.has(y.verb)) return false;
  return otherPeople(a, x.doer, b, y.doer) || otherPeople(a, x.doneTo, b, y.doneTo) || oppositeOutcomes(x, y);
}

/** Two participants each headed by someone's name, neither named in the other's sentence. */
function otherPeople(a: MergeItem, p: Participant | undefined, b: MergeItem, q: Participant | undefined): boolean {
  if (!p?.named || !q?.named || p.head === q.head) return false;
  return !mentions(b.sentence, p.head) && !mentions(a.sentence, q.head);
}

/** The sentence holds the word, as a word or the start of one ("Quaye", "Quaye's"). */
function mentions(sentence: string, word: string): boolean {
  const escaped = word.replace(/[^\p{L}\d]/gu, '.');
  return new RegExp(`(?<![\\p{L}\\d])${escaped}`, 'iu').test(sentence);
}
