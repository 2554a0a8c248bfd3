import { z } from 'zod';
import { AnnotationId, ArticleId, ArticleState, HighlightColor, IsoDate, TextAnchor } from '../../contract/index.ts';
import type { Stamp } from '../sync/clock.ts';
import { DeviceIdPattern } from '../sync/device.ts';
import { editSchema, FlagSchema, StampSchema, writtenSchema } from '../sync/registers.ts';

/**
 * articles/<id>/records/<deviceId>.json: everything the reader did to one article on one device, each
 * value with the stamp of when it was set. Only that device writes the file, so a sync tool never has
 * to pick a winner; every device merges all records (merge-article.ts) into the same article.
 */

/** A version's id: the first 20 hex digits of the SHA-256 of its text. */
export const VersionId = z.string().regex(/^[a-f0-9]{20}$/, 'not a version id');

const Written = writtenSchema;
const nullable = <T extends z.ZodType>(schema: T) => Written(schema.nullable());

export const RecordFields = z
  .object({
    state: Written(ArticleState),
    favorite: Written(z.boolean()),
    progress: Written(z.number().min(0).max(1)),
    scrollAnchor: nullable(z.number().min(0).max(1)),
    readAt: nullable(IsoDate),
    archivedAt: nullable(IsoDate),
    savedAt: Written(IsoDate),
    feedId: nullable(z.string().max(40)),
    sample: Written(z.boolean()),
    contentStatus: nullable(z.enum(['pending', 'failed'])),
    contentError: nullable(z.string().max(2_000)),
    currentVersion: Written(VersionId),
    /** The address an imported article was listed under (kept when its text arrives from elsewhere). */
    url: Written(z.string().max(8_192)),
    /** The title of an article whose text has not arrived (an import placeholder). */
    title: Written(z.string().max(2_000)),
    /**
     * A tombstone. `seen` holds, per annotation, the latest change the deleting device knew of: a
     * highlight made or changed elsewhere after that keeps the article.
     */
    deleted: z.object({
      value: z.boolean(),
      at: StampSchema,
      seen: z.record(z.string(), StampSchema).optional(),
    }),
  })
  .partial();
export type RecordFields = z.infer<typeof RecordFields>;

/** A highlight as it was made: the words on the version of the text it was made on. */
export const CreatedAnnotation = z.object({
  kind: z.literal('highlight'),
  anchor: TextAnchor,
  orphaned: z.boolean().default(false),
  color: HighlightColor,
  note: z.string().max(100_000),
  tags: z.array(z.string().max(64)).max(100),
  created: IsoDate,
  /** The version of the text the anchor points into; null when it was made before any text arrived. */
  versionId: VersionId.nullable(),
});
export type CreatedAnnotation = z.infer<typeof CreatedAnnotation>;

export const AnnotationEntry = z.object({
  created: Written(CreatedAnnotation).optional(),
  fields: z
    .object({
      color: Written(HighlightColor),
      note: Written(z.string().max(100_000)),
      tags: Written(z.array(z.string().max(64)).max(100)),
    })
    .partial()
    .default({}),
  deleted: Written(z.boolean()).optional(),
});
export type AnnotationEntry = z.infer<typeof AnnotationEntry>;

/** The article's own note: one text per edit; `deleted` when the edit took it away. */
export const NoteValue = z.object({
  id: AnnotationId,
  text: z.string().max(100_000),
  color: HighlightColor,
  tags: z.array(z.string().max(64)).max(100),
  created: IsoDate,
  deleted: z.boolean().optional(),
});
export type NoteValue = z.infer<typeof NoteValue>;

/** One field of the reader's change to an event; a register without a value takes the change back. */
export const EventFieldRegister = z.object({ value: z.unknown().optional(), at: StampSchema });
export type EventFieldRegister = z.infer<typeof EventFieldRegister>;
export const EVENT_FIELDS = ['date', 'endDate', 'precision', 'text', 'hidden'] as const;

/** Room for the names later versions add to one event edit, with a bound: a runaway file cannot make every read huge. */
export const EVENT_EDIT_NAMES_AT_MOST = 32;
/** One event's registers by field name: names this version does not know are kept and not read. */
const EventRegisters = z
  .record(z.string().max(40), EventFieldRegister)
  .refine((registers) => Object.keys(registers).length <= EVENT_EDIT_NAMES_AT_MOST, {
    message: `more than ${EVENT_EDIT_NAMES_AT_MOST} fields in one event edit`,
  });
/**
 * The reader's word on merging an event with other articles' (kept apart, joined by hand), in a map of its own
 * (`eventChoices`): an app that predates them drops a top-level map it does not know, where an unknown field inside
 * `events` would make it refuse the whole record (and with it the article's tags, highlights and notes).
 */
export const EVENT_CHOICE_FIELDS = ['apart', 'joined'] as const;

export const ArticleRecord = z.object({
  format: z.literal(2),
  article: ArticleId,
  device: z.string().regex(DeviceIdPattern),
  fields: RecordFields.default({}),
  tags: z.record(z.string().max(200), FlagSchema).default({}),
  /** This device's latest edit of the article's note (the edits it replaced are named in it). */
  note: editSchema(NoteValue).optional(),
  annotations: z.record(AnnotationId, AnnotationEntry).default({}),
  /**
   * Per event key, the registers of EVENT_FIELDS. Names a later version adds are kept and not read: refusing them would
   * refuse the record a newer app on another computer wrote, and with it the article's tags, highlights and notes.
   */
  events: z.record(z.string().max(200), EventRegisters).default({}),
  /** Per event key, the registers of EVENT_CHOICE_FIELDS; names a later version adds are kept and not read. */
  eventChoices: z.record(z.string().max(200), EventRegisters).default({}),
  /** Highlights made events of, by event key; null when taken back. */
  promoted: z.record(z.string().max(200), Written(z.unknown())).default({}),
  versionsRemoved: z.record(VersionId, StampSchema).default({}),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export function emptyRecord(articleId: string, device: string): ArticleRecord {
  return {
    format: 2,
    article: articleId,
    device,
    fields: {},
    tags: {},
    annotations: {},
    events: {},
    eventChoices: {},
    promoted: {},
    versionsRemoved: {},
  };
}

/** Sets one field of a record. */
export function setField<K extends Exclude<keyof RecordFields, 'deleted'>>(
  record: ArticleRecord,
  name: K,
  value: NonNullable<RecordFields[K]>['value'],
  at: Stamp,
): void {
  (record.fields as Record<string, unknown>)[name] = { value, at };
}

/** Every stamp a record holds (for the clock, which must sort after each one it has seen). */
export function latestStampOf(record: ArticleRecord): Stamp | undefined {
  let latest: Stamp | undefined;
  const see = (stamp: Stamp | undefined) => {
    if (stamp && (!latest || stamp > latest)) latest = stamp;
  };
  for (const field of Object.values(record.fields)) see(field?.at);
  for (const flag of Object.values(record.tags)) see(flag.at);
  see(record.note?.at);
  for (const entry of Object.values(record.annotations)) {
    see(entry.created?.at);
    see(entry.deleted?.at);
    for (const field of Object.values(entry.fields)) see(field?.at);
  }
  for (const fields of Object.values(record.events)) for (const field of Object.values(fields)) see(field?.at);
  for (const fields of Object.values(record.eventChoices)) for (const field of Object.values(fields)) see(field.at);
  for (const promoted of Object.values(record.promoted)) see(promoted.at);
  for (const stamp of Object.values(record.versionsRemoved)) see(stamp);
  return latest;
}

/** The fields of an article a record can hold, as set by a writer that works on whole articles. */
const ARTICLE_FIELDS = [
  'state',
  'favorite',
  'progress',
  'scrollAnchor',
  'readAt',
  'archivedAt',
  'savedAt',
  'feedId',
  'sample',
  'contentStatus',
  'contentError',
  'url',
  'title',
] as const;

type ArticleFieldValues = {
  [K in (typeof ARTICLE_FIELDS)[number]]?: unknown;
} & { tags: string[] };

/**
 * Sets in `record` what differs between the article as merged (`current`, null for a new one) and as a
 * writer wants it (`next`): only changed values get a new stamp, so a change made elsewhere to another
 * field is never overwritten by one made here.
 */
export function recordChanges(
  record: ArticleRecord,
  current: ArticleFieldValues | null,
  next: ArticleFieldValues,
  stamp: () => Stamp,
  tagKey: (tag: string) => string,
): boolean {
  let changed = false;
  const at = stamp();
  for (const name of ARTICLE_FIELDS) {
    const value = next[name] === undefined && (name === 'contentStatus' || name === 'contentError') ? null : next[name];
    const before =
      current?.[name] === undefined && (name === 'contentStatus' || name === 'contentError') ? null : current?.[name];
    if (value === undefined || (current && value === before)) continue;
    (record.fields as Record<string, unknown>)[name] = { value, at };
    changed = true;
  }
  const had = new Map((current?.tags ?? []).map((tag) => [tagKey(tag), tag]));
  const wants = new Map(next.tags.map((tag) => [tagKey(tag), tag]));
  for (const [key, name] of wants) {
    if (had.get(key) === name) continue;
    // A stamp each, in order: tags put on together keep the order they were given in.
    record.tags[key] = { on: true, at: stamp(), name };
    changed = true;
  }
  for (const [key, name] of had) {
    if (wants.has(key)) continue;
    record.tags[key] = { on: false, at, name };
    changed = true;
  }
  return changed;
}
