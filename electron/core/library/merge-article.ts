import type { Annotation, Article } from '../../contract/index.ts';
import { parseStamp, type Stamp, stampDate } from '../sync/clock.ts';
import { currentEdits, type Edit, type Flag, latest, mergeFlags, type Written } from '../sync/registers.ts';
import {
  type AnnotationEntry,
  type ArticleRecord,
  type CreatedAnnotation,
  latestStampOf,
  type NoteValue,
  type RecordFields,
} from './article-record.ts';
import { type BaseLayer, legacyStamp } from './base-layer.ts';
import { mergeEventEdits, mergePromoted } from './merge-events.ts';
import { tagKey } from './tags.ts';
import { newestFirst, type VersionMeta } from './version-meta.ts';

export type { BaseLayer };

/**
 * Merging on read: the format-1 files of an article (its base layer, written before records existed,
 * never rewritten) and every device's record make one article. Pure and order-free: every device
 * holding the same files shows the same article.
 */

export interface MergeInput {
  id: string;
  base: BaseLayer | null;
  /** The id of the base layer's text as a version, or null when that is not known or needed. */
  legacyVersionId: string | null;
  records: ArticleRecord[];
  /** The versions whose files are all present. */
  versions: VersionMeta[];
  /** Device names by id (devices/<id>.json), to say who made a change. */
  deviceNames?: Record<string, string>;
}

export type MergedAnnotation = Annotation & { versionId: string | null };

export interface MergedArticle {
  article: Article;
  /** Deleted on some device, with every highlight seen there. */
  deleted: boolean;
  /** When a tombstone was overruled: the device whose highlight it had not seen. */
  keptBy: string | null;
  /** Highlights and the note, their anchors into the version each was made on. */
  annotations: MergedAnnotation[];
  currentVersion: string | null;
  /** The current version's files have not all arrived yet (a sync under way). */
  arriving: boolean;
  /** Where the text shown comes from: the base layer's files, a version, or nowhere yet. */
  shownText: { kind: 'base' } | { kind: 'version'; id: string } | null;
  /** Per live annotation (the note as "note"), the stamp of its latest change: what a tombstone has seen. */
  annotationStamps: Record<string, Stamp>;
  /** The note's edits nobody has replaced (the next edit replaces them all). */
  noteEdits: Edit<NoteValue>[];
  /** Every version still there, newest first (the base text last). */
  versions: VersionMeta[];
  /** The reader's changes to events, by event key and field (an absent field is not changed). */
  eventEdits: Record<string, Record<string, unknown>>;
  /** Highlights made events of, by event key. */
  promoted: Record<string, unknown>;
  /** The latest stamp of any record. */
  latestStamp: Stamp | undefined;
}

type FieldName = Exclude<keyof RecordFields, 'deleted'>;

export function mergeArticle(input: MergeInput): MergedArticle | null {
  const { base, records } = input;
  const baseArticle = base?.article ?? null;
  const field = <K extends FieldName>(name: K, baseValue?: unknown): unknown => {
    const copies: (Written<unknown> | undefined)[] = records.map((record) => record.fields[name]);
    if (baseValue !== undefined) copies.push({ value: baseValue, at: legacyStamp() });
    return latest(copies)?.value;
  };

  const removed = new Set(records.flatMap((record) => Object.keys(record.versionsRemoved)));
  const legacyMeta = baseArticle && input.legacyVersionId ? legacyVersion(baseArticle, input.legacyVersionId) : null;
  const versions = [...input.versions, ...(legacyMeta ? [legacyMeta] : [])]
    .filter((version, index, all) => all.findIndex((other) => other.versionId === version.versionId) === index)
    .filter((version) => !removed.has(version.versionId))
    .sort(newestFirst);
  const named = field('currentVersion') as string | undefined;
  const newer = versions.filter((version) => version.source !== 'legacy');
  // The version a device last made current; else the newest saved since, else the base text (an older
  // Annals' other text, kept from a sync tool's copy, is a version written as long ago as the base).
  const baseText = legacyMeta && !removed.has(legacyMeta.versionId) ? legacyMeta.versionId : undefined;
  const currentVersion =
    named && !removed.has(named) ? named : (newer[0]?.versionId ?? baseText ?? versions[0]?.versionId ?? null);
  const currentMeta = versions.find((version) => version.versionId === currentVersion) ?? null;
  const usesBase =
    baseArticle !== null &&
    (currentVersion === null || currentVersion === input.legacyVersionId || (!currentMeta && newer.length === 0));
  const shown = usesBase ? legacyVersion(baseArticle, input.legacyVersionId ?? '') : (currentMeta ?? newer[0] ?? null);

  const title = field('title') as string | undefined;
  const url = field('url') as string | undefined;
  if (!shown && title === undefined && url === undefined && records.length === 0) return null;
  const arriving = (currentVersion !== null && !currentMeta) || (!shown && title === undefined && url === undefined);

  const annotations = mergeAnnotations(input);
  const tombstone = records
    .map((record) => record.fields.deleted)
    .reduce<RecordFields['deleted']>((best, copy) => (copy && (!best || copy.at > best.at) ? copy : best), undefined);
  let deleted = tombstone?.value === true;
  let keptBy: string | null = null;
  if (deleted && tombstone) {
    const unseen = annotations.live.find(({ id, at }) => at > (tombstone.seen?.[id] ?? ''));
    if (unseen) {
      deleted = false;
      const device = parseStamp(unseen.at)?.device ?? '';
      keptBy = input.deviceNames?.[device] ?? device;
    }
  }

  const latestStamp = records
    .map(latestStampOf)
    .reduce<Stamp | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);
  const savedAt =
    (field('savedAt', baseArticle?.savedAt) as string | undefined) ??
    versions[versions.length - 1]?.savedAt ??
    stampDate(latestStamp ?? legacyStamp()) ??
    new Date(0).toISOString();
  const updatedAt = latestInstant([
    baseArticle?.updatedAt,
    latestStamp ? stampDate(latestStamp) : null,
    currentMeta?.savedAt,
    savedAt,
  ]);
  const contentStatus = field('contentStatus', baseArticle?.contentStatus ?? null) as Article['contentStatus'] | null;
  const contentError = field('contentError', baseArticle?.contentError ?? null) as string | null;
  const article: Article = {
    id: input.id,
    url: url ?? shown?.url ?? `arriving:${input.id}`,
    canonicalUrl: shown?.canonicalUrl ?? null,
    sourceUrl: shown?.sourceUrl ?? null,
    title: shown?.title ?? title ?? 'An article still arriving',
    siteName: shown?.siteName ?? null,
    byline: shown?.byline ?? null,
    excerpt: shown?.excerpt ?? '',
    publishedAt: shown?.publishedAt ?? null,
    savedAt,
    updatedAt,
    state: (field('state', baseArticle?.state) as Article['state'] | undefined) ?? 'unread',
    favorite: (field('favorite', baseArticle?.favorite) as boolean | undefined) ?? false,
    tags: mergedTags(baseArticle?.tags ?? [], records),
    wordCount: shown?.wordCount ?? 0,
    readingMinutes: shown?.readingMinutes ?? 0,
    progress: (field('progress', baseArticle?.progress) as number | undefined) ?? 0,
    leadImage: shown?.leadImage ?? null,
    lang: shown?.lang ?? null,
    sample: (field('sample', baseArticle?.sample) as boolean | undefined) ?? false,
    annotationCount: annotations.list.length,
    feedId: (field('feedId', baseArticle?.feedId ?? null) as string | null | undefined) ?? null,
    ...(contentStatus ? { contentStatus } : {}),
    readAt: (field('readAt', baseArticle?.readAt ?? null) as string | null | undefined) ?? null,
    archivedAt: (field('archivedAt', baseArticle?.archivedAt ?? null) as string | null | undefined) ?? null,
    scrollAnchor: (field('scrollAnchor', baseArticle?.scrollAnchor ?? null) as number | null | undefined) ?? null,
    assets: shown?.assets ?? [],
    ...(contentStatus && contentError ? { contentError } : {}),
    schema: 1,
  };
  return {
    article,
    deleted,
    keptBy,
    annotations: annotations.list,
    currentVersion: usesBase ? (input.legacyVersionId ?? currentVersion) : currentVersion,
    arriving,
    shownText: usesBase ? { kind: 'base' } : shown ? { kind: 'version', id: shown.versionId } : null,
    annotationStamps: Object.fromEntries(annotations.live.map(({ id, at }) => [id, at])),
    noteEdits: annotations.noteEdits,
    versions,
    eventEdits: mergeEventEdits(base, records),
    promoted: mergePromoted(base, records),
    latestStamp,
  };
}

function legacyVersion(article: Article, versionId: string): VersionMeta {
  return {
    versionId,
    savedAt: article.savedAt,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    excerpt: article.excerpt,
    publishedAt: article.publishedAt,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    sourceUrl: article.sourceUrl,
    lang: article.lang,
    leadImage: article.leadImage,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    assets: article.assets,
    source: 'legacy',
    device: 'legacy',
  };
}

function latestInstant(dates: (string | null | undefined)[]): string {
  let best = 0;
  let text = new Date(0).toISOString();
  for (const date of dates) {
    const time = date ? Date.parse(date) : Number.NaN;
    if (Number.isFinite(time) && time > best) {
      best = time;
      text = new Date(time).toISOString();
    }
  }
  return text;
}

/** Tags: per tag, whether it was last put on or taken off; shown in the order they were put on. */
function mergedTags(baseTags: string[], records: ArticleRecord[]): string[] {
  const baseFlags: Record<string, Flag> = {};
  baseTags.forEach((tag, index) => {
    baseFlags[tagKey(tag)] ??= { on: true, at: legacyStamp(index), name: tag };
  });
  const merged = mergeFlags([baseFlags, ...records.map((record) => record.tags)]);
  return Object.entries(merged)
    .filter(([, flag]) => flag.on)
    .sort(([keyA, a], [keyB, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .map(([key, flag]) => flag.name ?? key);
}

interface LiveChange {
  id: string;
  /** The latest change to it, from any device. */
  at: Stamp;
}

/** Highlights by id (made once, fields last-writer-wins, deletion likewise) and the note's current texts. */
function mergeAnnotations(input: MergeInput): {
  list: MergedAnnotation[];
  live: LiveChange[];
  noteEdits: Edit<NoteValue>[];
} {
  const { base, records } = input;
  const created = new Map<string, Written<CreatedAnnotation>>();
  const entries = new Map<string, AnnotationEntry[]>();
  const baseModified = new Map<string, string>();
  for (const annotation of base?.annotations ?? []) {
    if (annotation.kind !== 'highlight' || !annotation.anchor) continue;
    const { anchor, orphaned, color, note, tags } = annotation;
    created.set(annotation.id, {
      value: {
        kind: 'highlight',
        anchor,
        orphaned,
        color,
        note,
        tags,
        created: annotation.created,
        versionId: input.legacyVersionId,
      },
      at: legacyStamp(),
    });
    baseModified.set(annotation.id, annotation.modified);
  }
  for (const record of records) {
    for (const [id, entry] of Object.entries(record.annotations)) {
      entries.set(id, [...(entries.get(id) ?? []), entry]);
      const made = entry.created;
      const held = created.get(id);
      if (made && (!held || made.at > held.at)) created.set(id, made);
    }
  }
  const list: MergedAnnotation[] = [];
  const live: LiveChange[] = [];
  for (const [id, made] of created) {
    const own = entries.get(id) ?? [];
    if (latest(own.map((entry) => entry.deleted))?.value === true) continue;
    const pick = <K extends 'color' | 'note' | 'tags'>(name: K) =>
      latest<CreatedAnnotation[K]>([
        { value: made.value[name], at: made.at },
        ...own.map((entry) => entry.fields[name] as Written<CreatedAnnotation[K]> | undefined),
      ])!;
    const color = pick('color');
    const note = pick('note');
    const tags = pick('tags');
    // Stamps sort as strings: the latest is the greatest.
    const lastChange = [made.at, color.at, note.at, tags.at, ...own.map((entry) => entry.deleted?.at ?? '')]
      .sort()
      .at(-1)!;
    live.push({ id, at: lastChange });
    list.push({
      id,
      articleId: input.id,
      kind: 'highlight',
      anchor: made.value.anchor,
      orphaned: made.value.orphaned,
      color: color.value,
      note: note.value,
      tags: tags.value,
      created: made.value.created,
      modified:
        lastChange === legacyStamp()
          ? (baseModified.get(id) ?? made.value.created)
          : (stampDate(lastChange) ?? made.value.created),
      versionId: made.value.versionId,
    });
  }
  const note = mergeNote(input);
  if (note.shown) {
    list.push(note.shown.annotation);
    live.push({ id: 'note', at: note.shown.at });
  }
  return { list: list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), live, noteEdits: note.current };
}

/** The article's note: every text nobody has replaced; two written apart are both shown, marked. */
function mergeNote(input: MergeInput): {
  shown: { annotation: MergedAnnotation; at: Stamp } | null;
  current: Edit<NoteValue>[];
} {
  const edits: Edit<NoteValue>[] = input.records.flatMap((record) => (record.note ? [record.note] : []));
  const baseNote = input.base?.annotations.find((annotation) => annotation.kind === 'note');
  if (baseNote) {
    const { id, note: text, color, tags, created } = baseNote;
    edits.push({ at: legacyStamp(), value: { id, text, color, tags, created }, supersedes: [] });
  }
  const all = currentEdits(edits);
  const current = all.filter((edit) => !edit.value.deleted);
  if (current.length === 0) return { shown: null, current: all };
  const first = current[0]!;
  const last = current[current.length - 1]!;
  const text =
    current.length === 1
      ? first.value.text
      : current
          .map((edit) => {
            const device = parseStamp(edit.at)?.device ?? '';
            return `**Edited on ${input.deviceNames?.[device] ?? device}:**\n\n${edit.value.text}`;
          })
          .join('\n\n---\n\n');
  const shown: { annotation: MergedAnnotation; at: Stamp } = {
    at: last.at,
    annotation: {
      id: first.value.id,
      articleId: input.id,
      kind: 'note',
      anchor: null,
      orphaned: false,
      color: last.value.color,
      note: text,
      tags: [...new Set(current.flatMap((edit) => edit.value.tags))],
      created: first.value.created,
      modified: last.at === legacyStamp() ? (baseNote?.modified ?? first.value.created) : (stampDate(last.at) ?? ''),
      versionId: null,
    },
  };
  return { shown, current: all };
}
