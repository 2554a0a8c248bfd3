// What an article's opening (headline and lede) tells happened, by kind, in the lexicon's words (actions.ts reads
// happening-words.ts and the action words; named-happenings.ts the nouns one happening goes by): "Earthquake shakes
// Sarrow" and "Insurers field claims after valley tremor" both open on a quake though they share no word for it, and
// "Fire guts science block" and "Board votes to merge sixth form" open on a fire and a vote, whatever names both give.
import { actionOfWord, actionPhrases, tellsNoActionHere } from './actions.ts';
import { happeningNamed } from './named-happenings.ts';

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
};

/** Deeds of bodies, office holders and workers: a vote, a strike, an award, a resignation, a campaign launched. */
const CIVIC: Readonly<Record<string, string>> = {
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

/** What an opening tells happened: `physical:<kind>` and `civic:<kind>` entries, each once. */
export function happeningsOpenedOn(title: string, lede: string): string[] {
  const found = new Set<string>();
  const read = (action: string | undefined) => {
    if (action === undefined) return;
    if (PHYSICAL[action]) found.add(`physical:${PHYSICAL[action]}`);
    else if (CIVIC[action]) found.add(`civic:${CIVIC[action]}`);
  };
  // A headline capitalises as it likes: its words are read as a sentence's, and a lede's capitals mark names.
  for (const text of [`${title.charAt(0)}${title.slice(1).toLowerCase()}`, lede]) {
    const told = (index: number) => !tellsNoActionHere(text, index) && !verbOfAHappening(text, index);
    for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      if (!told(match.index)) continue;
      read(actionOfWord(match[0]));
      read(happeningNamed(match[0]));
    }
    for (const phrase of actionPhrases(text)) if (told(phrase.index)) read(phrase.action);
  }
  return [...found];
}

/** The kind of happening a word names, if it names one to things or places ("tremor", "blaze"). */
function physicalKindOf(word: string): string | undefined {
  const action = actionOfWord(word) ?? '';
  return PHYSICAL[action] ?? PHYSICAL[happeningNamed(word) ?? ''];
}

/**
 * Whether the word at `index` tells what the happening named just before it did: "a quake struck the valley", "an
 * earthquake strikes", "a fire broke out" tell one quake and one fire, not a walkout, a collision or a fault.
 */
function verbOfAHappening(text: string, index: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, index - 30), index));
  return before !== null && physicalKindOf(before[1]!) !== undefined;
}
