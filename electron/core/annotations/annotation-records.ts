import type { Annotation } from '../../contract/index.ts';
import type { ArticleRecord, NoteValue } from '../library/article-record.ts';
import type { MergedArticle } from '../library/merge-article.ts';
import type { Stamp } from '../sync/clock.ts';
import { editReplacing } from '../sync/registers.ts';

/**
 * How a change to highlights and the note is written into this device's record of an article: a
 * highlight is made once (with the version it was made on) and then changed field by field; the
 * note is one text whose every edit replaces the texts it was made over.
 */

export function recordCreated(record: ArticleRecord, annotation: Annotation, versionId: string | null, at: Stamp) {
  if (annotation.kind === 'note') return recordNote(record, noteValue(annotation), null, at);
  const { anchor, orphaned, color, note, tags, created } = annotation;
  if (!anchor) return;
  record.annotations[annotation.id] = {
    created: { value: { kind: 'highlight', anchor, orphaned, color, note, tags, created, versionId }, at },
    fields: {},
  };
}

function entryOf(record: ArticleRecord, id: string) {
  const entry = record.annotations[id] ?? { fields: {} };
  record.annotations[id] = entry;
  return entry;
}

export function recordFields(
  record: ArticleRecord,
  id: string,
  patch: { color?: Annotation['color']; note?: string; tags?: string[] },
  at: Stamp,
): void {
  const entry = entryOf(record, id);
  if (patch.color) entry.fields.color = { value: patch.color, at };
  if (patch.note !== undefined) entry.fields.note = { value: patch.note, at };
  if (patch.tags) entry.fields.tags = { value: patch.tags, at };
}

export function recordDeleted(record: ArticleRecord, id: string, deleted: boolean, at: Stamp): void {
  const entry = entryOf(record, id);
  entry.deleted = { value: deleted, at };
}

/** A new note text (or its removal), replacing every text of it nobody had replaced. */
export function recordNote(
  record: ArticleRecord,
  value: NoteValue,
  current: Pick<MergedArticle, 'noteEdits'> | null,
  at: Stamp,
): void {
  record.note = editReplacing(current?.noteEdits ?? [], value, at);
}

export function noteValue(annotation: Annotation, deleted = false): NoteValue {
  return {
    id: annotation.id,
    text: annotation.note,
    color: annotation.color,
    tags: annotation.tags,
    created: annotation.created,
    ...(deleted ? { deleted: true } : {}),
  };
}
