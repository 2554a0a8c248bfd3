// Two reports of one date whose dates' own clauses (date-clause.ts) tell deeds of two different named people, as doers
// or as those the deed was done to, are two happenings: two wins at one athletics meeting, two sentences at one court.
// Only the clause the date belongs to is read, never every name of the sentence: a sentence names the context of its
// happening too (the court, the town, the police), which one happening's reports share.
import { type DateClause, dateClauseAt, type Participant } from './date-clause.ts';
import type { MergeItem } from './likeness-features.ts';
import { sensesOf } from './wordnet-senses.ts';

// Verbs of saying and planning: who said something, or what was set for a day, is not the deed another outlet tells.
const SAYING = new Set('say tell announce add warn confirm claim state report plan expect schedule due'.split(' '));
// Words for anyone: two outlets call one person "a man" and "a pensioner", "a driver" and "a motorist".
const ANYONE = new Set(
  (
    'man woman men women people person boy girl child children teenager teenagers youth youths suspect suspects ' +
    'driver drivers resident residents victim victims someone one'
  ).split(' '),
);
// How many letters of a word tell its stem closely enough here ("sheets", "sheeting").
const STEM = 5;

/** The clause a merge item's date belongs to, read by offsets from its event's start only (pair-scores.ts caches). */
export function clauseOfItem(item: MergeItem): DateClause | undefined {
  const { event } = item;
  const from = (event.dateStart ?? event.end) - event.start;
  const to = (event.dateEnd ?? event.end) - event.start;
  return dateClauseAt(item.sentence, from, to);
}

/**
 * Two articles' reports whose dates' clauses name two people as doers (or as those the deed was done to), neither named
 * anywhere in the other's sentence ("Quaye set a world record", "Rennison won the 1500 metres"); or bring in two
 * people or things each for the first time, in words neither sentence uses of the other's ("a roofer was jailed", "a
 * publican was fined"). Not a saying or a plan.
 */
export function participantsApart(a: MergeItem, b: MergeItem): boolean {
  if (a.articleId === b.articleId) return false;
  const [x, y] = [clauseOfItem(a), clauseOfItem(b)];
  if (!x || !y || SAYING.has(x.verb) || SAYING.has(y.verb)) return false;
  const apart = (p: Participant | undefined, q: Participant | undefined) =>
    otherPeople(a, p, b, q) || (introduced(p, b.sentence) && introduced(q, a.sentence) && otherThings(p!, q!));
  return apart(x.doer, y.doer) || apart(x.doneTo, y.doneTo);
}

/**
 * A participant brought in by "a" or "an", headed by a word for someone or something particular: not a word for anyone
 * ("a man"), not a happening ("a fire": a noun WordNet knows as an act or event), none of whose words the other sentence
 * uses.
 */
function introduced(p: Participant | undefined, other: string): boolean {
  if (!p || !/^(?:a|an)$/.test(p.words[0] ?? '') || ANYONE.has(p.head)) return false;
  if (sensesOf(p.head, 'noun', 1).length > 0) return false;
  // The place a name tells ("a Corriemoor landlord") is the story's; the words for the thing itself tell it apart.
  const own = p.words.filter((word) => word === p.head || (word.length > 3 && !p.names.includes(word)));
  return !own.some((word) => mentions(other, word.slice(0, STEM)));
}

/** Two heads, and no longer word in common, by its stem. */
function otherThings(p: Participant, q: Participant): boolean {
  const stems = (words: string[]) => words.filter((word) => word.length > 3).map((word) => word.slice(0, STEM));
  const theirs = stems(q.words);
  return p.head !== q.head && !stems(p.words).some((stem) => theirs.includes(stem));
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
