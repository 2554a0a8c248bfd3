import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Annotation } from '../../contract/index.ts';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import { salvageJson } from '../storage/salvage-json.ts';
import { lastGoodPath, type SmallFileKind } from '../storage/small-file.ts';
import { isObject } from '../sync/record-file.ts';
import { ArticleRecord, emptyRecord } from './article-record.ts';

/**
 * What a damaged file of one article still holds, entry by entry: a highlight, a tag or a field that
 * reads whole comes back, whatever happened to the ones beside it.
 */

/** A format-1 annotations.json: `{schema: 1, annotations: [...]}`, each highlight read on its own. */
export function annotationsFileKind(articleId: string): SmallFileKind<Annotation[]> {
  return {
    label: `the highlights and notes of article ${articleId}`,
    read(raw) {
      if (!isObject(raw) || !Array.isArray(raw.annotations)) return null;
      const value: Annotation[] = [];
      let dropped = 0;
      for (const entry of raw.annotations) {
        const parsed = Annotation.safeParse(entry);
        if (parsed.success && parsed.data.articleId === articleId) value.push(parsed.data);
        else dropped++;
      }
      return { value, dropped };
    },
    // The base layer is never written again: what its last good copy holds beyond the salvage was lost to damage.
    combine(salvaged, lastGood) {
      const ids = new Set(salvaged.map((annotation) => annotation.id));
      return [...salvaged, ...lastGood.filter((annotation) => !ids.has(annotation.id))];
    },
  };
}

const RECORD_MAPS = ['tags', 'annotations', 'events', 'eventChoices', 'promoted', 'versionsRemoved'] as const;

export interface SalvagedRecord {
  record: ArticleRecord;
  /** Highlights (and the note) that came back. */
  highlights: number;
  /** Entries that could not be read. */
  dropped: number;
}

/**
 * A device's record of an article read entry by entry from damaged text: every field, tag, highlight,
 * event edit and removed version that still reads whole is kept. Null when not even its header reads.
 */
export function salvageArticleRecord(text: string, articleId: string, device: string): SalvagedRecord | null {
  const { value: raw } = salvageJson(text);
  if (!isObject(raw) || (raw.article !== undefined && raw.article !== articleId)) return null;
  if (raw.device !== undefined && raw.device !== device) return null;
  const record = emptyRecord(articleId, device);
  let dropped = 0;
  // Each entry is checked as a record of its own holding only it, so the record's schema is the one rule.
  const fits = (part: Partial<ArticleRecord>) =>
    ArticleRecord.safeParse({ ...emptyRecord(articleId, device), ...part });
  if (isObject(raw.fields)) {
    for (const [name, value] of Object.entries(raw.fields)) {
      const parsed = fits({ fields: { [name]: value } });
      if (parsed.success && name in parsed.data.fields) Object.assign(record.fields, parsed.data.fields);
      else dropped++;
    }
  }
  for (const map of RECORD_MAPS) {
    const entries = raw[map];
    if (!isObject(entries)) continue;
    for (const [key, value] of Object.entries(entries)) {
      const parsed = fits({ [map]: { [key]: value } });
      const kept = parsed.success ? (parsed.data[map] as Record<string, unknown>)[key] : undefined;
      if (kept !== undefined && key !== '__proto__') (record[map] as Record<string, unknown>)[key] = kept;
      else dropped++;
    }
  }
  if (raw.note !== undefined) {
    const parsed = fits({ note: raw.note as ArticleRecord['note'] });
    if (parsed.success) record.note = parsed.data.note;
    else dropped++;
  }
  return { record, highlights: countHighlights(record), dropped };
}

/** The highlights a record made and did not take back, and its note. */
export function countHighlights(record: ArticleRecord): number {
  return (
    Object.values(record.annotations).filter((entry) => entry.created && !entry.deleted?.value).length +
    (record.note && !record.note.value.deleted ? 1 : 0)
  );
}

/** Where this device keeps the last good copy of its own record of an article (never synced). */
export function recordCopyPath(root: string, articleId: string, device: string): string {
  return lastGoodPath(root, device, `articles/${articleId}/records/${device}.json`);
}

/**
 * Keeps the record just written as its last good copy. Not flushed: the record itself was written
 * durably, and this copy only matters once the record is damaged by something other than a crash.
 */
export async function keepRecordCopy(root: string, articleId: string, device: string, text: string): Promise<void> {
  const copy = recordCopyPath(root, articleId, device);
  await mkdir(dirname(copy), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await writeFile(copy, text, { mode: PRIVATE_FILE_MODE });
}

/** The last good copy of this device's record, salvaged as well as it reads, or null. */
export async function readRecordCopy(root: string, articleId: string, device: string): Promise<ArticleRecord | null> {
  const text = await readFile(recordCopyPath(root, articleId, device), 'utf8').catch(() => null);
  return text === null ? null : (salvageArticleRecord(text, articleId, device)?.record ?? null);
}

/** What the damaged record still held, completed by its last good copy: no entry either holds is lost. */
export function combineRecords(salvaged: ArticleRecord, copy: ArticleRecord): ArticleRecord {
  const record = structuredClone(salvaged);
  record.fields = { ...copy.fields, ...record.fields };
  for (const map of RECORD_MAPS) {
    (record[map] as Record<string, unknown>) = { ...copy[map], ...record[map] };
  }
  record.note ??= copy.note;
  return record;
}
