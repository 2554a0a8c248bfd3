// Places named with a word that says what kind of place they are: "the River Casny" and "the Casny", "Port Ardley" and
// "Ardley", "Fennick Water" (a water company named after its reservoir) and "Fennick", "Tarrowby Airport" and a band
// stranded "in Tarrowby" (or by "Tarrowby's airport", which the tagger reads as the town). One outlet writes the head
// word, another leaves it out, and the tagger reads each form its own way ("Fennick Water" even as a person), so two
// articles about one river or one town would share no name. Stories key such a name by its own word, when that word
// is no common one ("High Street", "the mill" beside "Mill Lane" keep their heads).
import type { Entities } from '../extraction/entities.ts';
import { isStopword } from '../language/similarity.ts';

// Heads written after a place's own word ("Fennick Water", "Wrangham Falls", "Alsea Street") or before it ("River
// Casny", "Port Ardley", "Lake Orrin").
const HEADS_AFTER = new Set([
  'water',
  'river',
  'falls',
  'bay',
  'street',
  'road',
  'lane',
  'harbour',
  'harbor',
  'creek',
  'lake',
  'loch',
  'airport',
]);
const HEADS_BEFORE = new Set(['river', 'port', 'lake', 'loch', 'mount', 'fort']);
const SHORTEST_OWN_WORD = 4;

/** Whether a lower-cased word is a place's head word ("water", "river", "port"), never a name by itself. */
export function isPlaceHead(word: string): boolean {
  return HEADS_AFTER.has(word) || HEADS_BEFORE.has(word);
}

/**
 * The entities with every "person" whose last word is a place's head ("Fennick Water", "Orrin Falls") taken for a
 * place: a person's surname is no such word, as the tagger's own reading of places holds (entities.ts).
 */
export function withPlacesTakenForPeople(entities: Entities): Entities {
  const isPlace = (name: string) => name.includes(' ') && HEADS_AFTER.has(name.split(' ').at(-1)!.toLowerCase());
  const moved = entities.people.filter(isPlace);
  if (moved.length === 0) return entities;
  return {
    people: entities.people.filter((name) => !isPlace(name)),
    organizations: entities.organizations,
    places: [...entities.places, ...moved.filter((name) => !entities.places.includes(name))],
  };
}

/**
 * The key a two-word name is compared by: its own word, when the other is a place's head and its own word is one the
 * text (`lowerCaseWords`, every word it writes in lower case) never writes in lower case ("Mill Lane" beside "the
 * mill" keeps its head); else the name's key itself.
 */
export function placeKey(key: string, lowerCaseWords: ReadonlySet<string>): string {
  const words = key.split(' ');
  if (words.length !== 2) return key;
  const [first, last] = words as [string, string];
  const own = HEADS_AFTER.has(last) ? first : HEADS_BEFORE.has(first) ? last : null;
  if (own === null || own.length < SHORTEST_OWN_WORD || isPlaceHead(own) || isStopword(own)) return key;
  return lowerCaseWords.has(own) || !/^\p{L}+$/u.test(own) ? key : own;
}

/** Every word a text writes in lower case, as `placeKey` reads it. */
export function lowerCaseWordsOf(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

/**
 * The names keyed as `placeKey` keys them (counts of one place under two keys kept as the larger: they are mostly the
 * same mentions). Also returns each renamed key's new key. A head word read alone as a name ("Port" of a "Port Aldric"
 * the tagger missed) stays: two reports of one port both give it, and leaving it out made a hospital's outbreak that
 * names their ferry once in passing as like them as they are to each other.
 */
export function keyedByPlace(
  entities: Readonly<Record<string, number>>,
  lowerCaseWords: ReadonlySet<string>,
): { entities: Record<string, number>; renamed: Map<string, string> } {
  const keyed: Record<string, number> = {};
  const renamed = new Map<string, string>();
  for (const [key, count] of Object.entries(entities)) {
    const own = placeKey(key, lowerCaseWords);
    if (own !== key) renamed.set(key, own);
    keyed[own] = Math.max(keyed[own] ?? 0, count);
  }
  return { entities: keyed, renamed };
}

/**
 * An article's names (`entities`, with how written, `names`) and the tagger's places (as written) keyed as
 * `keyedByPlace` keys them in its text.
 */
export function keyPlaces(
  entities: Readonly<Record<string, number>>,
  names: Readonly<Record<string, string>>,
  places: readonly string[],
  text: string,
): { entities: Record<string, number>; names: Record<string, string>; places: string[] } {
  const keyed = keyedByPlace(entities, lowerCaseWordsOf(text));
  const written: Record<string, string> = {};
  for (const [key, name] of Object.entries(names)) written[keyed.renamed.get(key) ?? key] ??= name;
  const keys = places.map((place) => keyed.renamed.get(place.toLowerCase()) ?? place.toLowerCase());
  return {
    entities: keyed.entities,
    names: Object.fromEntries(Object.entries(written).filter(([key]) => keyed.entities[key] !== undefined)),
    places: [...new Set(keys)].filter((key) => keyed.entities[key] !== undefined),
  };
}

/**
 * The names two articles give, by key and as written: the words of a name keyed by its own word ("moss" for "Moss
 * Lane") are still the name's, not words of what happened, for the rules that tell the two apart (opening-words.ts).
 */
export function nameWordsOf(
  a: { entities: Readonly<Record<string, number>>; names: Readonly<Record<string, string>> },
  b: { entities: Readonly<Record<string, number>>; names: Readonly<Record<string, string>> },
): string[] {
  return [...Object.keys(a.entities), ...Object.keys(b.entities), ...Object.values(a.names), ...Object.values(b.names)];
}
