import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FeedId, IsoDate } from '../../contract/index.ts';
import { articleUrlKey } from '../extract/canonical-url.ts';
import type { SmallFileKind } from '../storage/small-file.ts';
import type { Stamp } from '../sync/clock.ts';
import {
  isObject,
  LEGACY_STAMP,
  type RecordHeader,
  readEntries,
  readHeader,
  serializeRecord,
} from '../sync/record-file.ts';
import { latest, mergeRegisters, type Written, writtenSchema } from '../sync/registers.ts';
import { PositionKeyPattern } from './position-keys.ts';

/**
 * The feeds the reader follows, as records: each device writes what it changed to
 * `feeds/records/<device>.json`, feed by feed and field by field, each value with when it was set;
 * every device reads them all and keeps, field by field, the value set last. Following, renaming,
 * foldering and reordering on two devices all survive and converge. An unfollow and a later change
 * made elsewhere (a rename, say): the later one wins, on every device alike.
 */

const FolderPath = z.array(z.string().max(200)).max(20);

/** What is synced of a feed: the reader's choices and what every device would find the same. */
export const SyncedFeedFields = {
  url: z.string().max(4_000),
  title: z.string().max(1_000),
  siteUrl: z.string().max(4_000).nullable(),
  folderPath: FolderPath,
  /** Where it sits in the reader's order (see position-keys.ts). */
  position: z.string().regex(PositionKeyPattern),
  /** The site's icon file in feeds/icons/. */
  icon: z.string().max(200).nullable(),
  refreshMinutes: z.number().int().min(5).max(10_080),
  addedAt: IsoDate,
  /** Unfollowed (true), or followed again (false). */
  unfollowed: z.boolean(),
};
type FieldName = keyof typeof SyncedFeedFields;
export type FeedFields = { [K in FieldName]?: Written<z.output<(typeof SyncedFeedFields)[K]>> };

/** The fields a reader changes: the latest of them decides against an unfollow. */
const READER_FIELDS: FieldName[] = ['url', 'title', 'folderPath', 'position', 'refreshMinutes'];

const FeedFieldsSchema = z.object(
  Object.fromEntries(
    Object.entries(SyncedFeedFields).map(([name, schema]) => [name, writtenSchema(schema).optional()]),
  ),
) as unknown as z.ZodType<FeedFields>;

export interface FeedsRecord extends RecordHeader<'feeds'> {
  feeds: Record<string, FeedFields>;
  /** The order of the folders, set as a whole. */
  folders?: Written<string[][]>;
}

export const FEED_RECORDS_FOLDER = 'feeds/records';

/** A feed as every device's records make it. */
export interface SyncedFeed {
  id: string;
  url: string;
  title: string;
  siteUrl: string | null;
  folderPath: string[];
  position: string;
  icon: string | null;
  refreshMinutes: number;
  addedAt: string;
}

export const feedsRecordKind: SmallFileKind<FeedsRecord> & { serialize(record: FeedsRecord): string } = {
  label: 'the feeds of one device',
  read(raw) {
    const header = readHeader(raw, 'feeds');
    if (!header || !isObject(raw)) return null;
    const feeds = readEntries(raw.feeds, FeedFieldsSchema);
    const ids = Object.keys(feeds.entries).filter((id) => !FeedId.safeParse(id).success);
    for (const id of ids) delete feeds.entries[id];
    const folders = writtenSchema(z.array(FolderPath)).safeParse(raw.folders);
    const foldersDropped = raw.folders !== undefined && !folders.success ? 1 : 0;
    return {
      value: { ...header, feeds: feeds.entries, ...(folders.success ? { folders: folders.data } : {}) },
      dropped: feeds.dropped + ids.length + foldersDropped,
    };
  },
  combine: (a, b) => ({ ...a, ...mergeFeedLayers([a, b]) }),
  serialize: serializeRecord,
};

/** Layers of feed records (a format-1 base, each device's record) merged: field by field, the latest wins. */
export function mergeFeedLayers(
  layers: Iterable<Pick<FeedsRecord, 'feeds' | 'folders'>>,
): Pick<FeedsRecord, 'feeds' | 'folders'> {
  const list = [...layers];
  const ids = new Set(list.flatMap((layer) => Object.keys(layer.feeds)));
  const feeds: Record<string, FeedFields> = {};
  for (const id of [...ids].sort()) {
    feeds[id] = mergeRegisters<FeedFields & Record<string, Written<unknown> | undefined>>(
      list.map((layer) => layer.feeds[id] as (FeedFields & Record<string, Written<unknown>>) | undefined),
    );
  }
  const folders = latest(list.map((layer) => layer.folders));
  return { feeds, ...(folders ? { folders } : {}) };
}

/** Whether a feed is followed: never unfollowed, followed again, or changed by the reader after the unfollow. */
export function isFollowed(fields: FeedFields): boolean {
  if (!fields.url || !fields.title) return false;
  const unfollowed = fields.unfollowed;
  if (!unfollowed?.value) return true;
  return READER_FIELDS.some((name) => (fields[name]?.at ?? '') > unfollowed.at);
}

/** The feeds followed, in the reader's order (position, then id, so equal keys sort alike everywhere). */
export function followedFeeds(feeds: Record<string, FeedFields>): SyncedFeed[] {
  return Object.entries(feeds)
    .filter(([, fields]) => isFollowed(fields))
    .map(([id, fields]) => ({
      id,
      url: fields.url!.value,
      title: fields.title!.value,
      siteUrl: fields.siteUrl?.value ?? null,
      folderPath: fields.folderPath?.value ?? [],
      position: fields.position?.value ?? 'i',
      icon: fields.icon?.value ?? null,
      refreshMinutes: fields.refreshMinutes?.value ?? 60,
      addedAt: fields.addedAt?.value ?? new Date(0).toISOString(),
    }))
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1));
}

/** The fields of `next` that differ from `current`, as registers stamped `at`. */
export function changedFields(
  current: FeedFields | undefined,
  next: Partial<SyncedFeed> & { unfollowed?: boolean },
  at: Stamp,
): FeedFields {
  const changed: Record<string, Written<unknown>> = {};
  for (const name of Object.keys(SyncedFeedFields) as FieldName[]) {
    const value = next[name as keyof typeof next];
    if (value === undefined) continue;
    if (JSON.stringify(current?.[name]?.value ?? null) === JSON.stringify(value)) continue;
    changed[name] = { value, at };
  }
  return changed as FeedFields;
}

/**
 * The id of a feed followed from an address: derived from the address's canonical form, so following
 * one feed on two devices makes one feed. (Feeds followed before keep the random ids they had.)
 */
export function feedIdFor(url: string): string {
  return createHash('sha256').update(articleUrlKey(url)).digest('hex').slice(0, 20);
}

/** A format-1 feeds.json's synced fields as a base layer every record sorts after. */
export function legacyLayer(
  feeds: readonly (SyncedFeed & { allowPrivateNetwork?: boolean })[],
  folders: string[][],
): Pick<FeedsRecord, 'feeds' | 'folders'> {
  const at = LEGACY_STAMP;
  const layer: Record<string, FeedFields> = {};
  for (const feed of feeds) {
    layer[feed.id] = {
      url: { value: feed.url, at },
      title: { value: feed.title, at },
      siteUrl: { value: feed.siteUrl, at },
      folderPath: { value: feed.folderPath, at },
      position: { value: feed.position, at },
      icon: { value: feed.icon, at },
      refreshMinutes: { value: feed.refreshMinutes, at },
      addedAt: { value: feed.addedAt, at },
    };
  }
  return { feeds: layer, folders: { value: folders, at } };
}
