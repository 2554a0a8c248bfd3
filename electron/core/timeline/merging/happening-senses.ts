// Whether two reports tell their happening in words of one sense, by WordNet (wordnet-senses.ts): "jailed" and
// "imprisoned", "the quake" and "the earthquake", "the arrest" and "arrested". The hand action lists (action-words.ts)
// hold the words tuned articles used; new articles tell happenings in words nobody listed. Only a word's first senses
// count, so a word of many senses ("strike": a blow, a deal, a walkout) meets another only in what it mostly means, and
// never where the hand lists tell two actions.
import type { Report } from '../extraction/event-reports.ts';
import { actionOfWord, actionsMatch } from '../language/actions.ts';
import { parsedSentence } from '../language/sentence-parse.ts';
import { type VerbUse, verbUseOf, verbUsesApart } from '../language/verb-objects.ts';
import { hypernymsOf, sensesOf, verbSensesOfNoun, type WordClass } from '../language/wordnet-senses.ts';
import { carriesHappening, toldAtDate } from './light-verb-happenings.ts';
import { CLEAR_ACTION } from './same-action.ts';

/** A word telling what happened, in dictionary form. */
export interface HappeningWord {
  lemma: string;
  wordClass: WordClass;
  /** A verb's use: done to something or alone (verb-objects.ts). */
  use?: VerbUse;
}

// How many senses of a word, in frequency order, may meet another's: a verb's first two, a noun's first.
const VERB_SENSES = 2;
const NOUN_SENSES = 1;
// How many words from its verb a happening noun may stand as its subject or object ("the quake hit", "ordered an
// evacuation of the tower").
const NOUN_REACH = 3;

/**
 * The words telling a report's happening: the verbs told right at its date (deed-words.ts), with their particle when
 * WordNet knows the pair ("cave in"), and the nouns of happenings standing as their subjects or objects ("the quake
 * hit", "announced the closure").
 */
export function happeningWordsOf(report: Report, sentence: string): HappeningWord[] {
  // A report is weighed against every other report of its date: read its words once.
  const known = read.get(report);
  if (known?.sentence === sentence) return known.words;
  const words = readHappeningWords(report, sentence);
  read.set(report, { sentence, words });
  return words;
}

const read = new WeakMap<Report, { sentence: string; words: HappeningWord[] }>();

function readHappeningWords(report: Report, sentence: string): HappeningWord[] {
  const words: HappeningWord[] = [];
  const verbs = new Set<string>();
  for (const deed of report.deeds) {
    if (deed.weight < CLEAR_ACTION) continue;
    const [verb] = deed.key.split(' ');
    verbs.add(verb!);
    // A verb and particle WordNet does not know ("came down") tells nothing by its verb alone ("come"); a past tense
    // the tagger left as it was ("closed") is read by its dictionary form.
    const lemma = [deed.key, deed.key.replace(/d$/, ''), deed.key.replace(/ed$/, '')].find((key) =>
      canMeet({ lemma: key, wordClass: 'verb' }),
    );
    if (lemma)
      words.push({ lemma, wordClass: 'verb', use: lemma.includes(' ') ? undefined : verbUseOf(sentence, verb!) });
  }
  if (verbs.size > 0)
    for (const lemma of nounsBeside(sentence, (verb) => verbs.has(verb))) words.push({ lemma, wordClass: 'noun' });
  // "to claim victory", "the walkout began": the noun a light verb carries, told right at the date, is the deed.
  for (const lemma of nounsBeside(sentence, carriesHappening, (noun) => toldAtDate(report, noun)))
    words.push({ lemma, wordClass: 'noun' });
  return words;
}

/**
 * The nouns of happenings standing next to (at most NOUN_REACH words from) a verb `isVerb` takes in a sentence, of
 * those `told` takes (by the word as written).
 */
function nounsBeside(
  sentence: string,
  isVerb: (verb: string) => boolean,
  told: (noun: string) => boolean = () => true,
): string[] {
  const { terms, dictionaryForms } = parsedSentence(sentence);
  const nouns: string[] = [];
  const root = (i: number) => (dictionaryForms[i] ?? terms[i]!.normal).toLowerCase();
  const take = (i: number) => {
    const term = terms[i]!;
    if (!term.tags.includes('Noun') || term.tags.includes('ProperNoun') || term.tags.includes('Pronoun')) return false;
    if (told(term.normal) && canMeet({ lemma: root(i), wordClass: 'noun' })) nouns.push(root(i));
    return true;
  };
  terms.forEach((term, at) => {
    if (!term.tags.includes('Verb') || !isVerb(root(at))) return;
    for (let i = at - 1; i >= Math.max(0, at - NOUN_REACH); i--) {
      if (/[,;:]/.test(terms[i]!.post) || terms[i]!.tags.includes('Verb') || take(i)) break;
    }
    for (let i = at + 1; i <= Math.min(terms.length - 1, at + NOUN_REACH); i++) {
      if (terms[i]!.tags.includes('Verb') || take(i) || /[,;:]/.test(terms[i]!.post)) break;
    }
  });
  return nouns;
}

/** The senses a word may meet another's by: its first senses, and for a noun the verb senses that go with them. */
function meetingSenses({ lemma, wordClass }: HappeningWord): Set<number> {
  const senses = sensesOf(lemma, wordClass, wordClass === 'verb' ? VERB_SENSES : NOUN_SENSES).filter((s) => s > 0);
  return new Set(wordClass === 'verb' ? senses : senses.flatMap((sense) => [sense, ...verbSensesOfNoun(sense)]));
}

/** The word has senses that may meet another's: a verb's first two not all of being, a noun's first a happening. */
function canMeet(word: HappeningWord): boolean {
  return meetingSenses(word).size > 0;
}

/** Two words share a sense, or one's sense is a kind of the other's ("imprison" is a kind of "confine"). */
export function wordsMeet(a: HappeningWord, b: HappeningWord): boolean {
  if (a.lemma === b.lemma && a.wordClass === b.wordClass) return false;
  // The hand lists tell two actions: they were written for these very words.
  const [handA, handB] = [actionOfWord(a.lemma), actionOfWord(b.lemma)];
  if (handA !== undefined && handB !== undefined && !actionsMatch(handA, handB)) return false;
  const [x, y] = [meetingSenses(a), meetingSenses(b)];
  for (const sense of x) if (y.has(sense) || hypernymsOf(sense).some((h) => y.has(h))) return true;
  for (const sense of y) if (hypernymsOf(sense).some((h) => x.has(h))) return true;
  return false;
}

/**
 * Two reports tell their happening in words that share a sense (other words than the same one), neither telling a
 * state still going on nor a further one beside the other.
 */
export function shareHappeningSense(x: Report, xSentence: string, y: Report, ySentence: string): boolean {
  if (x.ongoing !== y.ongoing || x.furtherOne !== y.furtherOne) return false;
  const theirs = happeningWordsOf(y, ySentence);
  if (theirs.length === 0) return false;
  return happeningWordsOf(x, xSentence).some((word) =>
    theirs.some((other) => wordsMeet(word, other) && !verbUsesApart(word.use, other.use)),
  );
}

/**
 * Two reports' happening words share a sense only between a verb told alone and one done to something ("retired on
 * Tuesday", "withdrew the grants"): WordNet's sense of going away is not what the second means, so the verbs tell two
 * happenings, as one verb in two senses does (verb-senses.ts).
 */
export function senseMetOnlyInOtherUses(x: Report, xSentence: string, y: Report, ySentence: string): boolean {
  if (x.ongoing !== y.ongoing || x.furtherOne !== y.furtherOne) return false;
  const [ours, theirs] = [happeningWordsOf(x, xSentence), happeningWordsOf(y, ySentence)];
  const meeting = ours.flatMap((word) =>
    theirs.filter((other) => wordsMeet(word, other)).map((other) => [word, other]),
  );
  return meeting.length > 0 && meeting.every(([word, other]) => verbUsesApart(word!.use, other!.use));
}
