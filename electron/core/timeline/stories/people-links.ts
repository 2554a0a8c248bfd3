// One outlet's "Gov. Whitcombe" is another's "Gov. Dana Whitcombe": a person an article names by role and surname alone
// is the person the other names in full with the same role. Only then: a surname alone, or with another role, may be
// someone else's (the gold set's tuned articles hold a "Whitcombe" of one story and an "Aaron Whitcombe" of another, a
// "Menon" and an "Anil Menon"), and two people named in full ("Delia Marsh", "Helen Marsh") are two people. Also how
// often a text mentions a person, by full name or surname, as fingerprints count them (stories.ts).

// Roles news text puts before a name, each with the one word it is compared by.
const ROLES: Readonly<Record<string, string>> = {
  gov: 'governor',
  governor: 'governor',
  mayor: 'mayor',
  sheriff: 'sheriff',
  chief: 'chief',
  judge: 'judge',
  justice: 'justice',
  sen: 'senator',
  senator: 'senator',
  rep: 'representative',
  president: 'president',
  minister: 'minister',
  councillor: 'councillor',
  cllr: 'councillor',
  superintendent: 'superintendent',
  dr: 'doctor',
  prof: 'professor',
  professor: 'professor',
  captain: 'captain',
  inspector: 'inspector',
  commissioner: 'commissioner',
  mr: 'mr',
  mrs: 'mrs',
  ms: 'ms',
  miss: 'miss',
};
const ROLE_BEFORE = new RegExp(String.raw`\b(${Object.keys(ROLES).join('|')})\.?\s+$`, 'i');

/**
 * The role each person is named with, by lower-cased name (the tagger's, as fingerprints key it): the role word right
 * before a mention of the whole name ("Gov. Dana Whitcombe", "Miss Olsen"), or opening the name itself ("Superintendent
 * Ray Costa"). People named with no role are left out.
 */
export function rolesOf(text: string, people: readonly string[]): Record<string, string> {
  const roles: Record<string, string> = {};
  for (const name of people) {
    const opening = ROLES[name.split(' ')[0]!.toLowerCase()];
    if (opening && name.includes(' ')) {
      roles[name.toLowerCase()] = opening;
      continue;
    }
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}-])`, 'gu'))) {
      const role = ROLE_BEFORE.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1];
      if (role) {
        roles[name.toLowerCase()] = ROLES[role.toLowerCase()]!;
        break;
      }
    }
  }
  return roles;
}

/** What the links read of a fingerprint: its names' keys, and the roles its people are named with. */
export interface PeopleFacts {
  entities: Readonly<Record<string, number>>;
  roles?: Readonly<Record<string, string>>;
}

/**
 * For each person `b` names whom `a` names by another key (one of the two by surname alone, the other in full, both
 * with the same role), b's key and a's key. A surname that names several people in full with that role links to none.
 */
export function surnameLinks(a: PeopleFacts, b: PeopleFacts): Map<string, string> {
  const links = new Map<string, string>();
  if (!a.roles || !b.roles) return links;
  const own = (facts: PeopleFacts, other: PeopleFacts) =>
    Object.keys(facts.roles!).filter((key) => facts.entities[key] !== undefined && other.entities[key] === undefined);
  const [peopleA, peopleB] = [own(a, b), own(b, a)];
  const fullOf = (surname: string, role: string, facts: PeopleFacts, people: readonly string[]) => {
    const full = people.filter((key) => key.endsWith(` ${surname}`) && facts.roles![key] === role);
    return full.length === 1 ? full[0] : undefined;
  };
  for (const keyB of peopleB) {
    const role = b.roles[keyB]!;
    const keyA = keyB.includes(' ')
      ? peopleA.find((key) => !key.includes(' ') && fullOf(key, a.roles![key]!, b, peopleB) === keyB)
      : fullOf(keyB, role, a, peopleA);
    if (keyA !== undefined && ![...links.values()].includes(keyA)) links.set(keyB, keyA);
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

/**
 * How often a person is mentioned: by full name or by surname alone, as a whole word ("Marsh", not "Marshfield"), and
 * not as part of someone else's name ("Delia Marsh" is no mention of Helen Marsh).
 */
export function personMentions(text: string, name: string, people: readonly string[]): number {
  const words = name.split(' ');
  const surname = words.at(-1)!;
  const others = people.filter((other) => other !== name && other.endsWith(` ${surname}`)).map(givenNamesOf);
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let count = 0;
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}-])`, 'gu'))) {
    const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (before === undefined || !others.some((given) => given.includes(before))) count++;
  }
  return count;
}

function givenNamesOf(name: string): string[] {
  return name.split(' ').slice(0, -1);
}

export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
