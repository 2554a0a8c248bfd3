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
  combine(first, second) {
    // The first (what a damaged file still says, or the original of a conflict copy) stands; each feed only the
    // second has goes in after the feed it followed there, so a last good copy restores the reader's order.
    const feeds = [...first.feeds];
    const have = new Set(feeds.map((feed) => feed.id));
    second.feeds.forEach((feed, index) => {
      if (have.has(feed.id)) return;
      const previous = second.feeds[index - 1];
      const at = previous ? feeds.findIndex((held) => held.id === previous.id) + 1 : 0;
      feeds.splice(at, 0, feed);
      have.add(feed.id);
    });
    return { schema: 1, feeds, folders: first.folders.length > 0 ? first.folders : second.folders };
  },
  serialize: (file) => `${JSON.stringify(file, null, 2)}\n`,
};
