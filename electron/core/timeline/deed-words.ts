// What someone or something did, read from the grammar of a sentence rather than from lists of words: each verb's
// dictionary form with its particle ("came down" → come down, "was knocked out" → knock out) and the head of what it
// acted on ("lifted the pickup" → lift/pickup). The action lists (action-words.ts) never hold every wording a new article
// chooses; the grammar reads any verb, so two reports telling one deed in words no list holds can still be matched.
import nlp from 'compromise';
import { actionOfWord, actionPhrases } from './actions.ts';

/** A verb of a sentence: what was done, and where its verb stands. */
export interface Deed {
  /** The verb's dictionary form ("lower", "come"). */
  lemma: string;
  /** Its particle, when it has one ("down" in "came down", "apart" in "broke apart"). */
  particle?: string;
  /** The head noun of what it acted on, singular ("door" in "knocked on every door"), and the preposition before it. */
  object?: string;
  preposition?: string;
  /** Where its main verb stands in the text. */
  index: number;
}

// Verbs that tell little of what happened by themselves: being, having, saying, seeing and thinking, and verbs that
// only carry another ("began lowering", "tried to reach", "were expected to"): the deed is the verb they carry.
const LIGHT = new Set(
  (
    'be have do say tell add make get let keep seem appear become remain stay ' +
    'ask answer explain describe confirm insist claim report state note warn write speak talk reply announce ' +
    'think believe know expect hope plan want need wish try intend mean see hear feel show say ' +
    'begin start continue go come use include involve'
  ).split(' '),
);
// "go" and "come" are light alone ("went to", "came to") but tell a deed with a particle ("came down", "went out").
const LIGHT_ALONE_ONLY = new Set(['go', 'come', 'get', 'make', 'keep', 'take']);

// Adverbs that complete a verb as a particle when compromise leaves them apart: "broke apart", "slid away".
const PARTICLES = new Set(['apart', 'away', 'off', 'out', 'down', 'up', 'in', 'over', 'through', 'back', 'around']);

// Tags of the words that may stand between a verb and the head of what it acted on: "the last of", "every", "her".
const BEFORE_HEAD = new Set(['Determiner', 'Adjective', 'Possessive', 'Value', 'Adverb', 'Ordinal', 'Cardinal']);

interface Term {
  text: string;
  normal: string;
  tags: string[];
  post: string;
  offset: { start: number };
}

interface VerbPhrase {
  verb: { infinitive: string; root: string; auxiliary: string; negative: boolean; grammar: { form: string } };
  terms: Term[];
  offset: { start: number };
}

const cache = new Map<string, Deed[]>();
const KEPT = 2000;

/** The deeds a text tells, in order: every verb but light ones, with its particle and what it acted on. */
export function deedsOf(text: string): Deed[] {
  const known = cache.get(text);
  if (known) return known;
  const doc = nlp(text);
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  const deeds: Deed[] = [];
  for (const phrase of doc.verbs().json({ offset: true }) as VerbPhrase[]) {
    const deed = deedOfPhrase(phrase, terms);
    if (deed) deeds.push(deed);
  }
  if (cache.size >= KEPT) cache.delete(cache.keys().next().value!);
  cache.set(text, deeds);
  return deeds;
}

// What only might happen tells no deed: "whether more of it could come down", "the roof may give way".
const MAYBE = /\b(?:could|might|may|can)\b/i;

function deedOfPhrase(phrase: VerbPhrase, terms: readonly Term[]): Deed | undefined {
  if (phrase.verb.negative || MAYBE.test(phrase.verb.auxiliary)) return undefined;
  const words = phrase.verb.infinitive.toLowerCase().split(/\s+/).filter(Boolean);
  const main = phrase.terms.filter((term) => term.tags.includes('Verb') && !isHelper(term));
  if (words.length === 0 || main.length === 0) return undefined;
  let lemma = words[0]!;
  let verb = main[0]!;
  // A phrasal verb compromise knows ("gave way", "came down") keeps its particle; so does an adverb that completes the
  // verb inside its phrase ("broke apart").
  const phrasal = verb.tags.includes('PhrasalVerb') && words.length > 1;
  let particle = phrasal
    ? words.slice(1).join(' ')
    : phrase.terms.find((term) => term.offset.start > verb.offset.start && PARTICLES.has(term.normal))?.normal;
  // "began lowering them", "tried to reach": the deed is the verb carried.
  if (LIGHT.has(lemma) && !particle && main.length > 1) {
    verb = main.at(-1)!;
    lemma = infinitiveOf(verb.text);
  }
  const last = phrase.terms.at(-1)!;
  let at = terms.findIndex((term) => term.offset.start === last.offset.start) + 1;
  // "broke apart", "slid away": an adverb that completes the verb, unless a comma parts them.
  const next = terms[at];
  if (!particle && next && !/[,;:]/.test(last.post) && PARTICLES.has(next.normal) && !next.tags.includes('Noun')) {
    particle = next.normal;
    at++;
  }
  if (LIGHT.has(lemma) && !(particle && LIGHT_ALONE_ONLY.has(lemma))) return undefined;
  const object = objectAfter(terms, at, /[,;:]/.test(terms[at - 1]?.post ?? ''));
  return {
    lemma,
    ...(particle ? { particle } : {}),
    ...(object ?? {}),
    index: verb.offset.start,
  };
}

/** The head of what a verb acted on: the last noun of the first noun phrase after it, in its clause. */
function objectAfter(
  terms: readonly Term[],
  from: number,
  parted: boolean,
): { object: string; preposition?: string } | undefined {
  if (parted) return undefined;
  let preposition: string | undefined;
  let head: Term | undefined;
  for (let i = from; i < terms.length && i < from + 6; i++) {
    const term = terms[i]!;
    const isNoun = term.tags.includes('Noun') && !term.tags.some((tag) => tag === 'Pronoun' || tag === 'Date');
    if (isNoun) head = term;
    else if (head) break;
    else if (term.tags.includes('Preposition') && !preposition && i === from) preposition = term.normal;
    else if (!term.tags.some((tag) => BEFORE_HEAD.has(tag)) && term.normal !== 'of') return undefined;
    if (/[,;:.]/.test(term.post)) break;
  }
  if (!head) return undefined;
  const object = singular(head.normal.replace(/['’]s$/u, ''));
  return { object, ...(preposition ? { preposition } : {}) };
}

function isHelper(term: Term): boolean {
  return term.tags.some((tag) => tag === 'Auxiliary' || tag === 'Modal' || tag === 'Negative' || tag === 'Adverb');
}

function infinitiveOf(word: string): string {
  const doc = nlp(word);
  doc.verbs().toInfinitive();
  return doc.text().toLowerCase().trim() || word.toLowerCase();
}

function singular(noun: string): string {
  const doc = nlp(noun);
  doc.nouns().toSingular();
  return doc.text().toLowerCase().trim() || noun;
}

/** The key two deeds are compared by: the verb and its particle ("come down", "lower"). */
export function deedKey(deed: Deed): string {
  return deed.particle ? `${deed.lemma} ${deed.particle}` : deed.lemma;
}

/** A deed as one report tells it: its key, what it acted on, and how close to the report's date it is told. */
export interface ToldDeed {
  key: string;
  lemma: string;
  object?: string;
  weight: number;
  /** Where its verb stands in the whole text. */
  index: number;
  /** The action its dictionary form tells, when the lists or the verb classes know it ("caving in" → collapse). */
  action?: string;
}

// Kinds of deed told by a verb and its particle whatever its form, where the action lists hold no phrase for them: a
// structure or the ground coming down.
const VERB_CLASSES: Record<string, string[]> = {
  collapse: ['come down', 'fall down', 'give way', 'cave in', 'fall in', 'fall apart', 'topple', 'topple over', 'crumble'],
};
const classOf = new Map(Object.entries(VERB_CLASSES).flatMap(([action, keys]) => keys.map((key) => [key, action])));
const LOOKUP = process.env.DEED_LOOKUP ?? 'A';

/** The action a deed's dictionary form tells: by the verb classes, or by the lists' phrases and words. */
function actionOfDeed(deed: Deed): string | undefined {
  const key = deedKey(deed);
  if (LOOKUP === 'off') return undefined;
  const known = classOf.get(key);
  if (known || LOOKUP === 'none') return known;
  if (LOOKUP === 'A') return undefined;
  if (deed.particle) return actionPhrases(key)[0]?.action;
  return LOOKUP === 'C' ? actionOfWord(deed.lemma) : undefined;
}

/**
 * The deeds told in a report's sentence (from `from` in `text`), each weighed by `weightAt` as the report weighs its
 * words (near its date, in its clause); those `skip` leaves out (another date's words) are not read.
 */
export function deedsNear(
  text: string,
  from: number,
  weightAt: (index: number) => number,
  skip: (index: number) => boolean,
): ToldDeed[] {
  return deedsOf(text.slice(from))
    .filter((deed) => !skip(from + deed.index))
    .map((deed) => {
      const action = actionOfDeed(deed);
      return {
        key: deedKey(deed),
        lemma: deed.lemma,
        ...(deed.object ? { object: deed.object } : {}),
        weight: weightAt(from + deed.index),
        index: from + deed.index,
        ...(action ? { action } : {}),
      };
    });
}
