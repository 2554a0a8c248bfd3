import { z } from 'zod';
import { Feed } from '../../contract/index.ts';
import type { SmallFileKind } from '../storage/small-file.ts';
import { isObject, type RecordHeader, readEntries, readHeader, serializeRecord } from '../sync/record-file.ts';

/**
 * What one device learns by fetching its feeds (validators, the items it has taken in, when it last
 * looked for an icon, how the last refresh went) and the local-network grants given on this computer.
 * None of it is synced: `.annals/<device>/feeds-state.json`. And the format-1 feeds.json, read as the
 * base every device starts from.
 */

/** What Annals keeps about a feed beyond what the reader sees: validators and the items seen. */
export const StoredFeed = Feed.extend({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** Guids already taken in (newest last, capped), so an item is never added twice. */
  seen: z.array(z.string()),
  /** When the site's icon was last looked for (so a site without one is not asked at every refresh). */
  iconCheckedAt: z.string().nullable().default(null),
});
export type StoredFeed = z.infer<typeof StoredFeed>;

/** The format-1 feeds.json: the feeds in the reader's order, and the order of their folders. */
export const FeedsFile = z.object({
  schema: z.literal(1),
  feeds: z.array(StoredFeed),
  folders: z.array(z.array(z.string())).default([]),
});
export type FeedsFile = z.infer<typeof FeedsFile>;

export const FeedFetchState = StoredFeed.pick({
  etag: true,
  lastModified: true,
  seen: true,
  iconCheckedAt: true,
  lastFetchedAt: true,
  lastError: true,
  allowPrivateNetwork: true,
}).partial();
export type FeedFetchState = z.infer<typeof FeedFetchState>;
export const FETCH_STATE_FIELDS = Object.keys(FeedFetchState.shape) as (keyof FeedFetchState)[];

export interface FeedStateFile extends RecordHeader<'feed-state'> {
  feeds: Record<string, FeedFetchState>;
}

export const feedStateKind: SmallFileKind<FeedStateFile> & { serialize(file: FeedStateFile): string } = {
  label: 'what this device fetched of its feeds',
  read(raw) {
    const header = readHeader(raw, 'feed-state');
    if (!header || !isObject(raw)) return null;
    const { entries, dropped } = readEntries(raw.feeds, FeedFetchState);
    return { value: { ...header, feeds: entries }, dropped };
  },
  combine: (salvaged, lastGood) => ({ ...salvaged, feeds: { ...lastGood.feeds, ...salvaged.feeds } }),
  serialize: serializeRecord,
};

export const legacyFeedsKind: SmallFileKind<FeedsFile> & { serialize(file: FeedsFile): string } = {
  label: 'the list of feeds',
  read(raw) {
    if (!isObject(raw) || raw.schema !== 1) return null;
    const list = Array.isArray(raw.feeds) ? raw.feeds : [];
    const feeds = list.flatMap((feed) => {
      const parsed = StoredFeed.safeParse(feed);
      return parsed.success ? [parsed.data] : [];
    });
    const folders = z.array(z.array(z.string())).safeParse(raw.folders ?? []);
    const dropped = list.length - feeds.length + (Array.isArray(raw.feeds) ? 0 : 1) + (folders.success ? 0 : 1);
    return { value: { schema: 1, feeds, folders: folders.success ? folders.data : [] }, dropped };
  },
  combine(salvaged, lastGood) {
    // The last good copy was whole: its order stands, with what the damaged file still says of each feed.
    const fresher = new Map(salvaged.feeds.map((feed) => [feed.id, feed]));
    const known = new Set(lastGood.feeds.map((feed) => feed.id));
    const feeds = [
      ...lastGood.feeds.map((feed) => fresher.get(feed.id) ?? feed),
      ...salvaged.feeds.filter((feed) => !known.has(feed.id)),
    ];
    return { schema: 1, feeds, folders: salvaged.folders.length > 0 ? salvaged.folders : lastGood.folders };
  },
  serialize: (file) => `${JSON.stringify(file, null, 2)}\n`,
};
