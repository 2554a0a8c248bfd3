// The names of one held fingerprint (held-fingerprint.ts) as another gives them, as `similarity` renames them in plain
// fingerprints: a person named by surname alone (people-links.ts), an organization by its first word alone
// (organization-links.ts).
import type { Vocabulary } from './held-vocabulary.ts';
import type { NamedFingerprint } from './names-in-passing.ts';
import { firstWordLinks, type InFull, type LinkFacts } from './organization-links.ts';
import { renamedList, renamedRecord, surnameLinks } from './people-links.ts';

/** What the links read of a held fingerprint (HeldFingerprint). */
interface HeldNames {
  readonly packed: Uint32Array | Float64Array;
  readonly mentions?: Pick<NamedFingerprint, 'places' | 'passing' | 'leading'>;
  readonly roles?: Readonly<Record<string, string>>;
  readonly inFull?: readonly InFull<number>[];
}

/** How a held fingerprint is read: its names in words, and where its names' numbers lie in `packed`. */
interface Reading<H> {
  vocabulary: Vocabulary;
  entitiesOf: (held: H) => Record<string, number>;
  entityIds: (held: H) => { ids: number; length: number };
}

/** `other` with the names it gives as `a` gives them; most pairs link none, and are compared with no names in words. */
export function withLinkedNames<H extends HeldNames>(a: H, other: H, reading: Reading<H>): H {
  const { vocabulary, entityIds } = reading;
  const people = peopleLinks(a, other, reading);
  const organizations = organizationLinks(a, other, reading);
  const links = organizations.size === 0 ? people : new Map([...people, ...organizations]);
  if (links.size === 0) return other;
  const packed = other.packed.slice();
  const entities = entityIds(other);
  for (let i = 0; i < entities.length; i++) {
    const linked = links.get(vocabulary.wordOf(packed[entities.ids + i]!));
    if (linked !== undefined) packed[entities.ids + i] = vocabulary.idOf(linked);
  }
  const mentions = other.mentions && {
    places: renamedList(other.mentions.places, links),
    leading: renamedList(other.mentions.leading, links),
    ...(other.mentions.passing ? { passing: renamedRecord(other.mentions.passing, links) } : {}),
  };
  return { ...other, packed, ...(mentions ? { mentions } : {}) };
}

const NONE: ReadonlyMap<string, string> = new Map();

/** `surnameLinks`, only when either names someone by surname alone. */
function peopleLinks<H extends HeldNames>(a: H, other: H, { entitiesOf }: Reading<H>): ReadonlyMap<string, string> {
  const bySurname = (held: H) => Object.keys(held.roles ?? {}).some((key) => !key.includes(' '));
  if (!a.roles || !other.roles || !(bySurname(a) || bySurname(other))) return NONE;
  return surnameLinks({ entities: entitiesOf(a), roles: a.roles }, { entities: entitiesOf(other), roles: other.roles });
}

/** `organizationLinks` by number, in words again: only when either gives a name in full alone. */
function organizationLinks<H extends HeldNames>(a: H, other: H, reading: Reading<H>): ReadonlyMap<string, string> {
  if (!a.inFull && !other.inFull) return NONE;
  const { vocabulary } = reading;
  const links = firstWordLinks(heldLinkFacts(a, reading), heldLinkFacts(other, reading));
  if (links.size === 0) return NONE;
  return new Map([...links].map(([from, to]) => [vocabulary.wordOf(from), vocabulary.wordOf(to)]));
}

// A held fingerprint's link facts, worked out once: it is compared with every candidate, and they are the same each
// time (a held fingerprint is read by one vocabulary).
const heldFacts = new WeakMap<HeldNames, LinkFacts<number>>();

function heldLinkFacts<H extends HeldNames>(held: H, { vocabulary, entityIds }: Reading<H>): LinkFacts<number> {
  const known = heldFacts.get(held);
  if (known) return known;
  const entities = entityIds(held);
  const ids = held.packed.subarray(entities.ids, entities.ids + entities.length);
  const opensOn = (id: number) => {
    const name = vocabulary.wordOf(id);
    return held.mentions?.leading?.includes(name) === true && held.mentions.places?.includes(name) !== true;
  };
  const facts = { inFull: held.inFull ?? [], names: (id: number) => ids.includes(id), opensOn };
  heldFacts.set(held, facts);
  return facts;
}
