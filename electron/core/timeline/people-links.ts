// One outlet's "Gov. Whitcombe" or "Miss Olsen" is another's "Dana Whitcombe" or "Margaret Olsen": a person an article
// names by surname alone is the person of that surname the other names in full. Only then: two people named in full
// with different given names ("Delia Marsh", "Helen Marsh") are two people, and a company the tagger took for a person
// ("Oakhurst Water") links to no one, as no article names a person "Water" alone.

/** What the links read of a fingerprint: its names' keys, and which of them are people's. */
export interface PeopleFacts {
  entities: Readonly<Record<string, number>>;
  people?: readonly string[];
}

/**
 * For each person `b` names whom `a` names by another key (one of the two by surname alone, the other in full), b's key
 * and a's key. A surname that names several people in full in the other article links to none of them.
 */
export function surnameLinks(a: PeopleFacts, b: PeopleFacts): Map<string, string> {
  const links = new Map<string, string>();
  if (!a.people?.length || !b.people?.length) return links;
  const own = (facts: PeopleFacts, other: PeopleFacts) =>
    facts.people!.filter((key) => facts.entities[key] !== undefined && other.entities[key] === undefined);
  const [peopleA, peopleB] = [own(a, b), own(b, a)];
  const fullOf = (surname: string, people: readonly string[]) => {
    const full = people.filter((key) => key.endsWith(` ${surname}`));
    return full.length === 1 ? full[0] : undefined;
  };
  for (const keyB of peopleB) {
    const keyA = keyB.includes(' ') ? undefined : fullOf(keyB, peopleA);
    const surnameA = peopleA.find((key) => !key.includes(' ') && fullOf(key, peopleB) === keyB);
    const linked = keyA ?? surnameA;
    if (linked !== undefined && ![...links.values()].includes(linked)) links.set(keyB, linked);
  }
  return links;
}

/** A name record with the linked keys renamed, in the same order (so sums over it add up in the same order). */
export function renamedRecord<V>(record: Readonly<Record<string, V>>, links: ReadonlyMap<string, string>) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [links.get(key) ?? key, value]));
}

/** A list of names with the linked keys renamed. */
export function renamedList(list: readonly string[] | undefined, links: ReadonlyMap<string, string>) {
  return list?.map((key) => links.get(key) ?? key);
}
