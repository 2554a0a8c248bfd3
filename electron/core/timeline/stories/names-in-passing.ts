// Names an article mentions in passing: every mention in one sentence that is neither its headline nor its lede.
// An article that names another story's company once, beside the street and the town both happen in ("Both of the
// station's engines were among those sent to the fire at the … works"), tells of something else.
import { cosine, setOverlap } from '../language/similarity.ts';

/** What the rule reads of a fingerprint (stories.ts). */
export interface NamedFingerprint {
  title: string;
  entities: Record<string, number>;
  places?: readonly string[];
  passing?: Record<string, number>;
  leading?: readonly string[];
}

/**
 * Names (lower-cased, as fingerprints key them) by where the article mentions them: in its headline or lede, or in
 * one sentence after its lede only. Names the text does not mention as a whole word are in neither. `bodySentences`
 * are the body's sentences as `splitSentences` gives them: the fingerprint has split the body already.
 */
export function namesInPassing(title: string, bodySentences: readonly string[], names: Iterable<string>): NamesByPlace {
  const sentences = bodySentences.map((sentence) => sentence.toLowerCase());
  const headline = title.toLowerCase();
  const passing: Record<string, number> = {};
  const leading: string[] = [];
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
    // The name's letters first: the pattern's lookbehind, tried at every place of every sentence, was most of the time.
    const word = (text: string) => text.includes(name) && pattern.test(text);
    const holding = sentences.flatMap((sentence, index) => (word(sentence) ? [index] : []));
    if (word(headline) || holding[0] === 0) leading.push(name);
    else if (holding.length === 1) passing[name] = holding[0]!;
  }
  return { passing, leading };
}

export interface NamesByPlace {
  /** Names mentioned in one sentence after the lede only, and not in the headline, with that sentence's number. */
  passing: Record<string, number>;
  /** Names the headline or the lede gives: what the article is about. */
  leading: string[];
}

/**
 * Whether `article` names what it shares with `other` only in passing: leaving out the places (the town, the street,
 * the hall both happen in or beside) and the names both headlines give, what is left of the names they share is
 * mentioned in one sentence of `article`, after its lede, and is what the other's headline or lede is about. Then
 * the names they share are no evidence of one story.
 */
export function sharedOnlyInPassing(
  article: NamedFingerprint,
  other: NamedFingerprint,
  inCommon: readonly string[],
): boolean {
  if (article.passing === undefined) return false;
  const inBothHeadlines = (name: string) =>
    article.title.toLowerCase().includes(name) && other.title.toLowerCase().includes(name);
  const isPlace = (name: string) => article.places?.includes(name) || other.places?.includes(name);
  const telling = inCommon.filter((name) => !isPlace(name) && !inBothHeadlines(name));
  if (telling.length === 0 || !telling.every((name) => other.leading?.includes(name))) return false;
  const sentences = new Set(telling.map((name) => article.passing![name]));
  return sentences.size === 1 && !sentences.has(undefined);
}

/**
 * Whether `article`'s headline names a subject of its own while what it shares with `other` it names once each and not
 * in its headline: an article that names another story's school and council once each, in passing ("… is already
 * closed after its ceiling fell in"), tells of something else, and the names count as one. A town both headlines name
 * is where both happen (a ship's home port, a hospital there), not the other's subject, and is left out.
 */
export function namesOnceBesideOwnSubject(
  article: Pick<NamedFingerprint, 'title' | 'entities'>,
  other: Pick<NamedFingerprint, 'title'>,
  inCommon: readonly string[],
): boolean {
  const inHeadline = (name: string, fingerprint: Pick<NamedFingerprint, 'title'>) =>
    fingerprint.title.toLowerCase().includes(name.split(' ')[0]!);
  const own = (name: string) => inHeadline(name, article);
  const ownSubject = Object.keys(article.entities).some((name) => !inCommon.includes(name) && own(name));
  const theirs = inCommon.filter((name) => !(own(name) && inHeadline(name, other)));
  return ownSubject && theirs.length > 0 && theirs.every((name) => article.entities[name] === 1 && !own(name));
}

/**
 * Whether each of two articles names what the other leads with (beyond what both lead with: the town both happen in)
 * only in passing: a narrowboat sunk at a town's moorings that says the town's bridge "was stuck open in May", beside
 * the bridge's story that sends people on foot "by the moorings' footbridge". Each has a subject of its own and nods
 * at the other's: two happenings of one place, whatever else of the place they share.
 */
export function nodsBothWays(
  a: Pick<NamedFingerprint, 'passing' | 'leading'>,
  b: Pick<NamedFingerprint, 'passing' | 'leading'>,
  inCommon: readonly string[],
): boolean {
  const nodsAt = (article: typeof a, other: typeof a) => {
    const theirs = (other.leading ?? []).filter((name) => !article.leading?.includes(name) && inCommon.includes(name));
    return theirs.length > 0 && theirs.every((name) => article.passing?.[name] !== undefined);
  };
  return nodsAt(a, b) && nodsAt(b, a);
}

/** Whether what two articles share is, for one of them or for each, a nod at the other's subject. */
export function nodded(a: NamedFingerprint, b: NamedFingerprint, inCommon: readonly string[]): boolean {
  return sharedOnlyInPassing(a, b, inCommon) || sharedOnlyInPassing(b, a, inCommon) || nodsBothWays(a, b, inCommon);
}

/**
 * When one of two articles names what they share only in passing, or each names the other's subject so, how alike their names are without the places
 * either names and the names both headlines give (the cosine of their entities, `shared`, and the overlap of their
 * names); otherwise null. Then a passing nod and a place are weak evidence of one story, whatever the words.
 */
export function namesBesideANod(
  a: NamedFingerprint,
  b: NamedFingerprint,
  inCommon: readonly string[],
  entityIdf: (name: string) => number,
): { shared: number; names: number } | null {
  if (!nodded(a, b, inCommon)) return null;
  const place = (name: string) =>
    a.places?.includes(name) ||
    b.places?.includes(name) ||
    (a.title.toLowerCase().includes(name) && b.title.toLowerCase().includes(name));
  const own = (entities: Record<string, number>) =>
    Object.fromEntries(Object.entries(entities).filter(([name]) => !place(name)));
  const [ownA, ownB] = [own(a.entities), own(b.entities)];
  return { shared: cosine(ownA, ownB, entityIdf), names: setOverlap(Object.keys(ownA), Object.keys(ownB)) };
}

/** What `nodsBackOneWay` reads of a fingerprint: where its names stand, whom it names in full, its opening's days. */
export interface DatedMentions {
  publishedAt: string | null;
  openingDays?: readonly string[];
  passing?: Record<string, number>;
  leading?: readonly string[];
  people?: readonly string[];
}

/** How long before an article's own happening the other's must be told for a passing nod at it to look back. */
const LOOKS_BACK_DAYS = 14;

/**
 * Whether one of two articles looks back at the other's happening in passing: beside the one person both open on (the
 * rider, the singer), named in full by both, it gives the rest of what the other's opening names only in one later
 * sentence, and the other's happening was told two weeks or more before its own ("The skipper, who won the Harlow Cup
 * in May, …"). A person's new happening that recalls an old one: two happenings, whatever else ties them.
 */
export function nodsBackOneWay(a: DatedMentions, b: DatedMentions, inCommon: readonly string[]): boolean {
  return looksBack(a, b, inCommon) || looksBack(b, a, inCommon);
}

function looksBack(article: DatedMentions, other: DatedMentions, inCommon: readonly string[]): boolean {
  const both = (other.leading ?? []).filter((name) => inCommon.includes(name) && article.leading?.includes(name));
  // The one name both open on is a person both name in full: a town or a works both open on is the place's.
  if (both.length !== 1 || !article.people?.includes(both[0]!) || !other.people?.includes(both[0]!)) return false;
  const theirs = (other.leading ?? []).filter((name) => inCommon.includes(name) && !article.leading?.includes(name));
  const sentences = new Set(theirs.map((name) => article.passing?.[name]));
  if (theirs.length === 0 || sentences.size !== 1 || sentences.has(undefined)) return false;
  const own = firstDay(article);
  const theirDay = lastDay(other);
  return own !== null && theirDay !== null && own - theirDay >= LOOKS_BACK_DAYS * DAY;
}

const DAY = 86_400_000;

function firstDay(fingerprint: DatedMentions): number | null {
  const days = (fingerprint.openingDays ?? []).map((day) => Date.parse(day)).filter((day) => !Number.isNaN(day));
  if (days.length > 0) return Math.min(...days);
  return dayOfPublishing(fingerprint);
}

function lastDay(fingerprint: DatedMentions): number | null {
  const days = (fingerprint.openingDays ?? []).map((day) => Date.parse(day)).filter((day) => !Number.isNaN(day));
  if (days.length > 0) return Math.max(...days);
  return dayOfPublishing(fingerprint);
}

function dayOfPublishing(fingerprint: DatedMentions): number | null {
  const published = fingerprint.publishedAt ? Date.parse(fingerprint.publishedAt.slice(0, 10)) : Number.NaN;
  return Number.isNaN(published) ? null : published;
}
