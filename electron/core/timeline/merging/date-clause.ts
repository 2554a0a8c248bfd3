// Which verb a date belongs to, and who did what to whom in that verb's clause: what makes two reports one event is the
// action the date is told of, its doer and what it was done to, not every word of the sentence. Asides are read past
// ("approved Veltrazine, a once-daily pill to prevent migraine, on Friday" dates the approval), as are words describing
// a noun ("a coach carrying 38 schoolchildren overturned", "a dealer who flooded the town with heroin was jailed"); a
// date inside a clause of its own dates that clause's verb ("after the watchdog gave it the go-ahead yesterday", "said
// on Monday that …" dates the saying).
import { keptReadings } from '../language/kept-readings.ts';
import { type ParsedTerm, parsedSentence } from '../language/sentence-parse.ts';

/** Someone or something taking part in a clause's deed, as its noun phrase tells it. */
export interface Participant {
  /** The phrase's last noun, lower-cased ("coach", "landlord", "quaye"). */
  head: string;
  /** Its words, lower-cased. */
  words: string[];
  /** The proper names among them, lower-cased, one word each. */
  names: string[];
  /** Its head is someone's name ("Sprinter Leontyne Quaye"), not a place's or a body's. */
  named: boolean;
}

/** The clause a date belongs to: its verb, who did it and what it was done to. */
export interface DateClause {
  /** The verb's infinitive as the tagger reads it ("approve", "break"). */
  verb: string;
  /** Where the verb stands in the sentence. */
  verbAt: number;
  passive: boolean;
  /** Who or what did it: an active verb's subject, a passive one's "by" phrase. */
  doer?: Participant;
  /** What or whom it was done to: an active verb's object, a passive one's subject. */
  doneTo?: Participant;
  /** The clause the verb tells of, after it ("ruled on Tuesday that the blaze had been started deliberately"). */
  told?: ToldClause;
  /** What its object was found or made to be follows the object ("declared the blaze deliberate"). */
  complement: boolean;
}

/** A clause told by a verb of saying or finding: its subject and verb. */
export interface ToldClause {
  subject?: Participant;
  verb: string;
  /** It tells what its subject was or how it was brought about ("was arson", "had been set"), not what it did. */
  stative: boolean;
}

// Words opening a clause of their own when a verb follows before the next one ("after the watchdog gave it …").
const OPENERS = new Set(
  'when while whereas although though because after before since until unless if once where as'.split(' '),
);
// Words opening a clause describing the noun before them ("a dealer who flooded the town", "a bill which was passed").
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const THROUGH = new Set(['through', 'into', 'onto']);
const MODALS = new Set(['could', 'would', 'should', 'might', 'may', 'can', 'will', 'must']);
const SPEECH = new Set(['say', 'tell', 'announce', 'confirm', 'add', 'report', 'state', 'warn', 'claim']);

const keptWords = keptReadings((sentence: string) => {
  const { terms, verbs } = parsedSentence(sentence);
  return { words: terms.filter((term) => term.text !== ''), verbs };
});

/** The clause of the date whose words run from `dateFrom` to `dateTo` in `sentence`, when a verb holds it. */
export function dateClauseAt(sentence: string, dateFrom: number, dateTo: number): DateClause | undefined {
  const { words, verbs } = keptWords(sentence);
  if (words.length === 0) return undefined;
  const at = (offset: number) => words.findIndex((term) => term.offset.start >= offset);
  const dateAt = Math.max(0, at(dateFrom) < 0 ? words.length - 1 : at(dateFrom));
  const dateEnd = at(dateTo) < 0 ? words.length : at(dateTo);
  // Each verb phrase by the index of its first and last word, its infinitive and whether it is passive.
  const phrases = verbs
    .map((phrase) => {
      const first = words.findIndex((term) => term.offset.start === phrase.terms[0]?.offset.start);
      const last = words.findIndex((term) => term.offset.start === phrase.terms.at(-1)?.offset.start);
      const passive = phrase.terms.some((term) => term.tags.includes('Passive'));
      return { first, last, verb: phrase.verb.infinitive.toLowerCase(), passive, negative: phrase.verb.negative };
    })
    .filter((phrase) => phrase.first >= 0 && phrase.last >= phrase.first)
    .filter((phrase) => !MODALS.has(phrase.verb.split(' ')[0]!))
    // "be offered" → "offer" is not read here; a passive is told by its tags.
    .map((phrase) => ({ ...phrase, verb: phrase.verb.replace(/^be\s+/, '') }));
  // A verb describing a noun or carried by another ("to prevent migraine", "a coach carrying children") is no clause's
  // main verb; nor is one inside an aside between commas.
  const asides = asideSpans(words);
  const inAside = (i: number) => asides.some(([from, to]) => i >= from && i < to);
  const dateAside = asides.find(([from, to]) => dateAt >= from && dateAt < to);
  const main = phrases.filter((phrase) => {
    if (dateAside) return phrase.first >= dateAside[0] && phrase.first < dateAside[1];
    return !inAside(phrase.first) && !carried(words, phrase.first) && !complementOfObject(words, phrases, phrase);
  });
  if (main.length === 0) return undefined;
  // The clause: from the last opener before the date that a verb follows, to the next opener after it.
  const opens = (i: number) => {
    const word = words[i]!;
    if (/;/.test(words[i - 1]?.post ?? '')) return true;
    if (!OPENERS.has(word.normal) && !(word.normal === 'that' && speechBefore(words, phrases, i))) return false;
    const next = main.find((phrase) => phrase.first > i);
    const nextOpener = words.findIndex((term, j) => j > i && OPENERS.has(term.normal));
    return next !== undefined && (nextOpener < 0 || next.first < nextOpener);
  };
  let from = 0;
  for (let i = dateAt - 1; i > 0; i--)
    if (opens(i)) {
      from = i;
      break;
    }
  let to = words.length;
  for (let i = dateEnd; i < words.length; i++)
    if (opens(i)) {
      to = i;
      break;
    }
  const own = main.filter((phrase) => phrase.first >= from && phrase.first < to);
  const chosen = own.filter((phrase) => phrase.first < dateAt).at(-1) ?? own.find((phrase) => phrase.first >= dateEnd);
  if (!chosen) return undefined;
  const verbTerm = words[chosen.last]!;
  // "The footbridge, which was approved on Friday, …": a clause describing a noun tells of that noun.
  const relative = dateAside && RELATIVE.has(words[dateAside[0]]!.normal);
  const antecedentFrom = relative ? (phrases.filter((phrase) => phrase.last < dateAside[0]).at(-1)?.last ?? -1) + 1 : 0;
  const before = relative
    ? nounPhraseBefore(words, antecedentFrom, dateAside[0], () => false)
    : nounPhraseBefore(words, from, chosen.first, inAside);
  const after = nounPhraseAfter(words, chosen.last + 1, Math.min(to, dateAt > chosen.last ? dateAt : to));
  const agent = chosen.passive ? byPhrase(words, chosen.last + 1, to) : undefined;
  const told = toldAfter(words, main, chosen.last, inAside);
  return {
    verb: chosen.verb,
    verbAt: verbTerm.offset.start,
    passive: chosen.passive,
    ...(told ? { told } : {}),
    complement: complementAfter(words, phrases, chosen.last),
    ...((chosen.passive ? agent : before) ? { doer: (chosen.passive ? agent : before)! } : {}),
    ...((chosen.passive ? before : after) ? { doneTo: (chosen.passive ? before : after)! } : {}),
  };
}

/**
 * Stretches of words that describe a noun and tell no deed of the sentence: an aside between commas after a noun
 * ("Veltrazine, a once-daily pill to prevent migraine,"), a clause opened by "who" or "which" after a noun, and a
 * participle right after a noun ("a coach carrying 38 schoolchildren"), each up to the next comma or the next verb.
 */
function asideSpans(words: readonly ParsedTerm[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 1; i < words.length; i++) {
    const [previous, word] = [words[i - 1]!, words[i]!];
    const afterNoun = previous.tags.includes('Noun') && !previous.tags.includes('Date');
    if (!afterNoun && !(/,/.test(previous.post) && word.tags.includes('Gerund'))) continue;
    const relative = RELATIVE.has(word.normal) && word.normal !== 'that';
    if (/,$/.test(previous.post.trim()) && startsNounPhrase(word) && !relative) {
      const end = words.findIndex((term, j) => j >= i && /,/.test(term.post));
      if (end > i || (end === i && word.tags.includes('Value')))
        if (!words.slice(i, end + 1).some((term) => term.tags.includes('Date'))) spans.push([i, end + 1]);
      continue;
    }
    // ", forcing 60 residents into the cold", ", closing the carriageway": what followed, told after the deed.
    if (/,/.test(previous.post) && word.tags.includes('Gerund')) {
      spans.push([i, endOfModifier(words, i)]);
      continue;
    }
    if (/[;:]/.test(previous.post) || (/,/.test(previous.post) && !relative)) continue;
    const participle = word.tags.includes('Gerund') && !word.tags.includes('Noun');
    if (!relative && !participle) continue;
    spans.push([i, endOfModifier(words, relative ? i + 1 : i)]);
  }
  return spans;
}

/** Where a clause describing a noun ends: at a comma, or at the next verb after its own (the sentence's main verb). */
function endOfModifier(words: readonly ParsedTerm[], from: number): number {
  let seenVerb = false;
  for (let j = from; j < words.length; j++) {
    const term = words[j]!;
    const verb = term.tags.includes('Verb') && !term.tags.includes('Noun');
    if (verb && seenVerb && !words[j - 1]!.tags.includes('Verb')) return j;
    if (verb) seenVerb = true;
    if (/[,;:]/.test(term.post)) return j + 1;
  }
  return words.length;
}

function startsNounPhrase(term: ParsedTerm): boolean {
  return (
    ['Determiner', 'Value', 'ProperNoun', 'Adjective', 'Noun'].some((tag) => term.tags.includes(tag)) &&
    !term.tags.includes('Pronoun') &&
    !term.tags.includes('Verb')
  );
}

/** "to prevent migraine", "began lowering": a verb carried by "to" or by another verb right before it. */
function carried(words: readonly ParsedTerm[], at: number): boolean {
  const before = words[at - 1];
  return before !== undefined && (before.normal === 'to' || before.tags.includes('Preposition'));
}

/**
 * The clause after a verb that tells what was said or found: opened by "that" ("ruled on Tuesday that the blaze …"), or
 * a noun phrase and its verb right after the verb ("said the fire had been set").
 */
function toldAfter(
  words: readonly ParsedTerm[],
  main: readonly { first: number; last: number; verb: string; passive: boolean }[],
  verbLast: number,
  inAside: (i: number) => boolean,
): ToldClause | undefined {
  const next = main.find((phrase) => phrase.first > verbLast);
  if (!next) return undefined;
  // The date's own words after the verb ("said on Monday the storm …") are no part of what was told.
  let start = verbLast + 1;
  const dateWord = (i: number) => words[i]?.tags.includes('Date') ?? false;
  while (start < next.first && (dateWord(start) || (words[start]!.tags.includes('Preposition') && dateWord(start + 1))))
    start++;
  const between = words.slice(start, next.first);
  const that = between.findLastIndex((term) => term.normal === 'that');
  if (that < 0 && (between.length === 0 || !startsNounPhrase(between[0]!))) return undefined;
  const from = start + that + 1;
  const terms: ParsedTerm[] = [];
  let verb = next;
  for (let i = from; i < next.first; i++) {
    if (inAside(i)) continue;
    terms.push(words[i]!);
    if (!/,/.test(words[i]!.post)) continue;
    // "that the bakery fire, like the one at the depot, had been started": the told verb follows the aside.
    const asideEnd = words.findIndex((term, j) => j > i && /,/.test(term.post));
    verb = (asideEnd < 0 ? undefined : main.find((phrase) => phrase.first > asideEnd)) ?? next;
    break;
  }
  const preposition = terms.findIndex((term) => term.tags.includes('Preposition'));
  const subject = participantOf(terms, preposition < 0 ? terms.length : preposition);
  return { ...(subject ? { subject } : {}), verb: verb.verb, stative: verb.passive || verb.verb === 'be' };
}

/** "declared the blaze deliberate", "found the ferry unsafe": an object, then what it was found to be. */
function complementAfter(
  words: readonly ParsedTerm[],
  phrases: readonly { first: number; last: number; passive: boolean }[],
  verbLast: number,
): boolean {
  let i = verbLast + 1;
  while (i < words.length && startsNounPhrase(words[i]!) && !/[,;:—–]/.test(words[i]!.post)) i++;
  const next = words[i];
  // "the blaze was declared deliberate": a passive verb's subject was found to be what follows it.
  const passive = words[verbLast]!.tags.includes('Passive') || words[verbLast - 1]?.tags.includes('Passive');
  if (!next || (i === verbLast + 1 && !passive) || (i > verbLast + 1 && !isNoun(words[i - 1]!))) return false;
  const complementVerb = phrases.find((phrase) => phrase.first === i);
  return (
    (next.tags.includes('Adjective') && !next.tags.includes('Noun')) ||
    (complementVerb !== undefined && complementOfObject(words, phrases, complementVerb))
  );
}

// Words after which a verb has a subject of its own: a new clause, not what an object was found or made to be.
const JOINERS = new Set(['and', 'or', 'but', 'i', 'we', 'they', 'he', 'she', 'you']);

/**
 * "declared the warehouse blaze deliberate", "found the ferry unsafe": a bare word the tagger reads as a verb right
 * after a past verb and its object tells what the object was declared or found to be, not a deed of its own.
 */
function complementOfObject(
  words: readonly ParsedTerm[],
  phrases: readonly { first: number; last: number }[],
  phrase: { first: number; last: number; passive: boolean },
): boolean {
  const term = words[phrase.first]!;
  const bare = term.tags.includes('Infinitive') || (term.tags.includes('PresentTense') && !/s$/i.test(term.text));
  if (phrase.first !== phrase.last || phrase.passive || !bare) return false;
  const before = phrases.filter((other) => other.last < phrase.first).at(-1);
  if (!before || !words[before.last]!.tags.includes('PastTense')) return false;
  const between = words.slice(before.last + 1, phrase.first);
  return (
    between.some(isNoun) &&
    ![words[before.last]!, ...between].some((word) => /[,;:—–]/.test(word.post)) &&
    !between.some((word) => JOINERS.has(word.normal) || OPENERS.has(word.normal) || RELATIVE.has(word.normal))
  );
}

/** "said on Monday that …": a "that" after a speech verb opens what was said. */
function speechBefore(
  words: readonly ParsedTerm[],
  phrases: readonly { first: number; last: number; verb: string }[],
  at: number,
): boolean {
  const speech = phrases.filter((phrase) => phrase.last < at && SPEECH.has(phrase.verb)).at(-1);
  return speech !== undefined && !words.slice(speech.last + 1, at).some((term) => /[;]/.test(term.post));
}

/** The noun phrase before a verb, from the clause's start: its subject, the asides and describing words left out. */
function nounPhraseBefore(
  words: readonly ParsedTerm[],
  from: number,
  verbAt: number,
  inAside: (i: number) => boolean,
): Participant | undefined {
  // "A day after closing the mountain, the ministry named …": the subject starts after the last comma before the verb
  // that closes no aside.
  let start = from;
  for (let i = verbAt - 1; i > from; i--)
    if (/[,;:—–]/.test(words[i - 1]!.post) && !inAside(i - 1) && !inAside(i)) {
      start = i;
      break;
    }
  const terms: ParsedTerm[] = [];
  for (let i = start; i < verbAt; i++) {
    const term = words[i]!;
    if (inAside(i)) continue;
    if (OPENERS.has(term.normal) || RELATIVE.has(term.normal)) continue;
    // "A fire at the Belvedere flats", "Police in Greyhaven": a phrase after the subject's noun tells where.
    if (term.tags.includes('Preposition') && terms.some(isNoun)) break;
    if (term.tags.includes('Date')) continue;
    terms.push(term);
  }
  return participantOf(terms);
}

/** The noun phrase right after a verb, up to a preposition, a comma or the end of its clause. */
function nounPhraseAfter(words: readonly ParsedTerm[], from: number, to: number): Participant | undefined {
  const terms: ParsedTerm[] = [];
  // "tore through a timber yard", "smashed into a shop": what the deed went through is what it was done to.
  const start = THROUGH.has(words[from]?.normal ?? '') ? from + 1 : from;
  let of = -1;
  for (let i = start; i < to; i++) {
    const term = words[i]!;
    // "a row of its sheets", "a hoard of coins": what the phrase's head is of tells it apart as much as the head.
    if (term.normal === 'of' && of < 0 && terms.some(isNoun) && !/[,;:.]/.test(words[i - 1]!.post)) {
      of = terms.length;
      continue;
    }
    if (term.tags.includes('Preposition') || term.tags.includes('Date') || term.tags.includes('Verb')) break;
    if (term.tags.includes('Adverb') && terms.length === 0) continue;
    terms.push(term);
    if (/[,;:.]/.test(term.post)) break;
  }
  return participantOf(terms, of < 0 ? terms.length : of);
}

/** "was arrested by detectives": the doer of a passive verb. */
function byPhrase(words: readonly ParsedTerm[], from: number, to: number): Participant | undefined {
  const by = words.findIndex((term, i) => i >= from && i < to && term.normal === 'by');
  return by < 0 ? undefined : nounPhraseAfter(words, by + 1, to);
}

/** The participant a noun phrase tells, its head the last noun of its first `headed` words. */
function participantOf(terms: readonly ParsedTerm[], headed = terms.length): Participant | undefined {
  const head = terms.slice(0, headed).filter(isNoun).at(-1);
  if (!head) return undefined;
  const plain = (term: ParsedTerm) => term.normal.replace(/'s$/, '');
  return {
    head: plain(head),
    words: terms.map(plain),
    names: terms.filter(isName).map(plain),
    // Written with a capital: the tagger counts some words for anyone as surnames ("a walker", "a baker").
    named:
      isName(head) && /^\p{Lu}/u.test(head.text) && !head.tags.some((tag) => tag === 'Place' || tag === 'Organization'),
  };
}

/** A proper name, or a capitalised word the tagger did not read as one ("Alasdair Rennison"), a sentence's first aside. */
function isName(term: ParsedTerm): boolean {
  const { tags } = term;
  if (tags.includes('ProperNoun') || tags.includes('Person')) return true;
  return term.offset.start > 0 && /^\p{Lu}\p{Ll}/u.test(term.text) && !tags.includes('Date');
}

function isNoun(term: ParsedTerm): boolean {
  const { tags } = term;
  return (tags.includes('Noun') || tags.includes('ProperNoun')) && !tags.includes('Pronoun') && !tags.includes('Date');
}
