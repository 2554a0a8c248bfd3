// Stories: articles about the same developing story, grouped as they arrive by shared entities and similar text.
import { anotherOfItsKind, earlierHappeningsTold } from './another-of-its-kind.ts';
import { countedThings } from './counted-things.ts';
import type { Entities } from './entities.ts';
import { withoutFurniture } from './furniture.ts';
import { happeningsNodded, onlyPassingNamesBesideAHappeningNod } from './happening-nods.ts';
import { particularsInCommon, particularsWeight, peopleInFull } from './happening-particulars.ts';
import { momentsIn, momentsInCommon, namesWithMoments } from './moments.ts';
import { namesBesideANod, namesInPassing, namesOnceBesideOwnSubject } from './names-in-passing.ts';
import { happeningsOpenedOn, topicsOpenedOn } from './opening-happenings.ts';
import { OPENING_WEIGHT, openingsTellOneHappening } from './opening-words.ts';
import { openingsTellTwoHappenings } from './openings-two-happenings.ts';
import { organizationLinks } from './organization-links.ts';
import { occurrences, personMentions, renamedList, renamedRecord, rolesOf, surnameLinks } from './people-links.ts';
import { keyPlaces, nameWordsOf, withPlacesTakenForPeople } from './place-name-heads.ts';
import { properNouns } from './proper-nouns.ts';
import { particularsBesideTheOpenings } from './quoted-people.ts';
import { splitSentences } from './sentences.ts';
import { cosine, countTerms, setOverlap, type TermCounts, tokenize } from './similarity.ts';
import { leadsWithBoth, namesOfStory, storiesBridged } from './story-bridges.ts';
import { countPlaced, type PlacedFrequencies, placedFrequencies } from './story-frequencies.ts';
import { nameInBothOpenings, sameHappeningWeight } from './story-happenings.ts';
import { joinsOnPlaceNamesAlone, openingsShareNoWord } from './story-openings-apart.ts';
import { type StoryTitleFields, storyTitle } from './story-title.ts';
import { stemCounter, stemsOf, townNamesBesideAnAside } from './subject-asides.ts';

export { type StoryTitleFields, storyTitle };

export interface StoryArticle {
  id: string;
  title: string;
  text: string;
  entities: Entities;
  publishedAt: string | null;
  /** The dictionary's words (lexicon.ts), so that a word only opening sentences can be told to be a name. */
  knownWords?: Readonly<Record<string, unknown>>;
}

export interface Story {
  storyId: string;
  title: string;
  articleIds: string[];
}

/** What stories need to remember of an article: small enough to store beside it. */
export interface ArticleFingerprint {
  id: string;
  title: string;
  publishedAt: string | null;
  terms: TermCounts;
  /** Lower-cased entity names, with how often the text mentions each. */
  entities: Record<string, number>;
  /** Entity names as written, for story titles. */
  names: Record<string, string>;
  /** Things the text counts ("14 miner"), with how often; absent from fingerprints stored by older versions. */
  counted?: Record<string, number>;
  /** Lower-cased names the tagger takes for places; absent from fingerprints stored by older versions. */
  places?: string[];
  /** Names mentioned in one sentence after the lede only, with that sentence's number (names-in-passing.ts). */
  passing?: Record<string, number>;
  /** Names its headline or lede gives. */
  leading?: string[];
  /** Minutes of the clock and days of the year it tells (moments.ts); absent from fingerprints stored by older versions. */
  moments?: string[];
  /** The roles its people are named with ("governor"), by name (people-links.ts); absent from older fingerprints. */
  roles?: Record<string, string>;
  /** The stems of its lede's words (subject-asides.ts); absent from fingerprints stored by older versions. */
  lede?: string[];
  /** The stems it names another happening by, in passing (happening-nods.ts); absent from older fingerprints. */
  nods?: string[];
  /** Lower-cased people it names in full, given name and surname (happening-particulars.ts); absent from older fingerprints. */
  people?: string[];
  /** What its headline and lede tell happened, by kind (opening-happenings.ts); absent from older fingerprints. */
  happenings?: string[];
  /** The kinds of happening its opening names only as a subject ("to study river flooding", story-topics.ts). */
  topics?: string[];
  /** Stems of an earlier happening it counts its own after (another-of-its-kind.ts); absent from older fingerprints. */
  earlier?: string[];
}

/** A story with the fingerprints of its articles, as `assignToStory` reads and returns it. */
export interface StoryMembers extends Story {
  members: ArticleFingerprint[];
}

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

export function fingerprintArticle(article: StoryArticle): ArticleFingerprint {
  const entities: Record<string, number> = {};
  const names: Record<string, string> = {};
  // A weather box or a newsletter prompt that reached the text names the outlet's town, not the story.
  const body = withoutFurniture(article.text);
  const tagged = withPlacesTakenForPeople(article.entities);
  for (const name of [...tagged.people, ...tagged.organizations, ...tagged.places]) {
    const count = tagged.people.includes(name)
      ? personMentions(body, name, tagged.people) + personMentions(article.title, name, tagged.people)
      : occurrences(body, name) + occurrences(article.title, name);
    if (count === 0) continue;
    entities[name.toLowerCase()] = count;
    names[name.toLowerCase()] ??= name;
  }
  // Names the tagger missed ("Vesterby", "Skarn"), unless a name it found already holds them ("Ingrid Holm"). They
  // are compared like entities but title no story: they have no entry in `names`.
  const held = Object.keys(entities).join(' ');
  const terms = countTerms(tokenize(`${article.title}\n${body}`));
  const sentences = splitSentences(body).map((sentence) => sentence.text);
  const stemCount = stemCounter(() => Object.entries(terms));
  for (const [key, { count }] of properNouns(article.title, body, article.knownWords)) {
    if (entities[key] !== undefined || new RegExp(`\\b${key}\\b`).test(held)) continue;
    entities[key] = count;
  }
  const keyed = keyPlaces(entities, names, tagged.places, `${article.title}\n${body}`);
  return {
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    terms,
    entities: keyed.entities,
    names: keyed.names,
    counted: Object.fromEntries(countedThings(`${article.title}\n${body}`)),
    places: keyed.places,
    ...namesInPassing(article.title, sentences, Object.keys(keyed.entities)),
    moments: [...momentsIn(`${article.title}\n${body}`).keys()],
    roles: rolesOf(`${article.title}\n${body}`, tagged.people),
    lede: stemsOf(sentences[0] ?? ''),
    nods: happeningsNodded(sentences, stemCount),
    earlier: earlierHappeningsTold(sentences, stemCount),
    people: peopleInFull(tagged.people, keyed.entities),
    happenings: happeningsOpenedOn(article.title, sentences[0] ?? ''),
    topics: topicsOpenedOn(article.title, sentences[0] ?? ''),
  };
}

/** Adds an article to its story, or starts one; returns the stories. `placed` counts their articles, and then it. */
export function assignToStory(
  existingStories: readonly StoryMembers[],
  newArticle: StoryArticle | ArticleFingerprint,
  placed: PlacedFrequencies = placedFrequencies(existingStories.flatMap((story) => story.members)),
): StoryMembers[] {
  const article = 'terms' in newArticle ? newArticle : fingerprintArticle(newArticle);
  countPlaced(placed, article);
  const [idf, entityIdf] = [placed.terms.weights(), placed.entities.weights()];
  const scored = existingStories.flatMap((story, index) =>
    story.members.map((member) => ({ story: index, member, score: similarity(article, member, idf, entityIdf) })),
  );
  const chosen = chooseStory(scored);
  if (!chosen) return [...existingStories, storyOf([article])];
  // The stories it brings together become one, under the oldest's id (stories come oldest first).
  const names = (index: number) => namesOfStory(existingStories[index]!.members);
  const joined = storiesBridged(scored, chosen.story, JOIN_THRESHOLD, (one, other) =>
    leadsWithBoth(article.leading, names(one), names(other)),
  );
  const into = joined[0] ?? chosen.story;
  const members = joined.length > 0 ? joined.flatMap((index) => existingStories[index]!.members) : null;
  return existingStories.flatMap((story, index) => {
    if (index === into) return [storyOf([...(members ?? story.members), article], story.storyId)];
    return joined.includes(index) ? [] : [story];
  });
}

/**
 * The story an article joins, from how alike it is to each article already placed (`story` says whose): of the
 * stories with an article alike enough to share it, the one it is most like as a whole (the mean over the articles
 * compared), so that one article naming the same home towns or country (an outlet's own readers, stranded by two
 * different happenings) does not outweigh a story whose every article tells what it tells. Also returns that story's
 * article most like it. Ties go to the story met first.
 */
export function chooseStory<S, M>(
  scored: Iterable<{ story: S; member: M; score: number }>,
): { story: S; member: M } | null {
  const byStory = new Map<S, { sum: number; count: number; best: { member: M; score: number } }>();
  for (const { story, member, score } of scored) {
    const entry = byStory.get(story);
    if (!entry) byStory.set(story, { sum: score, count: 1, best: { member, score } });
    else {
      entry.sum += score;
      entry.count++;
      if (score > entry.best.score) entry.best = { member, score };
    }
  }
  let chosen: { story: S; member: M; mean: number } | null = null;
  for (const [story, { sum, count, best }] of byStory) {
    const mean = sum / count;
    if (best.score >= JOIN_THRESHOLD && (!chosen || mean > chosen.mean)) chosen = { story, member: best.member, mean };
  }
  return chosen && { story: chosen.story, member: chosen.member };
}

/**
 * Groups articles into stories, oldest first so that a story keeps the id of the article that started it; articles
 * without a publication date come last, as they would arrive.
 */
export function clusterStories(articles: readonly StoryArticle[]): Story[] {
  const ordered = [...articles].sort((a, b) => publicationOrder(a).localeCompare(publicationOrder(b)));
  let stories: StoryMembers[] = [];
  const placed = placedFrequencies();
  for (const article of ordered) stories = assignToStory(stories, article, placed);
  return stories.map(({ storyId, title, articleIds }) => ({ storyId, title, articleIds }));
}

function publicationOrder(article: StoryArticle): string {
  const time = Date.parse(article.publishedAt ?? '');
  return Number.isNaN(time) ? '\uffff' : new Date(time).toISOString();
}

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
    | 'openings-apart'
    | 'happenings-apart';
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
  // One that counts its happening after the other's ("the second crash in a week, after …") tells two, whatever names.
  if (anotherOfItsKind(a, b, inCommon)) return parts('another-of-its-kind', text, 0, 0, 0);
  // One that dates something by the other's happening ("after the gas explosion") is about something else: when every
  // name they share is one either gives only in passing (the police, a rest centre, a street in a travel box), those
  // are the town's. The same minute, day or count would tell one happening.
  if (!sameCounts && onlyPassingNamesBesideAHappeningNod(a, b, inCommon)) return parts('happening-nod', text, 0, 0, 0);
  // A fire and a vote, a crash and a bid for a third term, in openings whose words are not alike enough by themselves:
  // the person or the body both name is the place's, not the happening's. The same minute, day or count would tell one.
  if (!sameCounts && openingsTellTwoHappenings(a, b, text < ALIKE_WORDS, inCommon.length))
    return parts('happenings-apart', text, 0, 0, 0);
  // Two stories of one street share its names; one that names the other's company once, beside them, in a sentence
  // after its lede, tells of something else: the place's names (and the town both headlines name) are left out of
  // their names' likeness, and a passing nod and a place are weak evidence of one story whatever the words.
  // Both openings telling one happening beside a rare name both give is what a reader joins them by on sight, a nod
  // at one's company in the other's later sentence notwithstanding.
  const opening = () => openingsTellOneHappening(a, b, entityIdf, () => nameWordsOf(a, b));
  const nod = namesBesideANod(a, b, inCommon, entityIdf);
  // A person both name in full, a count both give that was counted one by one, or a day both tell beside a name both
  // open on, is the happening's own; particulars of two kinds are two coincidences at once.
  const particulars = particularsWeight(text, particularsInCommon(a, b));
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
  const common = named + (sameCounts ? 1 : 0);
  const route = named < inCommon.length ? 'once-beside-subject' : 'names';
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

function storyOf(members: ArticleFingerprint[], storyId = `story-${members[0]!.id}`): StoryMembers {
  return { storyId, title: storyTitle(members), articleIds: members.map((member) => member.id), members };
}
