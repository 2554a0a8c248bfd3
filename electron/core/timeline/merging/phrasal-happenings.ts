// Happenings told in phrases of several words: "sent the treasurer to prison", "set the barn on fire", "took charge of
// the council", "gave the go-ahead". The deed reader (deed-words.ts) keeps a verb and its particle ("called off"), and
// WordNet's senses (happening-senses.ts) read one word; a phrase whose meaning lies in a noun after the verb and its
// object ("to prison", "on fire", "the go-ahead") is read here, by WordNet's own verbs of several words ("put behind
// bars", "set on fire", "take office") and by a few common phrases WordNet lacks, each told as the WordNet verb it means.
import type { Report } from '../extraction/event-reports.ts';
import { actionOfWord, actionsMatch } from '../language/actions.ts';
import { type ParsedTerm, parsedSentence } from '../language/sentence-parse.ts';
import { otherVerbSenses } from '../language/verb-senses.ts';
import { hypernymsOf, sensesOf, verbsOfSeveralWords } from '../language/wordnet-senses.ts';
import { happeningPhrasesIn } from './happening-phrases.ts';
import { type HappeningWord, happeningWordsOf, wordsMeet } from './happening-senses.ts';
import type { MergeItem } from './likeness-features.ts';
import { dateClause } from './other-towns.ts';

/** A phrase: its verb, the words that follow it in order (an object may stand between), and the verb it means. */
interface Phrase {
  verb: string;
  words: string[];
  means: string;
  /** How many words WordNet's entry has: of two entries told by the same words, the shorter is meant. */
  length: number;
}

// Phrases WordNet does not hold, by the WordNet verb each means: a court sending someone "to prison" imprisons them, a
// regulator giving "the go-ahead" or "the green light" approves, someone taking "the helm" takes charge.
const UNLISTED: Record<string, string[]> = {
  imprison: ['send prison', 'send jail', 'put prison', 'put jail', 'throw prison', 'throw jail', 'lock prison'],
  approve: ['give go-ahead', 'give green light'],
  'take charge': ['take helm'],
};

// Words of a WordNet phrase that only join its noun to the verb ("set on fire", "take the stand"), and particles, which
// the deed reader already keeps with their verb ("call off").
const JOINING = new Set(['a', 'an', 'the', 'to', 'on', 'in', 'into', 'behind', 'of', 'at', 'for', 'one', 'it']);
const PARTICLES = new Set(['off', 'out', 'down', 'up', 'in', 'over', 'away', 'back', 'apart', 'through', 'around']);
// How many words after its verb a phrase's first noun may stand ("sent the former club treasurer to prison"), and its
// other words after that.
const REACH = 6;

/** The phrase mostly means no more than that something happened ("take place"): WordNet puts no verb above it. */
function onlyHappens(entry: string): boolean {
  const [first] = sensesOf(entry, 'verb', 1);
  return first === undefined || first === 0 || hypernymsOf(first).length === 0;
}

/** A word as the tagger splits it: "go-ahead" is "go" and "ahead". */
function wordsOfTagger(word: string): string[] {
  return word.split('-');
}

let byVerb: Map<string, Phrase[]> | undefined;

/** The phrases by their verb: WordNet's verbs of several words that hold a noun past the verb, and the unlisted ones. */
function phrasesByVerb(): Map<string, Phrase[]> {
  if (byVerb) return byVerb;
  const phrases: Phrase[] = [];
  for (const entry of verbsOfSeveralWords()) {
    const [verb, ...rest] = entry.split(' ');
    const words = rest.filter((word) => !JOINING.has(word) && !PARTICLES.has(word)).flatMap(wordsOfTagger);
    if (words.length > 0 && !onlyHappens(entry))
      phrases.push({ verb: verb!, words, means: entry, length: rest.length + 1 });
  }
  for (const [means, told] of Object.entries(UNLISTED))
    for (const phrase of told) {
      const [verb, ...words] = phrase.split(' ');
      phrases.push({ verb: verb!, words: words.flatMap(wordsOfTagger), means, length: words.length + 1 });
    }
  byVerb = new Map();
  // "took charge of the council" is "take charge", not "take in charge" (to arrest): the fewest words are meant.
  phrases.sort((a, b) => a.length - b.length);
  for (const phrase of phrases) byVerb.set(phrase.verb, [...(byVerb.get(phrase.verb) ?? []), phrase]);
  return byVerb;
}

/**
 * The WordNet verbs meant by the phrases told in the clause of a report's date: a verb in any form, then each of the
 * phrase's words in order within a few words, in no other clause and past no other verb.
 */
export function phrasalWordsOf(item: MergeItem): HappeningWord[] {
  return phrasesOf(item).words;
}

/** What the phrases of a report's date clause mean, and the hand-list actions they tell. */
interface ReadPhrases {
  words: HappeningWord[];
  actions: string[];
}

function phrasesOf(item: MergeItem): ReadPhrases {
  const known = read.get(item);
  if (known) return known;
  const clause = clauseOf(item);
  const kinds = happeningPhrasesIn(clause);
  const meant = [...new Set([...readPhrases(item, clause), ...kinds.map((kind) => kind.means)])];
  // A phrase's action is its kind's, or the hand lists' for the WordNet verb it means ("imprison" is a sentence).
  const actions = [
    ...kinds.map((kind) => kind.action),
    ...meant.map(actionOfWord).filter((action): action is string => action !== undefined),
  ];
  const phrases = { words: meant.map((lemma) => ({ lemma, wordClass: 'verb' as const })), actions };
  read.set(item, phrases);
  return phrases;
}

const read = new WeakMap<MergeItem, ReadPhrases>();

/** The clause of a report's sentence that holds its date. */
function clauseOf(item: MergeItem): string {
  const { event, sentence } = item;
  const at = (event.dateStart ?? event.end) - event.start;
  const end = event.dateEnd === undefined ? at : event.dateEnd - event.start;
  return dateClause(sentence, at, end);
}

function readPhrases(item: MergeItem, clause: string): string[] {
  const { sentence } = item;
  const from = sentence.indexOf(clause);
  const { terms, dictionaryForms } = parsedSentence(sentence);
  const within = (term: ParsedTerm) => term.offset.start >= from && term.offset.start < from + clause.length;
  const root = (i: number) => (dictionaryForms[i] ?? terms[i]!.normal).toLowerCase();
  const meant: string[] = [];
  terms.forEach((term, at) => {
    if (!term.tags.includes('Verb') || !within(term)) return;
    const told = new Set<string>();
    for (const phrase of phrasesByVerb().get(root(at)) ?? []) {
      const key = phrase.words.join(' ');
      if (told.has(key) || !followsVerb(terms, root, at, phrase.words, within)) continue;
      told.add(key);
      meant.push(phrase.means);
    }
  });
  return meant;
}

/** The phrase's words stand in order after the verb at `at`, each within REACH words of the one before. */
function followsVerb(
  terms: readonly ParsedTerm[],
  root: (i: number) => string,
  at: number,
  words: readonly string[],
  within: (term: ParsedTerm) => boolean,
): boolean {
  let last = at;
  for (const word of words) {
    let found = -1;
    for (let i = last + 1; i <= Math.min(terms.length - 1, last + REACH); i++) {
      const term = terms[i]!;
      if (!within(term) || (term.tags.includes('Verb') && !term.tags.includes('Noun'))) return false;
      if (term.normal === word || root(i) === word) {
        found = i;
        break;
      }
      if (/[,;:]/.test(term.post)) return false;
    }
    if (found < 0) return false;
    last = found;
  }
  return true;
}

/**
 * Two reports tell one happening, one of them in a phrase: its verb meets a word or a phrase of the other by WordNet's
 * senses, or is the very word the other uses ("gave the go-ahead", "was approved"). Never where the hand lists or the
 * verbs' senses tell two happenings (same-action.ts, verb-senses.ts), nor a state still going on beside a happening, nor
 * a further one beside the first.
 */
export function tellPhrasalHappening(a: MergeItem, b: MergeItem): boolean {
  const [x, y] = [a.report, b.report];
  if (x.ongoing !== y.ongoing || x.furtherOne !== y.furtherOne) return false;
  const [readA, readB] = [phrasesOf(a), phrasesOf(b)];
  const [phrasesA, phrasesB] = [readA.words, readB.words];
  if (phrasesA.length === 0 && phrasesB.length === 0) return false;
  if (handActionsApart(x, readA.actions, y, readB.actions) || otherVerbSenses(a.sentence, b.sentence)) return false;
  // A phrase meets the other's word or phrase for the same thing, or one of a sense they share.
  const meets = (phrases: HappeningWord[], words: HappeningWord[], others: HappeningWord[]) =>
    phrases.some((phrase) =>
      [...words, ...others].some((word) => word.lemma === phrase.lemma || wordsMeet(phrase, word)),
    );
  return (
    meets(phrasesA, happeningWordsOf(y, b.sentence), phrasesB) ||
    meets(phrasesB, happeningWordsOf(x, a.sentence), phrasesA)
  );
}

/**
 * Both reports tell clear actions of the hand lists, and none of one goes with any of the other's, counting the actions
 * their phrases tell: "sent him to prison" is a sentence, whatever else its clause tells ("a woman crushed by a wall").
 */
function handActionsApart(x: Report, phraseX: readonly string[], y: Report, phraseY: readonly string[]): boolean {
  if (x.clear.size === 0 || y.clear.size === 0) return false;
  const [mine, theirs] = [
    [...x.clear, ...phraseX],
    [...y.clear, ...phraseY],
  ];
  return !mine.some((one) => theirs.some((other) => actionsMatch(one, other)));
}
