// What an article's opening (headline and lede) tells happened, by kind, in the lexicon's words (actions.ts reads
// happening-words.ts and the action words; named-happenings.ts the nouns one happening goes by): "Earthquake shakes
// Sarrow" and "Insurers field claims after valley tremor" both open on a quake though they share no word for it, and
// "Fire guts science block" and "Board votes to merge sixth form" open on a fire and a vote, whatever names both give.
import { happeningNamed } from '../extraction/named-happenings.ts';
import { actionOfWord, actionPhrases, stemOf, tellsNoActionHere } from '../language/actions.ts';
import { toldAsATopic } from './happening-as-topic.ts';
import { sinkingsAndSanctions } from './sinkings-and-sanctions.ts';

/** Kinds of happening to things and places: what one story is about, however each outlet words it. */
const PHYSICAL: Readonly<Record<string, string>> = {
  fault: 'fault',
  impact: 'impact',
  flood: 'flood',
  collapse: 'collapse',
  fire: 'fire',
  erupt: 'erupt',
  quake: 'quake',
  derail: 'derail',
  landfall: 'landfall',
  // named-happenings.ts rows, by their first noun.
  avalanche: 'slide',
  outage: 'outage',
  blaze: 'fire',
  crash: 'impact',
  blast: 'erupt',
  stranding: 'stranding',
  sewage: 'sewage',
};

/**
 * Deeds of bodies, office holders, companies and workers: a vote, a strike, an award, a resignation, jobs cut; and a
 * computer system broken into, which one outlet calls a hack and another a data breach.
 */
const CIVIC: Readonly<Record<string, string>> = {
  layoff: 'layoff',
  breach: 'breach',
  vote: 'vote',
  strike: 'strike',
  walkout: 'strike',
  award: 'award',
  appoint: 'appoint',
  resign: 'resign',
  sworn: 'sworn',
  agree: 'agree',
  talks: 'talks',
};

// A sinking is read only here (sinkings-and-sanctions.ts), as a person dismissed or sanctioned by a body is.
const PHYSICAL_KINDS = new Set([...Object.values(PHYSICAL), 'sink']);
// The actions whose phrases are read: a phrase of any other kind tells nothing here, and reading it costs time.
const READ = new Set([...Object.keys(PHYSICAL), ...Object.keys(CIVIC)]);

// Nouns of a slide's row that tell other things as often: shares slide, mud is tracked in, debris is cleared.
const LOOSE_NOUNS = new Set(['slide', 'mud', 'rocks', 'boulders', 'debris']);
// A kind of happening naming who deals with it: "the fire and rescue authority", "flood authority".
const BODY_NAMED_FOR = /^\p{L}+\s+(?:and\s+rescue\b|authority|authorities|services?\b|stations?\b)/iu;

/**
 * What an opening tells happened, each as the kind and the stem of the word that told it ("quake:tremor"), each once.
 * A word right after a happening's own word tells what it did ("a quake struck", "a fire broke out"), not another.
 */
export function happeningsOpenedOn(title: string, lede: string): string[] {
  return kindsInOpening(title, lede, false);
}

/**
 * The kinds of happening an opening names only as a subject of study or care ("wins 12m to study river flooding"),
 * each as `happeningsOpenedOn` gives them (happening-as-topic.ts).
 */
export function topicsOpenedOn(title: string, lede: string): string[] {
  return kindsInOpening(title, lede, true);
}

function kindsInOpening(title: string, lede: string, asTopic: boolean): string[] {
  const found = new Set<string>();
  const read = (action: string | undefined, word: string) => {
    const kind = action === undefined ? undefined : (PHYSICAL[action] ?? CIVIC[action]);
    if (kind) found.add(`${kind}:${stemOf(word)}`);
  };
  // A headline capitalises as it likes: its words are read as a sentence's, and a lede's capitals mark names.
  for (const text of [`${title.charAt(0)}${title.slice(1).toLowerCase()}`, lede]) {
    const told = (index: number) =>
      !tellsNoActionHere(text, index) &&
      !BODY_NAMED_FOR.test(text.slice(index)) &&
      !verbOfAHappening(text, index) &&
      toldAsATopic(text, index) === asTopic;
    for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const word = match[0];
      const named = LOOSE_NOUNS.has(word.toLowerCase()) ? undefined : happeningNamed(word);
      const action = actionOfWord(word);
      // Most words tell nothing: only those that do are read in their place.
      if ((action === undefined && named === undefined) || !told(match.index)) continue;
      read(action, word);
      read(named, word);
    }
    for (const phrase of actionPhrases(text, READ)) {
      if (told(phrase.index)) read(phrase.action, text.slice(phrase.index, phrase.index + phrase.length));
    }
    for (const { kind, word, index } of sinkingsAndSanctions(text)) {
      if (told(index)) found.add(`${kind}:${stemOf(word)}`);
    }
  }
  return [...found];
}

/** The kind an entry of `happeningsOpenedOn` tells ("quake"). */
export function kindOf(entry: string): string {
  return entry.slice(0, entry.indexOf(':'));
}

/** Whether a kind is of things and places (a quake, a fire), not a deed of a body (a vote, a strike). */
export function isPhysical(kind: string): boolean {
  return PHYSICAL_KINDS.has(kind);
}

/** Whether a kind is one happening however it is told, as a happening to things is, or a breach of a computer system. */
export function isOneHappening(kind: string): boolean {
  return PHYSICAL_KINDS.has(kind) || kind === 'breach';
}

/** The kind of happening a word names, if it names one to things or places ("tremor", "blaze"). */
function physicalKindOf(word: string): string | undefined {
  const action = actionOfWord(word) ?? '';
  return PHYSICAL[action] ?? (LOOSE_NOUNS.has(word.toLowerCase()) ? undefined : PHYSICAL[happeningNamed(word) ?? '']);
}

/** Whether the word at `index` follows a happening's own word, so tells what that happening did. */
function verbOfAHappening(text: string, index: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, index - 30), index));
  return before !== null && physicalKindOf(before[1]!) !== undefined;
}
