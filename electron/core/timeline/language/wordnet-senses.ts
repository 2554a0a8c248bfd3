// WordNet's senses of the words that tell happenings (wordnet-senses-table.ts, generated from WordNet 3.1): for each
// verb and each noun of an act, an event, a phenomenon or a process, its first senses in frequency order; each sense's
// direct hypernyms; and the verb senses each noun sense goes with ("the arrest", "arrested"). Parsed on first use, so
// an app that never merges reports pays nothing for it.
import { WORDNET_SENSES_JSON } from './wordnet-senses-table.ts';

interface SenseTable {
  verbs: Record<string, number[]>;
  nouns: Record<string, number[]>;
  /** By sense id less one: the sense's direct hypernyms. */
  hypernyms: number[][];
  /** By noun sense id: the verb senses it goes with. */
  derived: Record<string, number[]>;
}

let table: SenseTable | undefined;

function senseTable(): SenseTable {
  table ??= JSON.parse(WORDNET_SENSES_JSON) as SenseTable;
  return table;
}

export type WordClass = 'verb' | 'noun';

/** A word's senses among its first `first` in WordNet's frequency order (0 for a sense outside the table). */
export function sensesOf(lemma: string, wordClass: WordClass, first: number): number[] {
  const { verbs, nouns } = senseTable();
  const senses = (wordClass === 'verb' ? verbs : nouns)[lemma];
  return senses ? senses.slice(0, first) : [];
}

/** A sense's direct hypernyms. */
export function hypernymsOf(sense: number): readonly number[] {
  return senseTable().hypernyms[sense - 1] ?? [];
}

/** The verb senses a noun sense goes with ("arrest" the act, "arrest" the deed). */
export function verbSensesOfNoun(sense: number): readonly number[] {
  return senseTable().derived[String(sense)] ?? [];
}

/** The verbs of several words WordNet holds ("set on fire", "put behind bars", "take office"). */
export function verbsOfSeveralWords(): string[] {
  return Object.keys(senseTable().verbs).filter((verb) => verb.includes(' '));
}

/** Parses the table now: what loading it costs (the bench measures it). */
export function loadSenseTable(): number {
  return senseTable().hypernyms.length;
}
