import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Annotation, Article } from '../../contract/index.ts';
import { salvageJson } from '../storage/salvage-json.ts';
import {
  type ConflictRules,
  hashPrefixNamedRule,
  type ImmutableRule,
  KEEP_ORIGINAL,
  type MergeRule,
} from '../sync/conflict-rules.ts';
import { DeviceSchema } from '../sync/device.ts';
import { currentEdits, type Edit, mergeFlags, mergeRegisters, type Written } from '../sync/registers.ts';
import { type AnnotationEntry, ArticleRecord, type EventFieldRegister, type NoteValue } from './article-record.ts';
import { legacyTextRule } from './legacy-text-copy.ts';
import { VersionMeta } from './version-meta.ts';

/**
 * The conflict rules of an article's files and the other files a library holds outside its
 * library-level records (library-file-rules.ts). Each merge is deterministic, so two devices settling
 * the same pair of files write the same bytes and the sync tool has nothing left to carry.
 */

const ARTICLE = '^articles/[A-Za-z0-9_-]{1,64}';
const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** A file of `schema` read whole, or null. */
function parse<T>(bytes: Uint8Array, schema: z.ZodType<T>): T | null {
  const salvaged = salvageJson(decode(bytes));
  if (salvaged.damage !== null || salvaged.value === undefined) return null;
  const parsed = schema.safeParse(salvaged.value);
  return parsed.success ? parsed.data : null;
}

/**
 * A damaged copy as far as it reads: the entries the tolerant reader kept, through `schema`, or else
 * through `salvage` (which drops the entries that do not fit), or null when nothing can be used.
 */
function salvageCopy<T>(
  bytes: Uint8Array,
  schema: z.ZodType<T>,
  salvage?: (value: unknown) => T | null,
): { value: T; damage: string } | null {
  const salvaged = salvageJson(decode(bytes));
  if (salvaged.value === undefined) return null;
  const parsed = schema.safeParse(salvaged.value);
  const value = parsed.success ? parsed.data : (salvage?.(salvaged.value) ?? null);
  return value === null ? null : { value, damage: salvaged.damage ?? 'entries that do not fit' };
}

/**
 * A rule that parses both files and merges them: a damaged original gives way to a readable copy, a
 * damaged copy gives what still reads (and is kept in corrupt/, whole), and a merge that is the
 * original keeps it.
 */
function jsonMergeRule<T>(
  kind: string,
  pattern: RegExp,
  schema: z.ZodType<T>,
  merge: (original: T, copy: T) => T,
  serialize: (value: T) => string,
  salvage?: (value: unknown) => T | null,
): MergeRule {
  return {
    kind,
    pattern,
    merge(originalBytes, copyBytes) {
      const whole = parse(copyBytes, schema);
      const damaged = whole === null ? salvageCopy(copyBytes, schema, salvage) : null;
      const copy = whole ?? damaged?.value ?? null;
      if (copy === null) throw new Error('nothing of the copy can be read');
      const original = parse(originalBytes, schema);
      const merged = original === null ? copy : merge(original, copy);
      // Nothing the original lacks: it stays as it is, byte for byte.
      const result =
        original !== null && JSON.stringify(merged) === JSON.stringify(original)
          ? KEEP_ORIGINAL
          : Buffer.from(serialize(merged));
      return damaged ? { merged: result, damage: damaged.damage } : result;
    },
  };
}

/** Of two, the one `key` puts first (then the smaller serialization): the same pick in either order. */
function pickFirst<T>(key: (value: T) => string) {
  return (a: T, b: T): T => {
    const [ka, kb] = [key(a), key(b)];
    if (ka !== kb) return ka < kb ? a : b;
    return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
  };
}

/**
 * Two copies of one device's record of an article (a record restored from a backup, or a device id
 * used on two computers): every register merged as the merge on read merges them across devices.
 */
export function mergeArticleRecords(a: ArticleRecord, b: ArticleRecord): ArticleRecord {
  const annotations: Record<string, AnnotationEntry> = {};
  for (const id of new Set([...Object.keys(a.annotations), ...Object.keys(b.annotations)])) {
    const [x, y] = [a.annotations[id], b.annotations[id]];
    if (!x || !y) {
      annotations[id] = (x ?? y)!;
      continue;
    }
    const created = mergeRegisters([{ c: x.created }, { c: y.created }]).c;
    const deleted = mergeRegisters([{ d: x.deleted }, { d: y.deleted }]).d;
    annotations[id] = {
      ...(created ? { created } : {}),
      fields: mergeRegisters([x.fields, y.fields]) as AnnotationEntry['fields'],
      ...(deleted ? { deleted } : {}),
    };
  }
  const versionsRemoved: Record<string, string> = { ...a.versionsRemoved };
  for (const [vid, at] of Object.entries(b.versionsRemoved)) {
    if (!versionsRemoved[vid] || at > versionsRemoved[vid]) versionsRemoved[vid] = at;
  }
  const deleted = [a.fields.deleted, b.fields.deleted].reduce(
    (best, copy) => (copy && (!best || copy.at > best.at) ? copy : best),
    undefined,
  );
  const note = latestNote(a.note, b.note);
  return {
    format: 2,
    article: a.article,
    device: a.device,
    fields: {
      ...mergeRegisters([a.fields, b.fields] as Record<string, Written<unknown>>[]),
      ...(deleted ? { deleted } : {}),
    },
    tags: mergeFlags([a.tags, b.tags]),
    ...(note ? { note } : {}),
    annotations,
    events: mergeKeyedRegisters(a.events, b.events),
    eventChoices: mergeKeyedRegisters(a.eventChoices, b.eventChoices),
    promoted: mergeRegisters([a.promoted, b.promoted]) as ArticleRecord['promoted'],
    versionsRemoved,
  };
}

/** Registers by key and name (an event's edits, the reader's merge choices): per name, the later one. */
function mergeKeyedRegisters(
  a: Record<string, Record<string, EventFieldRegister>>,
  b: Record<string, Record<string, EventFieldRegister>>,
): Record<string, Record<string, EventFieldRegister>> {
  const merged: Record<string, Record<string, EventFieldRegister>> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const registers = { ...a[key] };
    for (const [name, register] of Object.entries(b[key] ?? {})) {
      const held = registers[name];
      if (!held || register.at > held.at) registers[name] = register;
    }
    merged[key] = registers;
  }
  return merged;
}

/** One device keeps only its latest note edit; of two copies, the later, unless it was replaced. */
function latestNote(a: Edit<NoteValue> | undefined, b: Edit<NoteValue> | undefined): Edit<NoteValue> | undefined {
  const current = currentEdits([a, b]);
  return current.at(-1) ?? a ?? b;
}

/** Version metadata of one text saved on two devices: the first save's, whichever copy it is. */
const firstSave = pickFirst<VersionMeta>((meta) => `${meta.savedAt}\u0000${meta.device}`);

/** A format-1 article.json: the copy written last. */
function lastWritten(a: Article, b: Article): Article {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

const AnnotationsFile = z.object({ schema: z.literal(1), annotations: z.array(Annotation) });
type AnnotationsFile = z.infer<typeof AnnotationsFile>;

/** The highlights of a damaged annotations.json that still read whole. */
function readableAnnotations(value: unknown): AnnotationsFile | null {
  const entries = (value as { annotations?: unknown } | null)?.annotations;
  if (!Array.isArray(entries)) return null;
  const annotations = entries.flatMap((entry) => {
    const parsed = Annotation.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return annotations.length > 0 ? { schema: 1, annotations } : null;
}

/** A format-1 annotations.json: every highlight of both, the one changed last where both have it. */
function unionAnnotations(a: AnnotationsFile, b: AnnotationsFile): AnnotationsFile {
  const byId = new Map<string, Annotation>();
  for (const annotation of [...a.annotations, ...b.annotations]) {
    const held = byId.get(annotation.id);
    if (
      !held ||
      annotation.modified > held.modified ||
      (annotation.modified === held.modified && JSON.stringify(annotation) < JSON.stringify(held))
    )
      byId.set(annotation.id, annotation);
  }
  const annotations = [...byId.values()].sort((x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id));
  return { schema: 1, annotations };
}

/** A format-1 events.json: the reader's edits of both, by event; where both edited one, the original's. */
const EventsFile = z.looseObject({
  overrides: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  promoted: z.array(z.looseObject({ key: z.string() })).optional(),
});
type EventsFile = z.infer<typeof EventsFile>;
function unionEventEdits(a: EventsFile, b: EventsFile): EventsFile {
  const promoted = [...(a.promoted ?? [])];
  for (const entry of b.promoted ?? []) if (!promoted.some((held) => held.key === entry.key)) promoted.push(entry);
  return { ...b, ...a, overrides: { ...b.overrides, ...a.overrides }, promoted };
}

/** Bytes that cannot be merged but are equally good (one text's HTML from two saves): the smaller. */
function smallerBytes(kind: string, pattern: RegExp): MergeRule {
  return {
    kind,
    pattern,
    merge: (original, copy) => (Buffer.compare(copy, original) < 0 ? copy : KEEP_ORIGINAL),
  };
}

const FEED_ICON = /^feeds\/icons\/[a-z0-9]{6,40}-([a-f0-9]{12})\.[a-z]{2,4}$/;
/** A feed icon named by the start of its hash. */
const feedIconRule: ImmutableRule = {
  kind: 'feed-icon',
  pattern: FEED_ICON,
  verify: (name, bytes) => FEED_ICON.exec(name)?.[1] === createHash('sha256').update(bytes).digest('hex').slice(0, 12),
};

const pretty = (value: unknown) => JSON.stringify(value, null, 1);

export function registerArticleFileRules(rules: ConflictRules): ConflictRules {
  return (
    rules
      .register(
        jsonMergeRule(
          'article-records',
          new RegExp(`${ARTICLE}/records/[a-z0-9]{4,40}\\.json$`),
          ArticleRecord,
          mergeArticleRecords,
          pretty,
        ),
      )
      .register(hashPrefixNamedRule('version-text', new RegExp(`${ARTICLE}/versions/[0-9a-f]{20}\\.txt$`), 20))
      .register(
        jsonMergeRule(
          'version-meta',
          new RegExp(`${ARTICLE}/versions/[0-9a-f]{20}\\.json$`),
          VersionMeta,
          firstSave,
          pretty,
        ),
      )
      .register(smallerBytes('version-html', new RegExp(`${ARTICLE}/versions/[0-9a-f]{20}\\.html$`)))
      .register(
        jsonMergeRule('legacy-article', new RegExp(`${ARTICLE}/article\\.json$`), Article, lastWritten, (value) =>
          JSON.stringify(value, null, 2),
        ),
      )
      .register(
        jsonMergeRule(
          'legacy-annotations',
          new RegExp(`${ARTICLE}/annotations\\.json$`),
          AnnotationsFile,
          unionAnnotations,
          (value) => JSON.stringify(value, null, 2),
          readableAnnotations,
        ),
      )
      .register(
        jsonMergeRule('legacy-events', new RegExp(`${ARTICLE}/events\\.json$`), EventsFile, unionEventEdits, (value) =>
          JSON.stringify(value, null, 2),
        ),
      )
      // A format-1 text changed on two computers by an older Annals: the copy's is kept as a version.
      .register(legacyTextRule(new RegExp(`${ARTICLE}/(?:content\\.html|text\\.txt)$`)))
      .register(
        jsonMergeRule(
          'device-name',
          /^devices\/[a-z0-9]{4,40}\.json$/,
          DeviceSchema,
          (original) => original,
          (value) => `${JSON.stringify(value, null, 2)}\n`,
        ),
      )
      .register(feedIconRule)
      // The index of a format-1 library: derived, so the original serves; the copy adds nothing.
      .register({ kind: 'legacy-index', pattern: /^library\.json$/, merge: () => KEEP_ORIGINAL })
  );
}
