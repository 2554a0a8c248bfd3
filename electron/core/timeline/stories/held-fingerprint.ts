// Fingerprints as the timeline holds them for every article of a library: words and names as numbers
// of one shared vocabulary, packed in slabs of typed memory. As plain objects (a property per word, a
// Set entry per article in each word's index) a loaded timeline of 20,000 generated articles held 47 MB
// of heap; held so, 18 MB. Comparing them is held-comparison.ts.
import type { ProtagonistFacts } from '../extraction/protagonists-apart.ts';
import type { ArticleFingerprint } from './article-fingerprint.ts';
import type { Vocabulary } from './held-vocabulary.ts';
import type { NamedFingerprint } from './names-in-passing.ts';
import { type InFull, namesInFullOnly } from './organization-links.ts';
import type { StoryTitleFields } from './story-title.ts';

/**
 * An article's fingerprint as held in memory. `packed` is: how many terms, entities, counted things and lede stems,
 * then the terms' ids and their counts, the entities' ids and their counts, the counted things' ids and the lede
 * stems' ids, each in the order the plain fingerprint lists them (so candidates are met, and sums added, in the same
 * order).
 */
export interface HeldFingerprint {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly names: Readonly<Record<string, string>>;
  readonly packed: Uint32Array | Float64Array;
  /** Where the article names its names (names-in-passing.ts), and which are places, when it names any so. */
  readonly mentions?: Pick<NamedFingerprint, 'places' | 'passing' | 'leading'>;
  /** The minutes and days it tells (moments.ts), when it tells any. */
  readonly moments?: readonly string[];
  /** The roles its people are named with (people-links.ts), when it names any with one. */
  readonly roles?: Readonly<Record<string, string>>;
  /** The stems it names another happening by, in passing (happening-nods.ts), when it names any so. */
  readonly nods?: readonly string[];
  /** The people it names in full (happening-particulars.ts), when it names any so. */
  readonly people?: readonly string[];
  /** Its names that are the place's (names-of-the-place.ts), when it gives any. */
  readonly placeNames?: readonly string[];
  /** The names it gives in full whose first word it never says alone (organization-links.ts), when it gives any. */
  readonly inFull?: readonly InFull<number>[];
  /** What its opening tells happened (opening-happenings.ts), when it tells anything so. */
  readonly happenings?: readonly string[];
  /** The kinds its opening names only as a subject (story-topics.ts), when it names any so. */
  readonly topics?: readonly string[];
  /** Stems of an earlier happening it counts its own after (another-of-its-kind.ts), when it tells one. */
  readonly earlier?: readonly string[];
  /** The streets its opening names (happening-streets.ts), when it names any. */
  readonly streets?: readonly string[];
  /** The days its opening tells (opening-days.ts), when it tells any. */
  readonly openingDays?: readonly string[];
  /** Its opening's protagonists (protagonists-apart.ts), when it tells any. */
  readonly protagonists?: ProtagonistFacts;
}

const NO_NAMES: Readonly<Record<string, string>> = Object.freeze({});
const HEADER = 4;

export function holdFingerprint(fingerprint: ArticleFingerprint, vocabulary: Vocabulary): HeldFingerprint {
  const terms = Object.entries(fingerprint.terms);
  const entities = Object.entries(fingerprint.entities);
  const counted = Object.keys(fingerprint.counted ?? {});
  const lede = fingerprint.lede ?? [];
  const values = [terms.length, entities.length, counted.length, lede.length];
  for (const [term] of terms) values.push(vocabulary.idOf(term));
  for (const [, count] of terms) values.push(count);
  for (const [name] of entities) values.push(vocabulary.idOf(name));
  for (const [, count] of entities) values.push(count);
  for (const thing of counted) values.push(vocabulary.idOf(thing));
  for (const stem of lede) values.push(vocabulary.idOf(stem));
  // Counts are whole numbers; a file that says otherwise keeps its numbers exactly, at twice the size.
  const inFull = namesInFullOnly(fingerprint).map(
    ([full, first]) => [vocabulary.idOf(full), vocabulary.idOf(first)] as const,
  );
  const whole = values.every((value) => Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff);
  return {
    id: fingerprint.id,
    title: fingerprint.title,
    publishedAt: fingerprint.publishedAt,
    names: Object.keys(fingerprint.names).length > 0 ? fingerprint.names : NO_NAMES,
    packed: whole ? vocabulary.pack(values) : Float64Array.from(values),
    ...(fingerprint.moments?.length ? { moments: fingerprint.moments } : {}),
    ...(fingerprint.roles && Object.keys(fingerprint.roles).length > 0 ? { roles: fingerprint.roles } : {}),
    ...(fingerprint.nods?.length ? { nods: fingerprint.nods } : {}),
    ...(fingerprint.people?.length ? { people: fingerprint.people } : {}),
    ...(fingerprint.placeNames?.length ? { placeNames: fingerprint.placeNames } : {}),
    ...(inFull.length > 0 ? { inFull } : {}),
    ...(fingerprint.happenings?.length ? { happenings: fingerprint.happenings } : {}),
    ...(fingerprint.topics?.length ? { topics: fingerprint.topics } : {}),
    ...(fingerprint.earlier?.length ? { earlier: fingerprint.earlier } : {}),
    ...(fingerprint.streets?.length ? { streets: fingerprint.streets } : {}),
    ...(fingerprint.openingDays?.length ? { openingDays: fingerprint.openingDays } : {}),
    ...(fingerprint.protagonists ? { protagonists: fingerprint.protagonists } : {}),
    ...(fingerprint.passing && Object.keys(fingerprint.passing).length > 0
      ? { mentions: { places: fingerprint.places, passing: fingerprint.passing, leading: fingerprint.leading } }
      : fingerprint.leading?.length || fingerprint.places?.length
        ? { mentions: { places: fingerprint.places, leading: fingerprint.leading } }
        : {}),
  };
}

/** Where each part of a packed fingerprint starts, and how long it is. */
export function partsOf(held: HeldFingerprint) {
  const { packed } = held;
  const terms = packed[0]!;
  const entities = packed[1]!;
  const counted = packed[2]!;
  const lede = packed[3]!;
  return {
    terms: { ids: HEADER, counts: HEADER + terms, length: terms },
    entities: { ids: HEADER + 2 * terms, counts: HEADER + 2 * terms + entities, length: entities },
    counted: { ids: HEADER + 2 * terms + 2 * entities, counts: -1, length: counted },
    lede: { ids: HEADER + 2 * terms + 2 * entities + counted, counts: -1, length: lede },
  };
}

/** What a story's title is made of, in plain words again. */
export function titleFieldsOf(held: HeldFingerprint, vocabulary: Vocabulary): StoryTitleFields {
  const { entities } = partsOf(held);
  const named: Record<string, number> = {};
  for (let i = 0; i < entities.length; i++) {
    named[vocabulary.wordOf(held.packed[entities.ids + i]!)] = held.packed[entities.counts + i]!;
  }
  return { title: held.title, entities: named, names: held.names };
}

export type Part = { ids: number; counts: number; length: number };
