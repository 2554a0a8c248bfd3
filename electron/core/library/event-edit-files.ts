// The reader's edits of an article's events, read without the rest of its files. Loading the timeline wants
// them for every article of the library; merging each whole article for them (its metadata, highlights, the
// versions of its text) was most of the wait for a first timeline, and most of the garbage it left.
import { readdir } from 'node:fs/promises';
import type { z } from 'zod';
import { readJsonFile } from '../storage/json-file.ts';
import type { HybridClock } from '../sync/clock.ts';
import { EventEditsPart, OTHER_RECORD_AT_MOST } from './article-files.ts';
import { ArticleRecord, latestStampOf } from './article-record.ts';
import { mergeEventEdits, mergePromoted } from './merge-events.ts';
import type { LibraryPaths } from './paths.ts';

/** The reader's part of a format-1 events.json. */
export type LegacyEventEdits = z.infer<typeof EventEditsPart>;

export interface ArticleEventEdits {
  /** By event key and field, as `MergedArticle.eventEdits`. */
  eventEdits: Record<string, Record<string, unknown>>;
  /** Highlights made events of, by event key, as `MergedArticle.promoted`. */
  promoted: Record<string, unknown>;
}

/**
 * The edits as merging the whole article gives them: every device's record and the format-1 events.json
 * (`legacy`, when the caller has read it already). 'damaged' when a record does not read: the caller then
 * reads the article whole, which sets the damage aside and tells the reader.
 */
export async function readEventEdits(
  paths: LibraryPaths,
  id: string,
  clock: HybridClock,
  legacy?: LegacyEventEdits | null,
): Promise<ArticleEventEdits | 'damaged'> {
  const names = await readdir(paths.articleRecords(id)).catch(() => [] as string[]);
  const records: ArticleRecord[] = [];
  for (const name of names.filter((file) => /^[a-z0-9]{4,40}\.json$/.test(file)).sort()) {
    const device = name.slice(0, -'.json'.length);
    const bound = device === paths.device ? {} : { maxBytes: OTHER_RECORD_AT_MOST };
    const result = await readJsonFile(paths.articleRecordOf(id, device), ArticleRecord, bound);
    if (result.status === 'missing') continue;
    if (result.status !== 'ok' || result.value.article !== id || result.value.device !== device) return 'damaged';
    records.push(result.value);
  }
  const base = legacy === undefined ? await readLegacyEdits(paths, id) : legacy;
  const layer = base && { article: null, annotations: [], eventOverrides: base.overrides, promoted: base.promoted };
  for (const record of records) {
    const stamp = latestStampOf(record);
    if (stamp) clock.observe(stamp);
  }
  return { eventEdits: mergeEventEdits(layer, records), promoted: mergePromoted(layer, records) };
}

async function readLegacyEdits(paths: LibraryPaths, id: string): Promise<LegacyEventEdits | null> {
  const result = await readJsonFile(paths.articleEvents(id), EventEditsPart);
  return result.status === 'ok' ? result.value : null;
}
