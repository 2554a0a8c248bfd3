// Who an article's opening is about: the person it tells did the deed or stands accused of it (the gunman, the
// defendant) and the person it was done to (the victim), each with what the opening says of them: sex ("a man", "Mrs
// Orsett", "in his thirties"), age ("a 44-year-old", "Bexwith, 44,", "aged 41", "in his thirties") and surname. Two
// reports of one happening tell one protagonist; two happenings of one town a day apart, at the same court or by the
// same police, tell two (protagonists-apart.ts). Read through the tagger's reading of each sentence (sentence-parse.ts):
// a person's noun or name, the asides that describe them, and the verb they are the subject or object of.

import { type ParsedTerm, parsedSentence } from '../language/sentence-parse.ts';
import { agesApart, conflict, type OpeningCast, type Protagonist, type ToldPerson } from './protagonist-conflict.ts';
import {
  DECADES,
  PART_WORDS,
  PEOPLE_NOUNS,
  PERSON_NOUNS,
  PERSON_WORDS,
  PRONOUN_SEX,
  type Role,
  roleByVerb,
  type Sex,
  TITLE_SEX,
} from './protagonist-words.ts';

/** A person told in one sentence, with their part in its deed when the sentence tells it. */
interface Mention extends Protagonist {
  role?: Role;
  /** A noun for several people ("two men were arrested"). */
  several?: boolean;
}

const PERSON_PRONOUNS: Readonly<Record<string, Sex>> = { he: 'male', him: 'male', she: 'female' };

interface Phrase {
  first: number;
  last: number;
  verb: string;
  passive: boolean;
}

// How many sentences after the headline tell the opening: the lede and the two after it, where outlets give the age
// and name of whoever the lede speaks of ("A man was charged …" then "Rolf Bexwith, 44, will appear …").
export const OPENING_SENTENCES = 3;

// A page of thousands of people's sentences must not grow every fingerprint of the library: a report names a handful.
export const MOST_OTHERS = 24;

/**
 * The protagonists the opening's sentences tell, by part, and the people its later sentences tell in a part who cannot
 * be the opening's protagonist of that part ("a man arrested on Friday has been released" in a report opening on the
 * woman charged): `people` are the names the tagger read as people's.
 */
export function protagonistsOf(
  sentences: readonly string[],
  people: readonly string[],
): { cast: OpeningCast; others: ToldPerson[] } {
  const surnames = new Set(people.map((name) => name.split(' ').at(-1)!.toLowerCase()));
  // The tagger is slow: a sentence with no word of a part in a deed is not read.
  const mentions = sentences
    .slice(0, OPENING_SENTENCES)
    .flatMap((sentence) => (PART_WORDS.test(sentence) ? mentionsIn(sentence, surnames) : []));
  const cast: OpeningCast = {};
  for (const role of ['suspect', 'victim'] as const) {
    const told = mentions.filter((mention) => mention.role === role);
    if (told.length > 0) cast[role] = told.some((mention) => mention.several) ? 'several' : onePerson(told);
  }
  const others: ToldPerson[] = [];
  // The others matter only beside a protagonist; most articles tell none.
  const told = (person: OpeningCast[Role]) => typeof person === 'object' && Object.keys(person).length > 0;
  if (!told(cast.suspect) && !told(cast.victim)) return { cast, others };
  for (const sentence of sentences.slice(OPENING_SENTENCES)) {
    // Most sentences tell no one's part: only those with a word of one beside a noun for a person are read.
    if (!PART_WORDS.test(sentence) || !PERSON_WORDS.test(sentence)) continue;
    for (const { role, several, ...person } of mentionsIn(sentence, surnames)) {
      if (!role || several || !(person.sex || person.ages || person.surname)) continue;
      const own = cast[role];
      if (typeof own !== 'object' || conflict(own, person)) others.push({ role, ...person });
      if (others.length >= MOST_OTHERS) return { cast, others };
    }
  }
  return { cast, others };
}

/** The mentions as one person, or `'several'` when they cannot be one (two sexes, two surnames, ages apart). */
function onePerson(mentions: readonly Mention[]): Protagonist | 'several' {
  const person: Protagonist = {};
  for (const { sex, ages, surname } of mentions) {
    if (sex && person.sex && sex !== person.sex) return 'several';
    if (surname && person.surname && surname !== person.surname) return 'several';
    if (ages && person.ages && agesApart(ages, person.ages)) return 'several';
    if (sex) person.sex = sex;
    if (surname) person.surname = surname;
    // Two readings of one age ("in his thirties", "34"): the narrower.
    if (ages && (!person.ages || ages[1] - ages[0] < person.ages[1] - person.ages[0])) person.ages = ages;
  }
  return person;
}

/** The people a sentence tells by a noun or a name, with what it says of them and their part. */
export function mentionsIn(sentence: string, surnames: ReadonlySet<string>): Mention[] {
  const { terms, verbs } = parsedSentence(sentence);
  const words = terms.filter((term) => term.text !== '');
  const phrases = phrasesOf(words, verbs);
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "He was charged", "police arrested him": a pronoun tells the sex of whoever its verb makes a suspect or victim.
    const pronoun = PERSON_PRONOUNS[word.normal];
    if (pronoun) {
      const role = roleOf(words, phrases, sentence, i, i);
      if (role) mentions.push({ sex: pronoun, role });
      continue;
    }
    if (!isNoun(word) || word.tags.includes('Possessive')) continue;
    const normal = word.normal.replace(/['’]s$/, '');
    if (PEOPLE_NOUNS.has(normal)) {
      const role = roleOf(words, phrases, sentence, nounPhraseStart(words, i), i);
      if (role) mentions.push({ role, several: true });
      continue;
    }
    const noun = PERSON_NOUNS.get(normal);
    const named = !noun && isPersonName(word, surnames);
    if (!noun && !named) continue;
    // A name's words run on to its surname ("Rolf Bexwith"): the mention is read once, at its last word.
    let last = i;
    if (named) while (words[last + 1] && isPersonName(words[last + 1]!, surnames)) last++;
    const start = named ? i : nounPhraseStart(words, i);
    const mention = whatIsToldOf(words, sentence, start, last);
    if (noun?.sex) mention.sex ??= noun.sex;
    if (named) {
      mention.surname = words[last]!.normal.replace(/['’]s$/, '');
      const title = TITLE_SEX[words[i - 1]?.normal.replace(/\.$/, '') ?? ''];
      if (title) mention.sex ??= title;
    }
    const role = noun?.role ?? roleOf(words, phrases, sentence, start, last);
    if (role) mentions.push({ ...mention, role });
    i = last;
  }
  return mentions;
}

/**
 * The sentence's verb phrases by the index of their first and last word, their infinitive and voice. Two readings the
 * tagger misses are put right: "was charged" read as "be" and an adjective is the passive of "charge", and a bare past
 * verb right after a noun with no object ("a man stabbed in the street has died", "a man held hostage") tells what
 * was done to that noun.
 */
function phrasesOf(words: readonly ParsedTerm[], verbs: ReturnType<typeof parsedSentence>['verbs']): Phrase[] {
  const index = new Map(words.map((term, i) => [term.offset.start, i]));
  return verbs
    .map((phrase) => ({
      first: index.get(phrase.terms[0]?.offset.start ?? -1) ?? -1,
      last: index.get(phrase.terms.at(-1)?.offset.start ?? -1) ?? -1,
      verb: phrase.verb.infinitive.toLowerCase().replace(/^be\s+/, ''),
      passive: phrase.terms.some((term) => term.tags.includes('Passive')),
    }))
    .filter((phrase) => phrase.first >= 0 && phrase.last >= phrase.first)
    .map((phrase) => {
      const next = words[phrase.last + 1];
      if (phrase.verb === 'be' && next && /ed$|^(?:shot|held|taken|found|beaten|stolen)$/.test(next.normal)) {
        const participle = participleVerb(next.normal);
        if (participle) return { ...phrase, last: phrase.last + 1, verb: participle, passive: true };
      }
      const bare = phrase.first === phrase.last && words[phrase.first]!.tags.includes('PastTense');
      const noObject =
        !next ||
        next.tags.includes('Preposition') ||
        next.tags.includes('Adverb') ||
        /^(?:dead|hostage)$/.test(next.normal);
      const afterNoun =
        phrase.first > 0 && isNoun(words[phrase.first - 1]!) && !/[,;:]/.test(words[phrase.first - 1]!.post);
      return bare && noObject && afterNoun ? { ...phrase, passive: true } : phrase;
    });
}

const IRREGULAR: Readonly<Record<string, string>> = {
  shot: 'shoot',
  held: 'hold',
  taken: 'take',
  found: 'find',
  beaten: 'beat',
  stolen: 'steal',
};

/** The verb a past participle is of, when it is one whose part this reads ("charged", "stabbed", "jailed", "shot"). */
function participleVerb(word: string): string | undefined {
  if (IRREGULAR[word]) return IRREGULAR[word];
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1'), stem.replace(/i$/, 'y')];
  return candidates.find((verb) => roleByVerb(verb, 'object', true) !== undefined);
}

/** Where the noun phrase ending at `head` starts: its determiner, count, age and describing words. */
function nounPhraseStart(words: readonly ParsedTerm[], head: number): number {
  let start = head;
  for (let j = head - 1; j >= 0; j--) {
    const term = words[j]!;
    if (/[,;:()—–]/.test(term.post) || term.tags.includes('Verb') || term.tags.includes('Preposition')) break;
    if (term.tags.includes('Pronoun') && !term.tags.includes('Possessive')) break;
    start = j;
    if (term.tags.includes('Determiner')) break;
  }
  return start;
}

const AGE_IN_PHRASE = /\b(\d{1,3})[-\s]year[-\s]old\b/i;
const AGE_AFTER = /^\s*(?:,\s*|\(\s*)(\d{1,3})\s*(?:[,)]|$)|^\s*,?\s*aged\s+(\d{1,3})\b/i;
const DECADE_TOLD = new RegExp(
  `\\bin\\s+(?:his|her|their)\\s+(early\\s+|mid-?\\s*|late\\s+)?(${Object.keys(DECADES).join('|')})\\b`,
  'i',
);

/**
 * What the words from `start` to `last` and the asides right after them say of the person: an age in the phrase ("a
 * 44-year-old man"), in figures after it ("Bexwith, 44,", "(34)", "aged 41") or as a decade in its aside ("the man, who
 * is in his thirties,"), and a sex told by a pronoun there ("who barricaded himself").
 */
function whatIsToldOf(words: readonly ParsedTerm[], sentence: string, start: number, last: number): Mention {
  const from = words[start]!.offset.start;
  const headEnd = words[last]!.offset.start + words[last]!.text.length;
  const mention: Mention = {};
  const inPhrase = AGE_IN_PHRASE.exec(sentence.slice(from, headEnd));
  const after = sentence.slice(headEnd, asideEnd(words, sentence, last));
  const figure = AGE_AFTER.exec(sentence.slice(headEnd, headEnd + 16));
  const age = Number(inPhrase?.[1] ?? figure?.[1] ?? figure?.[2] ?? Number.NaN);
  if (age > 0 && age < 120) mention.ages = [age, age];
  const decade = DECADE_TOLD.exec(after);
  if (!mention.ages && decade) {
    const first = DECADES[decade[2]!.toLowerCase()]!;
    const part = (decade[1] ?? '').trim().toLowerCase();
    const [low, high] = part === 'early' ? [0, 4] : part === 'late' ? [6, 9] : part ? [3, 7] : [0, 9];
    mention.ages = first === 13 ? [13, 19] : [first + low, first + high];
  }
  for (const word of after.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const sex = PRONOUN_SEX[word];
    if (sex) {
      mention.sex = sex;
      break;
    }
  }
  return mention;
}

/** Where the asides right after a person's words end: up to two between commas or brackets, or a "who" clause. */
function asideEnd(words: readonly ParsedTerm[], sentence: string, last: number): number {
  let at = last;
  for (let asides = 0; asides < 2; asides++) {
    const opens = /[,(]/.test(words[at]!.post) || words[at + 1]?.normal === 'who';
    if (!opens) break;
    const close = words.findIndex((term, j) => j > at && /[,)]/.test(term.post));
    if (close < 0 || close - at > 14) break;
    at = close;
  }
  const end = words[at]!;
  return Math.min(sentence.length, end.offset.start + end.text.length + end.post.length);
}

/**
 * The person's part in the sentence's deed: told by the verb of their "who" clause ("a man who barricaded himself"),
 * the verb they are the subject of ("a 44-year-old man was arrested", "Bexwith, 44, will appear before the court"), or
 * the verb they are the object of ("police charged a 19-year-old man").
 */
function roleOf(
  words: readonly ParsedTerm[],
  phrases: readonly Phrase[],
  sentence: string,
  start: number,
  last: number,
): Role | undefined {
  // "a man who barricaded himself … came out": the clause's verb, then the next verb is the man's. "the man, who is in
  // his thirties, threatened …": past the aside, the verb right after it (only adverbs between).
  const who = words[last + 1]?.normal === 'who' ? phrases.find((phrase) => phrase.first > last + 1) : undefined;
  const bare = who !== undefined && !/,/.test(words[last]!.post);
  const end = bare ? who.last : asideEndIndex(words, last);
  // "a woman aged 41 has been charged": the age is no verb of hers.
  const next = phrases.find((phrase) => phrase.first > end && phrase.verb !== 'age');
  const between = (term: ParsedTerm) =>
    term.tags.includes('Adverb') || term.tags.includes('Value') || term.normal === 'aged';
  const direct = next !== undefined && (bare || words.slice(end + 1, next.first).every(between));
  for (const phrase of [who, direct ? next : undefined]) {
    if (!phrase) continue;
    const role = specialRole(phrase, words, sentence, 'subject') ?? roleByVerb(phrase.verb, 'subject', phrase.passive);
    if (role) return role;
  }
  // The object of the verb right before the phrase: only its determiner and describing words between.
  const before = phrases.find((phrase) => phrase.last === start - 1 || phrase.last === start - 2);
  if (before && !before.passive && (before.last === start - 1 || !isNoun(words[start - 1]!)))
    return specialRole(before, words, sentence, 'object') ?? roleByVerb(before.verb, 'object', false);
  return undefined;
}

/** The index of the last word of the asides after `last` (asideEnd by word). */
function asideEndIndex(words: readonly ParsedTerm[], last: number): number {
  let at = last;
  for (let asides = 0; asides < 2; asides++) {
    if (!/[,(]/.test(words[at]!.post)) break;
    const close = words.findIndex((term, j) => j > at && /[,)]/.test(term.post));
    if (close < 0 || close - at > 14) break;
    at = close;
  }
  return at;
}

// Verbs whose part is told by the words after them: "held hostage" and "held in custody", "found guilty" and "found
// dead", "appeared in court" and "appeared on television".
const HOSTAGE = /^\s*(?:\S+\s+){0,3}?(?:hostage|captive|at gunpoint|at knifepoint)\b/i;
const HELD = /^\s*(?:hostage|captive|at gunpoint|at knifepoint)\b/i;
const HOSPITAL = /^\s*(?:\S+\s+){0,2}?to\s+(?:\S+\s+){0,2}?hospital\b/i;
const CUSTODY = /^\s*(?:in custody|on remand|without bail)\b/i;
const GUILTY = /^\s*(?:not\s+)?guilty\b/i;
const DEAD =
  /^\s*(?:dead|murdered|stabbed|shot|injured|unconscious|with (?:stab|gunshot|serious|head) (?:wounds|injuries))\b/i;
const COURT = /^\s*(?:\S+\s+){0,2}?(?:in|at|before)\s+(?:\S+\s+){0,3}?(?:court|magistrates|judge|jury|tribunal)\b/i;

function specialRole(
  phrase: Phrase,
  words: readonly ParsedTerm[],
  sentence: string,
  as: 'subject' | 'object',
): Role | undefined {
  const last = words[phrase.last]!;
  const after = sentence.slice(last.offset.start + last.text.length);
  switch (phrase.verb) {
    case 'hold':
    case 'take':
      // "a man held hostage" is held; "a man held two people hostage" holds them.
      if (as === 'subject' && !phrase.passive && !HELD.test(after)) return HOSTAGE.test(after) ? 'suspect' : undefined;
      if (HOSTAGE.test(after) || (phrase.verb === 'take' && HOSPITAL.test(after))) return 'victim';
      return CUSTODY.test(after) ? 'suspect' : undefined;
    case 'find':
      if (as === 'subject' && !phrase.passive) return undefined;
      return GUILTY.test(after) ? 'suspect' : DEAD.test(after) ? 'victim' : undefined;
    case 'appear':
      return as === 'subject' && COURT.test(after) ? 'suspect' : undefined;
    default:
      return undefined;
  }
}

/** A word of a person's name: the tagger's, or a capitalised word ending a name it read as a person's. */
function isPersonName(term: ParsedTerm, surnames: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}/u.test(term.text) || term.tags.includes('Place') || term.tags.includes('Organization')) return false;
  if (term.tags.includes('Honorific')) return false;
  return term.tags.includes('Person') || surnames.has(term.normal.replace(/['’]s$/, ''));
}

function isNoun(term: ParsedTerm): boolean {
  const { tags } = term;
  return (tags.includes('Noun') || tags.includes('ProperNoun')) && !tags.includes('Pronoun') && !tags.includes('Date');
}
