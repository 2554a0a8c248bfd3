// The street an opening places its happening at ("an e-bike battery caught fire in a house on Kiln Close"). Two fires of
// one town on one day share the town's fire service, its officer, its church and its warehouse by name, and even their
// words, for the one retells the other ("nothing to do with the arson attacks earlier in the day"); what tells them
// apart is where each happened. A later report of one fire keeps its street or its thing (the house, the warehouse) in
// its opening; one whose words never name the other's street, and whose opening shares with the other's no word but
// names and the happening's own, tells a fire somewhere else. A named building, school, estate or farm places a
// happening as a street does ("a fire in the laundry of Larch House", "quad bikes stolen from Hollins Farm"), and so
// does it two happenings of two kinds: a train hitting a lorry on one road and a house fire on another that night.
import { keptStemsOf } from '../language/kept-stems.ts';
import { isStopword, tokenize } from '../language/similarity.ts';
import { isPhysical, kindOf } from './opening-happenings.ts';

// Words a street's name ends on ("Kiln Close", "Dyehouse Street"); not "Court" nor "Hill", which name buildings and
// whole districts as often.
const STREET_HEADS = 'Close|Street|Road|Lane|Avenue|Drive|Crescent|Terrace|Gardens|Row|Square|Way|Walk|Grove|Mews';
// One or two capitalised words before the head: "Kiln Close", "Upper Mill Lane".
const STREET = new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2})(?:${STREET_HEADS})\\b`, 'gu');

// Words a named building's or site's name ends on ("Larch House", "Ridgeway Academy", "Hollins Farm"); "estate" and
// "farm" also lower-cased after the name ("the Millbeck industrial estate"); not where a street's name goes on
// ("Upper Mill Lane").
const SITE_HEADS = 'House|Hall|Farm|School|Academy|College|Estate|Mill|Works|Barn|Manor|Lodge|Hotel|Chapel|Church';
const SITE = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2})(?:(?:industrial|trading|business|housing)\\s+)?(?:${SITE_HEADS}|estate|farm)\\b(?!\\s+(?:${STREET_HEADS})\\b)`,
  'gu',
);
// Words of a site's name that say what it is rather than which one it is ("Ashgrove Primary School").
const KIND_OF_SITE = new Set([
  'primary',
  'secondary',
  'high',
  'grammar',
  'infant',
  'junior',
  'care',
  'nursing',
  'parish',
]);

/**
 * The streets and named sites an opening names, each as its own words, lower-cased ("kiln", "larch"), each once.
 * Sites are read in the lede alone: a headline's capitals are its style ("Fire At Old Mill"), not names.
 */
export function streetsOpenedOn(title: string, lede: string): string[] {
  const found = new Set<string>();
  const add = (words: string) => {
    const own = tokenize(words).filter((word) => !isStopword(word) && !KIND_OF_SITE.has(word));
    if (own.length > 0) found.add(own.join(' '));
  };
  for (const text of [title, lede]) for (const match of text.matchAll(STREET)) add(match[1]!);
  for (const match of lede.matchAll(SITE)) add(match[1]!);
  return [...found];
}

/** What the rule reads of an article: its opening's happenings and streets, headline, lede stems, names and words. */
export interface StreetFacts {
  title: string;
  lede?: readonly string[];
  leading?: readonly string[];
  happenings?: readonly string[];
  streets?: readonly string[];
  terms: Readonly<Record<string, number>>;
}

/**
 * Whether two openings tell happenings to things at two places: one names the street or site its happening befell,
 * which the other article never names, the other tells a happening to things or names a place of its own, and the
 * openings share no word but the words of names either gives (`names`, read only then: the town) and the happenings'
 * own words ("fire").
 */
export function happeningsOfTwoStreets(a: StreetFacts, b: StreetFacts, names: () => Iterable<string>): boolean {
  if (!a.streets?.length && !b.streets?.length) return false;
  if (!placedOrTold(a) || !placedOrTold(b)) return false;
  if (shareWideHappening(a, b)) return false;
  if (!streetNeverNamed(a, b) && !streetNeverNamed(b, a)) return false;
  return openingsShareOnlyNamesAndHappenings(a, b, names());
}

// Happenings that reach a whole area at once: one flood swamps a farm and a town's homes, one storm's landfall or one
// power cut is told at every street, so where each opening places it tells nothing of two happenings.
const WIDE_KINDS = new Set(['flood', 'quake', 'landfall', 'outage']);

/** Whether both openings tell a happening of one kind that reaches a whole area (a flood and a flood). */
function shareWideHappening(a: StreetFacts, b: StreetFacts): boolean {
  const wide = (facts: StreetFacts) => (facts.happenings ?? []).map(kindOf).filter((kind) => WIDE_KINDS.has(kind));
  const ofB = new Set(wide(b));
  return wide(a).some((kind) => ofB.has(kind));
}

/** Whether an opening tells a happening to things ("a fire broke out") or names where it happened. */
function placedOrTold(facts: StreetFacts): boolean {
  return (facts.streets?.length ?? 0) > 0 || (facts.happenings ?? []).some((entry) => isPhysical(kindOf(entry)));
}

/** Whether `one` names a street in its opening whose words the other article never gives. */
function streetNeverNamed(one: StreetFacts, other: StreetFacts): boolean {
  return (one.streets ?? []).some((street) => street.split(' ').every((word) => other.terms[word] === undefined));
}

function openingsShareOnlyNamesAndHappenings(a: StreetFacts, b: StreetFacts, names: Iterable<string>): boolean {
  const opening = (facts: StreetFacts) => new Set([...keptStemsOf(facts.title), ...(facts.lede ?? [])]);
  const kept = (facts: StreetFacts) => [
    ...(facts.leading ?? []).flatMap((name) => keptStemsOf(name)),
    ...(facts.streets ?? []).flatMap((street) => keptStemsOf(street)),
    ...(facts.happenings ?? []).map((entry) => entry.slice(entry.indexOf(':') + 1)),
  ];
  const allowed = new Set([...kept(a), ...kept(b), ...[...names].flatMap((name) => keptStemsOf(name))]);
  const other = opening(b);
  return [...opening(a)].every((stem) => !other.has(stem) || allowed.has(stem));
}
