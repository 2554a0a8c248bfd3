// An article's fingerprint: what story grouping keeps of it (its words, the names it gives and how often, and the
// readings the pair rules compare), made once when it is saved so that grouping never reads its text again.
import type { Entities } from '../extraction/entities.ts';
import { withoutFurniture } from '../extraction/furniture.ts';
import { openingDaysReader } from '../extraction/opening-days-reader.ts';
import { protagonistReader } from '../extraction/protagonist-reader.ts';
import type { ProtagonistFacts } from '../extraction/protagonists-apart.ts';
import { splitSentences } from '../language/sentences.ts';
import { countTerms, type TermCounts, tokenize } from '../language/similarity.ts';
import { stemCounter, stemsOf } from '../language/subject-asides.ts';
import { earlierHappeningsTold } from './another-of-its-kind.ts';
import { countedThings } from './counted-things.ts';
import { happeningsNodded } from './happening-nods.ts';
import { peopleInFull } from './happening-particulars.ts';
import { streetsOpenedOn } from './happening-streets.ts';
import { momentsIn } from './moments.ts';
import { namesInPassing } from './names-in-passing.ts';
import { type NamesOfAnArticle, namesOfThePlace } from './names-of-the-place.ts';
import { officialsOfThePlace } from './officials-of-the-place.ts';
import { happeningsOpenedOn, topicsOpenedOn } from './opening-happenings.ts';
import { fromTheLede } from './opening-headings.ts';
import { occurrences, personMentions, rolesOf } from './people-links.ts';
import { keyPlaces, lowerCaseWordsOf, withPlacesTakenForPeople } from './place-name-heads.ts';
import { properNouns } from './proper-nouns.ts';
import { voicesOfABody } from './voices-of-a-body.ts';

export interface StoryArticle {
  id: string;
  title: string;
  text: string;
  entities: Entities;
  publishedAt: string | null;
  /** The dictionary's words (lexicon.ts), so that a word only opening sentences can be told to be a name. */
  knownWords?: Readonly<Record<string, unknown>>;
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
  /** Lower-cased people it names in full, given name and surname (happening-particulars.ts), but for the place's
   * officials (officials-of-the-place.ts); absent from older fingerprints. */
  people?: string[];
  /** Its names that are the place's, not its happening's: the town's places, services, roads and officials
   * (names-of-the-place.ts); absent when it gives none, and from older fingerprints. */
  placeNames?: string[];
  /** What its headline and lede tell happened, by kind (opening-happenings.ts); absent from older fingerprints. */
  happenings?: string[];
  /** The kinds of happening its opening names only as a subject ("to study river flooding", story-topics.ts). */
  topics?: string[];
  /** Stems of an earlier happening it counts its own after (another-of-its-kind.ts); absent from older fingerprints. */
  earlier?: string[];
  /** The streets its headline and lede name, by their own words (happening-streets.ts); absent from older fingerprints. */
  streets?: string[];
  /** The days its headline and lede tell, as calendar days (opening-days.ts); absent when they tell none. */
  openingDays?: string[];
  /** Whom its opening tells did the deed or had it done to them, and the ages and sexes of the people it tells
   * anywhere (protagonists-apart.ts); absent when its opening tells no one so, and from older fingerprints. */
  protagonists?: ProtagonistFacts;
}

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
  // From the lede on: a live page's "Summary" or "Key points" line is no lede.
  const sentences = fromTheLede(splitSentences(body).map((sentence) => sentence.text));
  const stemCount = stemCounter(() => Object.entries(terms));
  for (const [key, { count }] of properNouns(article.title, body, article.knownWords)) {
    if (entities[key] !== undefined || new RegExp(`\\b${key}\\b`).test(held)) continue;
    entities[key] = count;
  }
  const keyed = keyPlaces(entities, names, tagged.places, `${article.title}\n${body}`);
  const officials = officialsOfThePlace(article.title, body, tagged.people);
  const voices = voicesOfABody(article.title, body, tagged.people);
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
    // The people named in full but the town's officials, who speak for every happening of the town.
    people: peopleInFull(tagged.people, keyed.entities).filter(
      (person) => !officials.has(person) && !voices.has(person),
    ),
    ...placeNamesOf({ names: Object.keys(keyed.entities), places: keyed.places, officials }, body),
    happenings: happeningsOpenedOn(article.title, sentences[0] ?? ''),
    topics: topicsOpenedOn(article.title, sentences[0] ?? ''),
    ...streetsOf(article.title, sentences[0] ?? ''),
    ...openingDays(article.title, sentences[0] ?? '', article.publishedAt),
    ...protagonistReader()?.(sentences, tagged.people, terms),
  };
}

// The names of the place (names-of-the-place.ts), kept only when it gives some, as streets are.
function placeNamesOf(article: Omit<NamesOfAnArticle, 'lowerCaseWords'>, body: string): { placeNames?: string[] } {
  const placeNames = namesOfThePlace({ ...article, lowerCaseWords: lowerCaseWordsOf(body) });
  return placeNames.length > 0 ? { placeNames } : {};
}

// Kept only when the opening tells one, as streets are.
function openingDays(title: string, lede: string, publishedAt: string | null): { openingDays?: string[] } {
  const days = openingDaysReader()?.(title, lede, publishedAt) ?? [];
  return days.length > 0 ? { openingDays: days } : {};
}

// Kept only when the opening names one: most do not, and stored fingerprints stay as small as before.
function streetsOf(title: string, lede: string): { streets?: string[] } {
  const streets = streetsOpenedOn(title, lede);
  return streets.length > 0 ? { streets } : {};
}
