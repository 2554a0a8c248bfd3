// How alike two articles' fingerprints are, as story grouping weighs them: the words, the names and the pair rules
// that set names aside (two happenings of one town) or add to them (one happening told in both openings).
import { namesWord, protagonistsApart } from '../extraction/protagonists-apart.ts';
import { cosine, setOverlap } from '../language/similarity.ts';
import { stemCounter, townNamesBesideAnAside } from '../language/subject-asides.ts';
import { anotherOfItsKind } from './another-of-its-kind.ts';
import type { ArticleFingerprint } from './article-fingerprint.ts';
import { openOnDaysOfTheirOwn } from './days-of-their-own.ts';
import { onlyPassingNamesBesideAHappeningNod } from './happening-nods.ts';
import { particularsInCommon, particularsWeight } from './happening-particulars.ts';
import { happeningsOfTwoStreets } from './happening-streets.ts';
import { momentsInCommon, namesWithMoments } from './moments.ts';
import { namesBesideANod, namesOnceBesideOwnSubject, nodsBackOneWay } from './names-in-passing.ts';
import { onlyNamesOfThePlace } from './names-of-the-place.ts';
import { OPENING_WEIGHT, openingsTellOneHappening } from './opening-words.ts';
import { openingsTellTwoHappenings } from './openings-two-happenings.ts';
import { organizationLinks } from './organization-links.ts';
import { renamedList, renamedRecord, surnameLinks } from './people-links.ts';
import { nameWordsOf } from './place-name-heads.ts';
import { particularsBesideTheOpenings, personOfAnOpening } from './quoted-people.ts';
import { namesOfTheScene } from './scene-names.ts';
import { nameInBothOpenings, sameHappeningWeight } from './story-happenings.ts';
import { joinsOnPlaceNamesAlone, openingsShareNoWord } from './story-openings-apart.ts';

// An article joins a story when it is at least this similar to one of its articles.
export const JOIN_THRESHOLD = 0.3;
const TEXT_WEIGHT = 0.5;
const ONE_NAME = 0.6;
// Words this alike (TF-IDF cosine) are more than two stories share (at most 0.27 in the gold set): one name in common
// with them is as strong as two ("Lindell Springs" and a boil-water notice, a chlorine pump, the council's vote).
export const ALIKE_WORDS = 0.33;
// Words this unalike (TF-IDF cosine) are fewer than nearly any two articles of one story share (one tuned pair at
// 0.206, the rest above 0.25): the names they have in common are then the place's (the village, its council, its
// landmarks), which two stories of one town share, so however many they are they count as one.
const UNALIKE_WORDS = 0.22;

/** How alike two articles are: TF-IDF cosine of their words, and of the entities they name. */
export function similarity(
  a: ArticleFingerprint,
  other: ArticleFingerprint,
  idf: (term: string) => number,
  entityIdf: (term: string) => number,
): number {
  return similarityParts(a, other, idf, entityIdf).score;
}

/** What a similarity is made of, for tools that show why two articles join (tests/bench/story-margins.ts). */
export interface SimilarityParts {
  score: number;
  text: number;
  shared: number;
  names: number;
  common: number;
  sameCounts: boolean;
  /** Whether both openings tell one happening beside a rare name (opening-words.ts), adding `OPENING_WEIGHT`. */
  opening: boolean;
  /** What a person both name in full or a precise count both give adds (happening-particulars.ts). */
  particulars: number;
  /** What one happening told in other words in both openings adds (story-happenings.ts). */
  happening: number;
  /** Which reading decided the names' part: "names", or the rule that set them aside. */
  route:
    | 'names'
    | 'happening-nod'
    | 'another-of-its-kind'
    | 'passing-nod'
    | 'town-aside'
    | 'once-beside-subject'
    | 'scene-names'
    | 'place-names'
    | 'openings-apart'
    | 'happenings-apart'
    | 'protagonists-apart';
}

function parts(
  route: SimilarityParts['route'],
  text: number,
  shared: number,
  names: number,
  common: number,
  sameCounts = false,
  opening = false,
  particulars = 0,
  happening = 0,
): SimilarityParts {
  const score =
    combinedSimilarity(text, shared, names, common, sameCounts) +
    (opening ? OPENING_WEIGHT : 0) +
    particulars +
    happening;
  return { score, text, shared, names, common, sameCounts, opening, particulars, happening, route };
}

/** `similarity` with its parts. */
export function similarityParts(
  a: ArticleFingerprint,
  other: ArticleFingerprint,
  idf: (term: string) => number,
  entityIdf: (term: string) => number,
): SimilarityParts {
  const [people, organizations] = [surnameLinks(a, other), organizationLinks(a, other)];
  const b = withLinkedPeople(other, organizations.size === 0 ? people : new Map([...people, ...organizations]));
  const text = cosine(a.terms, b.terms, idf);
  const shared = cosine(a.entities, b.entities, entityIdf);
  const inCommon = Object.keys(a.entities).filter((name) => name in b.entities);
  const moments = inCommon.length > 1 ? momentsInCommon(a.moments, b.moments) : 0;
  const names = namesWithMoments(
    setOverlap(Object.keys(a.entities), Object.keys(b.entities)),
    moments,
    Object.keys(a.entities).length,
    Object.keys(b.entities).length,
  );
  // The same minute or day beside the same people is as telling as the same count of the same thing.
  const sameCounts = moments > 0 || Object.keys(a.counted ?? {}).some((thing) => thing in (b.counted ?? {}));
  // Two suspects (or two victims) who cannot be one person, neither article naming the other's: two happenings of one
  // town, whatever court, police and officials they share.
  if (protagonistsApart(a, other, namesWord)) return parts('protagonists-apart', text, 0, 0, 0);
  // One that counts its happening after the other's ("the second crash in a week, after …") tells two, whatever names.
  if (anotherOfItsKind(a, b, inCommon)) return parts('another-of-its-kind', text, 0, 0, 0);
  // One that dates something by the other's happening ("after the gas explosion") is about something else: when every
  // name they share is one either gives only in passing (the police, a rest centre, a street in a travel box), those
  // are the town's. The same minute, day or count would tell one happening.
  if (!sameCounts && onlyPassingNamesBesideAHappeningNod(a, b, inCommon)) return parts('happening-nod', text, 0, 0, 0);
  // One that gives the other's happening in one later sentence, two weeks or more after it, beside only the person both
  // open on ("The rider, who won a stage of … last month"), tells the person's new happening; the same counts tell one.
  if (!sameCounts && nodsBackOneWay(a, b, inCommon)) return parts('happening-nod', text, 0, 0, 0);
  // A fire and a vote, a crash and a bid for a third term, in openings whose words are not alike enough by themselves:
  // the person or the body both name is the place's, not the happening's. The same minute, day or count would tell one.
  if (!sameCounts && openingsTellTwoHappenings(a, b, text < ALIKE_WORDS, inCommon.length, () => [a, b]))
    return parts('happenings-apart', text, 0, 0, 0);
  // A fire on one street and a fire elsewhere in the town that day: the same day is the town's, not one happening's.
  if (happeningsOfTwoStreets(a, b, () => nameWordsOf(a, b))) return parts('happenings-apart', text, 0, 0, 0);
  // Two stories of one street share its names; one that names the other's company once, beside them, in a sentence
  // after its lede, tells of something else: the place's names (and the town both headlines name) are left out of
  // their names' likeness, and a passing nod and a place are weak evidence of one story whatever the words.
  // Both openings telling one happening beside a rare name both give is what a reader joins them by on sight, a nod
  // at one's company in the other's later sentence notwithstanding.
  // Names only of the place (the town, its hospital, its sheriff's office, its roads and officials) tell no happening
  // however many: they count as one, and a rare one both openings give is the place's, not one happening's.
  const placeOnly = onlyNamesOfThePlace(a, b, inCommon);
  const opening = () => !placeOnly && openingsTellOneHappening(a, b, entityIdf, () => nameWordsOf(a, b));
  const nod = namesBesideANod(a, b, inCommon, entityIdf);
  // A person both name in full, a count both give that was counted one by one, or a day both tell beside a name both
  // open on, is the happening's own; particulars of two kinds are two coincidences at once.
  // Unless each opens on a day of its own and one on a name of its own: then whom both name only later is the place's.
  const inFull = particularsInCommon(a, b);
  const ownDays = () =>
    openOnDaysOfTheirOwn(a, b, inCommon, { a: (name) => name in a.entities, b: (name) => name in b.entities });
  const particulars = particularsWeight(text, {
    ...inFull,
    people: () => (ownDays() ? personOfAnOpening(a, b) : inFull.people()),
  });
  // One happening told in other words in both openings, beside a name both give, in one week.
  const happening = sameHappeningWeight(
    a,
    b,
    () => inCommon.length > 0 || nameInBothOpenings(a, b, () => nameWordsOf(a, b), idf),
  );
  if (nod)
    return apartOnNamesAlone(
      a,
      b,
      parts('passing-nod', text, nod.shared, nod.names, 0, sameCounts, opening(), particulars, happening),
    );
  // The town's names alone, beside one article's aside at the other's subject, are two happenings of one town; the
  // same minute, day or count would tell one happening.
  if (
    !sameCounts &&
    townNamesBesideAnAside(
      a,
      b,
      inCommon,
      stemCounter(() => Object.entries(a.terms)),
      stemCounter(() => Object.entries(b.terms)),
    )
  )
    return parts('town-aside', text, 0, 0, 0);
  // Names given once each in passing beside a headline subject of the article's own count as one, unless the two tell
  // the same minute or day: then they tell one happening, a neighbour's blog post naming the mayor once beside its street.
  const named =
    inCommon.length > 1 &&
    moments === 0 &&
    (namesOnceBesideOwnSubject(a, b, inCommon) || namesOnceBesideOwnSubject(b, a, inCommon))
      ? 1
      : inCommon.length;
  // Names of the scene of two happenings (scene-names.ts) count as one too; the same minute, day or count would tell one.
  const scene =
    named > 1 &&
    !sameCounts &&
    namesOfTheScene(a, b, inCommon, { a: (name) => name in a.entities, b: (name) => name in b.entities }, () =>
      nameWordsOf(a, b),
    );
  const place = named > 1 && !scene && !sameCounts && placeOnly;
  const common = (scene || place ? 1 : named) + (sameCounts ? 1 : 0);
  const route = scene
    ? 'scene-names'
    : place
      ? 'place-names'
      : named < inCommon.length
        ? 'once-beside-subject'
        : 'names';
  return apartOnNamesAlone(
    a,
    b,
    parts(route, text, shared, names, common, sameCounts, opening(), particulars, happening),
  );
}

/**
 * The parts with the names set aside when the pair would join on them alone while the openings share no word of what
 * happened (story-openings-apart.ts): two happenings of one place.
 */
function apartOnNamesAlone(a: ArticleFingerprint, b: ArticleFingerprint, joined: SimilarityParts): SimilarityParts {
  const particulars = joined.particulars && particularsBesideTheOpenings(a, b, joined.text);
  const told = { ...joined, particulars: particulars + joined.happening };
  const apart = joinsOnPlaceNamesAlone(told, JOIN_THRESHOLD, () => openingsShareNoWord(a, b, () => nameWordsOf(a, b)));
  return apart ? parts('openings-apart', joined.text, 0, 0, 0) : joined;
}

/** The fingerprint with the people it names as the other article names them ("whitcombe" as "dana whitcombe"). */
function withLinkedPeople(fingerprint: ArticleFingerprint, links: ReadonlyMap<string, string>): ArticleFingerprint {
  if (links.size === 0) return fingerprint;
  const { passing, leading, places } = fingerprint;
  return {
    ...fingerprint,
    entities: renamedRecord(fingerprint.entities, links),
    ...(passing ? { passing: renamedRecord(passing, links) } : {}),
    ...(leading ? { leading: renamedList(leading, links) } : {}),
    ...(places ? { places: renamedList(places, links) } : {}),
  };
}

/**
 * The similarity of two articles from its parts: the cosine of their words (`text`) and of their entities
 * (`shared`), the overlap of the names they use (`names`), and how many names (and counts of the same thing) they
 * have in common. One name in common (the town both happen in) is weak evidence of one story; two or more are
 * strong, and so is a name beside the same count of the same thing ("Corvessa" and "14 miners"), whatever words
 * tell the rest; names alone are not, when the words are too unalike for one story (a harbour wall and a cliff fall
 * in one village).
 */
export function combinedSimilarity(
  text: number,
  shared: number,
  names: number,
  common: number,
  sameCounts = false,
): number {
  const strong = (common > 1 && (text >= UNALIKE_WORDS || sameCounts)) || (common === 1 && text >= ALIKE_WORDS);
  return TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * Math.max(shared, names) * (strong ? 1 : ONE_NAME);
}
