import { dirname } from 'node:path';
import { z } from 'zod';
import { ArticleEvent, EventDate, EventRef, MOST_JOINED, Precision } from '../../contract/index.ts';
import { EVENT_CHOICE_FIELDS, EVENT_FIELDS } from '../library/article-record.ts';
import type { LegacyEventEdits } from '../library/event-edit-files.ts';
import type { Library } from '../library/library.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import type { ArticleFingerprint } from './stories/article-fingerprint.ts';

/** The reader's changes to one event, kept apart from what extraction found so that re-extraction keeps them. */
export const EventOverride = z.object({
  date: EventDate.optional(),
  endDate: EventDate.nullable().optional(),
  precision: Precision.optional(),
  text: z.string().optional(),
  hidden: z.boolean().optional(),
  apart: z.boolean().optional(),
  joined: z.array(EventRef).max(MOST_JOINED).optional(),
});
export type EventOverride = z.infer<typeof EventOverride>;

/** An event as found, before the reader's edits are applied. */
export const FoundEvent = ArticleEvent.omit({ edited: true, hidden: true, apart: true, joined: true });
export type FoundEvent = z.infer<typeof FoundEvent>;

// What the story rules read beside the words (stories.ts): each optional, as older files lack them; read back whole,
// since a field left out here is dropped on reading, and an article found before a restart would then be compared
// without it. Bounded: the file is this device's own, but a disk or a sync tool may hand back anything. Longer lists
// are cut, not refused: a refused file is found again, and a text naming thousands of places would be found again
// on every start.
const NAMES_AT_MOST = 2_000;
/** An events file holds an article's events and its fingerprint; a long article's comes to a few hundred KB. */
export const EVENTS_FILE_AT_MOST = 16 * 1024 * 1024;
const nameList = z.array(z.string()).transform((list) => list.slice(0, NAMES_AT_MOST));
const byName = <V extends z.ZodType>(value: V) =>
  z.record(z.string(), value).transform((record) => Object.fromEntries(Object.entries(record).slice(0, NAMES_AT_MOST)));
const Sex = z.enum(['male', 'female']);
const Protagonist = z.object({
  sex: Sex.optional(),
  ages: z.tuple([z.number(), z.number()]).optional(),
  surname: z.string().optional(),
});
const numberList = z.array(z.number()).transform((list) => list.slice(0, NAMES_AT_MOST));
/** Whom an opening tells did the deed or had it done to them (protagonists-apart.ts). */
const ProtagonistFacts = z.object({
  suspect: Protagonist.optional(),
  victim: Protagonist.optional(),
  ages: numberList.optional(),
  sexes: z
    .array(Sex)
    .transform((list) => list.slice(0, NAMES_AT_MOST))
    .optional(),
  others: z
    .array(Protagonist.extend({ role: z.enum(['suspect', 'victim']) }))
    .transform((list) => list.slice(0, NAMES_AT_MOST))
    .optional(),
});
// Every field the story rules read must be listed: a field left out is dropped on reading back, and the article's
// stories after a restart would differ from those it was first grouped into.
const Fingerprint = z.object({
  id: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  terms: z.record(z.string(), z.number()),
  entities: z.record(z.string(), z.number()),
  names: z.record(z.string(), z.string()),
  counted: z.record(z.string(), z.number()).optional(),
  places: nameList.optional(),
  passing: byName(z.number()).optional(),
  leading: nameList.optional(),
  moments: nameList.optional(),
  roles: byName(z.string()).optional(),
  lede: nameList.optional(),
  nods: nameList.optional(),
  people: nameList.optional(),
  placeNames: nameList.optional(),
  happenings: nameList.optional(),
  topics: nameList.optional(),
  earlier: nameList.optional(),
  streets: nameList.optional(),
  openingDays: nameList.optional(),
  protagonists: ProtagonistFacts.optional(),
});
/** Fails the build when the fingerprint gains a field the schema above would drop. */
const everyFieldKept: [Exclude<keyof ArticleFingerprint, keyof z.infer<typeof Fingerprint>>] extends [never]
  ? true
  : false = true;
void everyFieldKept;

export const ArticleEventsFile = z.object({
  schema: z.literal(1),
  /** Which version of the extraction rules found these; older files are read again on upgrade. */
  extractor: z.number().int(),
  found: z.array(FoundEvent),
  /** Highlights the reader made events of. */
  promoted: z.array(FoundEvent),
  overrides: z.record(z.string(), EventOverride),
  fingerprint: Fingerprint,
});
export type ArticleEventsFile = z.infer<typeof ArticleEventsFile>;

/** What this device found in an article's text (.annals/<device>/events/<id>.json): derived, never synced. */
const FoundEventsFile = z.object({
  schema: z.literal(1),
  extractor: z.number().int(),
  found: z.array(FoundEvent),
  fingerprint: Fingerprint,
  /** Promoted highlights as last placed on the current text (they follow their highlight). */
  followed: z.array(FoundEvent).default([]),
});

/**
 * An article's events: what extraction found (derived, this device's own, read from a format-1
 * events.json until found again) and the reader's edits and promoted highlights (in the article's
 * records, so they travel to every device and merge there).
 */
export class EventStore {
  constructor(
    private readonly library: Library,
    private readonly report: (message: string) => void,
    private readonly readOnly: boolean,
  ) {}

  async read(articleId: string): Promise<ArticleEventsFile | null> {
    const { paths } = this.library;
    const derived = await readJsonFile(paths.foundEvents(articleId), FoundEventsFile, {
      maxBytes: EVENTS_FILE_AT_MOST,
    });
    let found: z.infer<typeof FoundEventsFile> | null = derived.status === 'ok' ? derived.value : null;
    /** The format-1 file's edits, when it was read here: the edits are not read from it a second time. */
    let legacyEdits: LegacyEventEdits | undefined;
    if (!found) {
      const legacy = await readJsonFile(paths.articleEvents(articleId), ArticleEventsFile);
      if (legacy.status === 'ok') {
        found = { ...legacy.value, followed: legacy.value.promoted };
        legacyEdits = { overrides: legacy.value.overrides, promoted: legacy.value.promoted };
      } else if (legacy.status === 'corrupt') {
        // A format-1 file is never moved or rewritten: its edits are read where they still parse.
        this.report(`The events of one article could not be read (${legacy.reason}); they are being found again.`);
      }
    }
    if (!found) return null;
    const { overrides, promoted: made } = await this.readEdits(articleId, legacyEdits);
    const followed = new Map(found.followed.map((event) => [event.key, event]));
    const promoted = made.map((event) => followed.get(event.key) ?? event);
    return {
      schema: 1,
      extractor: found.extractor,
      found: found.found,
      promoted,
      overrides,
      fingerprint: found.fingerprint,
    };
  }

  /** The reader's edits and promoted highlights, as every device's records of the article make them. */
  async readEdits(
    articleId: string,
    legacy?: LegacyEventEdits,
  ): Promise<{ overrides: Record<string, EventOverride>; promoted: FoundEvent[] }> {
    const merged = await this.library.eventEdits(articleId, legacy).catch(() => null);
    const promoted = Object.values(merged?.promoted ?? {}).flatMap((value) => {
      const event = FoundEvent.safeParse(value);
      return event.success ? [event.data] : [];
    });
    const overrides: Record<string, EventOverride> = {};
    for (const [key, edit] of Object.entries(merged?.eventEdits ?? {})) {
      const override = EventOverride.safeParse(edit);
      if (override.success) overrides[key] = override.data;
    }
    return { overrides, promoted };
  }

  /** Keeps what was found (and where promoted highlights now sit) for this device. */
  async writeFound(articleId: string, value: ArticleEventsFile): Promise<void> {
    if (this.readOnly) return;
    const file = this.library.paths.foundEvents(articleId);
    await makePrivateFolder(dirname(file));
    const { extractor, found, fingerprint, promoted } = value;
    await writeFileAtomic(file, JSON.stringify({ schema: 1, extractor, found, fingerprint, followed: promoted }));
  }

  /**
   * The reader's changes to events, field by field (an undefined override takes every change back). Given what each
   * override was before, only the fields that changed are written: another computer's change to another field of the
   * event, not yet arrived, then stands.
   */
  async writeOverrides(
    articleId: string,
    overrides: Map<string, EventOverride | undefined>,
    before?: ReadonlyMap<string, EventOverride | undefined>,
  ): Promise<void> {
    await this.library.changeRecord(articleId, (record, stamp) => {
      const at = stamp();
      for (const [key, override] of overrides) {
        const register = (name: keyof EventOverride) =>
          override && name in override ? { value: override[name], at } : { at };
        const changed = (name: keyof EventOverride) =>
          !before || JSON.stringify(before.get(key)?.[name]) !== JSON.stringify(override?.[name]);
        const fields = { ...record.events[key] };
        for (const name of EVENT_FIELDS) if (changed(name)) fields[name] = register(name);
        record.events[key] = fields;
        const choices = { ...record.eventChoices[key] };
        for (const name of EVENT_CHOICE_FIELDS) if (changed(name)) choices[name] = register(name);
        if (Object.keys(choices).length > 0) record.eventChoices[key] = choices;
      }
      return undefined;
    });
  }

  /** A highlight made an event of. */
  async writePromoted(articleId: string, event: FoundEvent): Promise<void> {
    await this.library.changeRecord(articleId, (record, stamp) => {
      record.promoted[event.key] = { value: event, at: stamp() };
      return undefined;
    });
  }

  /** Highlights' events taken back (null: no longer an event), as their highlights leave the article. */
  async takeBackPromoted(articleId: string, keys: string[]): Promise<void> {
    await this.library.changeRecord(articleId, (record, stamp) => {
      for (const key of keys) record.promoted[key] = { value: null, at: stamp() };
      return undefined;
    });
  }
}

/** The events of an article as the reader sees them: edits applied, promoted highlights included. */
export function visibleEvents(file: Pick<ArticleEventsFile, 'found' | 'promoted' | 'overrides'>): ArticleEvent[] {
  return [...file.found, ...file.promoted]
    .map((event) => applyOverride(event, file.overrides[event.key]))
    .sort((a, b) => a.start - b.start || a.date.localeCompare(b.date));
}

export function applyOverride(event: FoundEvent, override: EventOverride | undefined): ArticleEvent {
  if (!override) return { ...event, edited: false, hidden: false };
  const { endDate, hidden, apart, joined, ...changes } = override;
  const merged: ArticleEvent = {
    ...event,
    ...changes,
    edited: Object.keys(changes).length > 0 || endDate !== undefined,
    hidden: hidden ?? false,
    ...(apart ? { apart: true } : {}),
    ...(joined && joined.length > 0 ? { joined } : {}),
  };
  if (endDate === null) delete merged.endDate;
  else if (endDate !== undefined) merged.endDate = endDate;
  return merged;
}
