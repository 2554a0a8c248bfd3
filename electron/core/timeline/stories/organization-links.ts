// One outlet's "Cardrew Savings" is another's "Cardrew": a bank, a museum or a mine's owner named in full by one article
// is the one the other names by its first word alone, as the tagger reads "Nordvik" beside "Nordvik Pharma" within one
// article (entities.ts). Only when the article naming it in full never says that word but as part of the name: a word it
// also says alone ("Crews from Wyckenford" beside "Wyckenford High School") is a town its school or its council is
// named after, and a story of the town is not one of the school.
import { tokenize } from '../language/similarity.ts';

/** What the links read of a fingerprint: its names' keys, the tagger's names, its people named in full, its words. */
export interface OrganizationFacts {
  entities: Readonly<Record<string, number>>;
  names: Readonly<Record<string, string>>;
  /** Absent from fingerprints stored by older versions, as when it names no one in full. */
  people?: readonly string[];
  terms: Readonly<Record<string, number>>;
  /** Names its headline or lede gives, and names the tagger takes for places (absent from older fingerprints). */
  leading?: readonly string[];
  places?: readonly string[];
}

/** A name given in full, and its first word, which the article never says alone. */
export type InFull<T> = readonly [full: T, first: T];

/**
 * The names (not people's, not places') an article's headline or lede gives in full whose first word it never says
 * alone: its words hold that word no more often than the name, and no name of its own is that word.
 */
export function namesInFullOnly(facts: OrganizationFacts): InFull<string>[] {
  const found: InFull<string>[] = [];
  for (const key of facts.leading ?? []) {
    const space = key.indexOf(' ');
    if (space < 0 || facts.names[key] === undefined || facts.people?.includes(key) || facts.places?.includes(key))
      continue;
    const first = key.slice(0, space);
    if (facts.entities[first] !== undefined) continue;
    const term = tokenize(first)[0];
    if (term !== undefined && (facts.terms[term] ?? 0) <= (facts.entities[key] ?? 0)) found.push([key, first]);
  }
  return found;
}

/**
 * An article as the links compare it (names as keys or as numbers): its names given in full only, whether it names a
 * name, and whether its headline or lede opens on a name not a place.
 */
export interface LinkFacts<T> {
  inFull: readonly InFull<T>[];
  names: (name: T) => boolean;
  opensOn: (name: T) => boolean;
}

/**
 * For each name `b` gives that `a` gives by another key (one of the two an organization's full name in its opening, the
 * other its first word alone in its own), b's key and a's key.
 */
export function firstWordLinks<T>(a: LinkFacts<T>, b: LinkFacts<T>): Map<T, T> {
  const links = new Map<T, T>();
  for (const [full, first] of a.inFull) if (b.opensOn(first) && !b.names(full)) links.set(first, full);
  for (const [full, first] of b.inFull) {
    if (a.opensOn(first) && !a.names(full) && !links.has(full)) links.set(full, first);
  }
  return links;
}

/** `firstWordLinks` of two plain fingerprints. */
export function organizationLinks(a: OrganizationFacts, b: OrganizationFacts): Map<string, string> {
  return firstWordLinks(linkFactsOf(a), linkFactsOf(b));
}

// A fingerprint's link facts, worked out once: an article is compared with every other, and its names in full are the
// same each time.
const factsByFingerprint = new WeakMap<OrganizationFacts, LinkFacts<string>>();

function linkFactsOf(print: OrganizationFacts): LinkFacts<string> {
  const known = factsByFingerprint.get(print);
  if (known) return known;
  const facts: LinkFacts<string> = {
    inFull: namesInFullOnly(print),
    names: (name) => print.entities[name] !== undefined,
    opensOn: (name) => print.leading?.includes(name) === true && print.places?.includes(name) !== true,
  };
  factsByFingerprint.set(print, facts);
  return facts;
}
