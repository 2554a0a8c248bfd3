// What someone or something did, read from the grammar of a sentence rather than from lists of words: each verb's
// dictionary form with its particle ("came down" → come down, "was knocked out" → knock out, "broke apart" → break
// apart). The action lists (action-words.ts) never hold every wording a new article chooses; the grammar reads any
// verb, so two reports telling one deed in words no list holds can still be matched (same-deed.ts), and a kind of
// deed told in any form of its verb ("gave way", "giving way", "gives way") is one action.
import nlp from 'compromise';
import {
  type ParsedSentence,
  parsedSentence,
  type ParsedTerm as Term,
  type VerbPhrase,
} from '../language/sentence-parse.ts';

/** A verb of a sentence: what was done, and where its verb stands. */
export interface Deed {
  /** The verb's dictionary form ("lower", "come"). */
  lemma: string;
  /** Its particle, when it has one ("down" in "came down", "way" in "gave way", "apart" in "broke apart"). */
  particle?: string;
  /** Where its main verb stands in the text. */
  index: number;
  /** A bare noun right after it, with no article ("power" in "lost power"). */
  object?: string;
  /** Something stands right after it as its object ("cut out the middle step", "gave out blankets"). */
  transitive?: boolean;
  /** It tells a place reached: "into port", "into Cobb Haven" after it, or a place's name as its object. */
  goal?: boolean;
  /** "to" follows it: whom or what it went to ("gave way to the protesters", "came down to money"). */
  toWhat?: boolean;
}

// Verbs that tell little of what happened by themselves: being, having, saying, seeing and thinking, and verbs that
// only carry another ("began lowering", "tried to reach", "were expected to"): the deed is the verb they carry.
const LIGHT = new Set(
  (
    'be have do say tell add make get let keep take seem appear become remain stay ' +
    'ask answer explain describe confirm insist claim report state note warn write speak talk reply announce ' +
    'think believe know expect hope plan want need wish try intend mean see hear feel show ' +
    'begin start continue go come use include involve'
  ).split(' '),
);
// Light verbs that tell a deed with a particle: "came down", "went out", "got them out", "took off".
const LIGHT_ALONE_ONLY = new Set(['go', 'come', 'get', 'make', 'keep', 'take']);

// Adverbs that complete a verb as its particle when the tagger leaves them apart: "broke apart", "slid away".
const PARTICLES = new Set(['apart', 'away', 'off', 'out', 'down', 'up', 'in', 'over', 'through', 'back', 'around']);

// What only might happen, or did not, tells no deed: "whether more of it could come down", "the roof did not give way".
const MAYBE = /\b(?:could|might|may|can)\b/i;

/** The deeds a text tells, in order: every verb but light ones, with its particle. */
export function deedsOf(text: string): Deed[] {
  return deedsWithin(parsedSentence(text), 0, text.length);
}

/**
 * The deeds told between two offsets of a parsed sentence (a clause of it), indexed in the sentence: the verb phrases
 * wholly within them, each completed only by words within them.
 */
function deedsWithin({ terms, verbs }: ParsedSentence, from: number, to: number): Deed[] {
  const within = (term: Term) => term.offset.start >= from && term.offset.start < to;
  const clauseTerms = terms.filter(within);
  const deeds: Deed[] = [];
  for (const phrase of verbs) {
    if (!phrase.terms.every(within)) continue;
    const deed = deedOfPhrase(phrase, clauseTerms);
    if (deed) deeds.push(deed);
  }
  return deeds;
}

function deedOfPhrase(phrase: VerbPhrase, terms: readonly Term[]): Deed | undefined {
  if (phrase.verb.negative || MAYBE.test(phrase.verb.auxiliary)) return undefined;
  const words = phrase.verb.infinitive.toLowerCase().split(/\s+/).filter(Boolean);
  const main = phrase.terms.filter((term) => term.tags.includes('Verb') && !isHelper(term));
  // "Volunteers ferried them", "Guides lowered them": a plural noun the tagger took for a verb before the past tense
  // that is the deed; its subject, not a verb of its own.
  const subject = main.length > 1 && isPresent(main[0]!) && main[1]!.tags.includes('PastTense');
  if (subject) main.shift();
  if (words.length === 0 || main.length === 0) return undefined;
  let lemma = subject ? infinitiveOf(main[0]!.text) : words[0]!;
  let verb = main[0]!;
  // A phrasal verb the tagger knows ("gave way", "came down") keeps its particle; so does an adverb completing the
  // verb inside its phrase ("broke apart").
  const phrasal = verb.tags.includes('PhrasalVerb') && words.length > 1 && !subject;
  const after = phrase.terms.filter((term) => term.offset.start > verb.offset.start);
  let particle = phrasal
    ? words.slice(1).join(' ')
    : after.find((term) => term.tags.includes('Particle') || PARTICLES.has(term.normal))?.normal;
  // A verb the tagger marks as phrasal though its infinitive leaves the particle out ("gave way" → give): the adverb
  // right after it is the particle.
  if (!particle && !subject && verb.tags.includes('PhrasalVerb')) {
    const right = terms[terms.findIndex((term) => term.offset.start === verb.offset.start) + 1];
    if (right && !/[,;:]/.test(verb.post) && (right.tags.includes('Adverb') || right.tags.includes('Particle')))
      particle = right.normal;
  }
  // "began lowering them", "tried to reach": the deed is the verb carried.
  if (LIGHT.has(lemma) && !particle && main.length > 1) {
    verb = main.at(-1)!;
    lemma = infinitiveOf(verb.text);
  }
  // "slid away", after the phrase: an adverb completing the verb, unless a comma parts them.
  const last = phrase.terms.at(-1)!;
  const next = terms[terms.findIndex((term) => term.offset.start === last.offset.start) + 1];
  if (!particle && next && !/[,;:]/.test(last.post) && PARTICLES.has(next.normal) && !next.tags.includes('Noun'))
    particle = next.normal;
  if (LIGHT.has(lemma) && !(particle && LIGHT_ALONE_ONLY.has(lemma))) return undefined;
  // What stands right after the verb and its particle: its object, if any.
  const lastAt = terms.findIndex((term) => term.offset.start === last.offset.start);
  const following = terms[lastAt + (next && particle === next.normal && !phrase.terms.includes(next) ? 2 : 1)];
  const object = following && !/[,;:]/.test(last.post) ? objectOf(following) : undefined;
  const goal = following !== undefined && !/[,;:]/.test(last.post) && reachesPlace(terms, terms.indexOf(following));
  return {
    lemma,
    ...(particle ? { particle } : {}),
    index: verb.offset.start,
    ...(object ? { transitive: true } : {}),
    ...(object && object !== true ? { object } : {}),
    ...(goal ? { goal } : {}),
    ...(following?.normal === 'to' && !/[,;:]/.test(last.post) ? { toWhat: true } : {}),
  };
}

// Where a vessel or a convoy is brought: a harbour by its common noun, or a town by its name.
const HARBOUR = new Set(['port', 'harbour', 'harbor', 'dock', 'docks', 'berth', 'quay', 'marina']);
// How many words of its object may stand between a verb and "into" ("pulled the stricken coaster Dunlin into").
const OBJECT_WORDS = 4;

/**
 * The words from `at` tell a place reached: its name ("reached Farrowgate"), or "into" a harbour or a named place after
 * at most a short object ("hauled the yacht into harbour", "towed into Cobb Haven"); not a thing of a place ("into
 * Hemsby's sea wall", "into the harbour wall"), nor any other place ("into a lay-by").
 */
function reachesPlace(terms: readonly Term[], at: number): boolean {
  if (at < 0) return false;
  if (namesPlace(terms, at)) return true;
  for (let i = at; i < Math.min(terms.length, at + OBJECT_WORDS + 1); i++) {
    const term = terms[i]!;
    if (term.normal === 'into') {
      const place = terms[i + 1]?.normal === 'the' ? i + 2 : i + 1;
      const word = terms[place];
      return word !== undefined && (namesPlace(terms, place) || (HARBOUR.has(word.normal) && !nounAfter(terms, place)));
    }
    if (term.tags.includes('Verb') || term.tags.includes('Preposition') || /[,;:]/.test(term.post)) return false;
  }
  return false;
}

/** A place's name starts at `at` (a proper noun, no person's nor body's, not owning what follows). */
function namesPlace(terms: readonly Term[], at: number): boolean {
  let i = at;
  const proper = (term: Term | undefined) =>
    term?.tags.includes('ProperNoun') && !term.tags.includes('Person') && !term.tags.includes('Organization');
  if (!proper(terms[i])) return false;
  while (proper(terms[i + 1]) && !/[,;:]/.test(terms[i]!.post)) i++;
  return !terms[i]!.tags.includes('Possessive') && !nounAfter(terms, i);
}

function nounAfter(terms: readonly Term[], at: number): boolean {
  const next = terms[at + 1];
  return (
    next !== undefined && !/[,;:]/.test(terms[at]!.post) && next.tags.includes('Noun') && !next.tags.includes('Date')
  );
}

/** A term standing as a verb's object: a bare noun by its word, or just `true` for an article, a pronoun or a number. */
function objectOf(term: Term): string | true | undefined {
  const { tags } = term;
  if (tags.includes('Preposition') || tags.includes('Date') || tags.includes('Adverb')) return undefined;
  if (tags.includes('Determiner') || tags.includes('Pronoun') || tags.includes('Value')) return true;
  if (!tags.includes('Noun')) return undefined;
  return tags.includes('ProperNoun') ? true : term.normal;
}

function isPresent(term: Term): boolean {
  return term.tags.includes('PresentTense') && !term.tags.includes('Gerund') && /s$/i.test(term.text);
}

function isHelper(term: Term): boolean {
  return term.tags.some((tag) => tag === 'Auxiliary' || tag === 'Modal' || tag === 'Negative' || tag === 'Adverb');
}

function infinitiveOf(word: string): string {
  const doc = nlp(word);
  doc.verbs().toInfinitive();
  return doc.text().toLowerCase().trim() || word.toLowerCase();
}

/** The key two deeds are compared by: the verb and its particle ("come down", "lower"). */
export function deedKey(deed: Deed): string {
  return deed.particle ? `${deed.lemma} ${deed.particle}` : deed.lemma;
}

/** A deed as one report tells it: its key, how close to the report's date it is told, and the action it tells. */
export interface ToldDeed {
  key: string;
  weight: number;
  /** Where its verb stands in the whole text. */
  index: number;
  /** The action its verb class tells, whatever the form of the verb ("giving way" → collapse). */
  action?: string;
}

// Kinds of deed told by a verb and its particle, in any of the verb's forms: a structure or the ground coming down.
const VERB_CLASSES: Record<string, string[]> = {
  collapse: [
    'come down',
    'fall down',
    'give way',
    'cave in',
    'fall in',
    'fall apart',
    'topple',
    'topple over',
    'crumble',
  ],
};
// Kinds of deed told by a verb and its particle with no object: a machine that stopped ("the pumps cut out", "the
// winch gave out"), not one that handed something out ("gave out blankets") or left something out.
const VERB_CLASSES_ALONE: Record<string, string[]> = {
  fault: ['cut out', 'give out', 'conk out'],
};
// Kinds of deed told by a verb and the bare noun it takes: a machine, a ship or a building that "lost power".
const VERB_CLASSES_WITH_OBJECT: Record<string, string[]> = {
  fault: ['lose power', 'lose steering', 'lose propulsion'],
};
// Kinds of deed told by a verb and a place reached: a vessel or a convoy brought in ("towed into Cobb Haven", "limped
// into port", "reached Farrowgate"), whatever verb tells what moved it.
const VERB_CLASSES_TO_PLACE: Record<string, string[]> = {
  arrive: ['tow', 'pull', 'haul', 'bring', 'sail', 'steam', 'limp', 'put', 'come', 'reach'],
};
const tableOf = (classes: Record<string, string[]>) =>
  new Map(Object.entries(classes).flatMap(([action, keys]) => keys.map((key) => [key, action])));
const classOf = tableOf(VERB_CLASSES);
const aloneClassOf = tableOf(VERB_CLASSES_ALONE);
const objectClassOf = tableOf(VERB_CLASSES_WITH_OBJECT);
const placeClassOf = tableOf(VERB_CLASSES_TO_PLACE);

/** The action a deed's verb class tells, if any ("giving way" → collapse, "lost power" → fault). */
function actionOfDeed(deed: Deed): string | undefined {
  const key = deedKey(deed);
  // Giving way or caving in to someone is yielding, and what something came down to is no structure falling.
  return (
    (deed.toWhat ? undefined : classOf.get(key)) ??
    (deed.transitive ? undefined : aloneClassOf.get(key)) ??
    (deed.object ? objectClassOf.get(`${deed.lemma} ${deed.object}`) : undefined) ??
    (deed.goal ? placeClassOf.get(deed.lemma) : undefined)
  );
}

/** Where a report's sentence starts, where its date's words are, and where its clause breaks are (report-layout.ts). */
export interface DatedClause {
  sentenceFrom: number;
  dateFrom: number;
  dateTo: number;
  barrierAt: readonly number[];
}

/**
 * The deeds told in the clause of a report's date, each weighed by `weightAt` as the report weighs its words; those
 * `skip` leaves out (another date's words) are not read. Only that clause is read, from the tagging of its whole
 * sentence that merging reads anyway (sentence-parse.ts): a verb across a clause break from the date is never told
 * clearly at it.
 */
export function deedsNear(
  text: string,
  { sentenceFrom, dateFrom, dateTo, barrierAt }: DatedClause,
  weightAt: (index: number) => number,
  skip: (index: number) => boolean,
): ToldDeed[] {
  const from = Math.max(sentenceFrom, ...barrierAt.filter((at) => at < dateFrom));
  const to = barrierAt.find((at) => at >= dateTo) ?? text.length;
  const sentence = parsedSentence(text.slice(sentenceFrom));
  return deedsWithin(sentence, from - sentenceFrom, to - sentenceFrom)
    .filter((deed) => !skip(sentenceFrom + deed.index))
    .map((deed) => {
      const key = deedKey(deed);
      const action = actionOfDeed(deed);
      const index = sentenceFrom + deed.index;
      return { key, weight: weightAt(index), index, ...(action ? { action } : {}) };
    });
}
