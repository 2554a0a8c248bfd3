import type { Feed } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { HybridClock } from '../sync/clock.ts';
import type { FeedStore, StoredFeed } from './feed-store.ts';

export interface FeedsOptions {
  /** This computer's device id: its changes go to feeds/records/<device>.json. */
  device: string;
  clock?: HybridClock;
  /** Settings › Network: every feed may reach this computer and the local network. */
  allowLocalNetwork: () => boolean;
  now: () => Date;
  concurrency?: number;
  /** New items taken in per feed and refresh (a first refresh of a busy feed stays reasonable). */
  maxNewItems?: number;
  /** The reader's retention for unread feed items, in days. */
  retentionDays?: () => number;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** What the parts of Feeds share: the feeds followed, the queue their writes take turns in, the library. */
export class FeedsContext {
  readonly queue = new WriteQueue();

  constructor(
    readonly store: FeedStore,
    readonly library: Library,
    readonly options: FeedsOptions,
  ) {}

  /** Changes fields of a followed feed, in turn with the other writes (nothing when it was removed meanwhile). */
  async patch(id: string, patch: Partial<StoredFeed>): Promise<void> {
    await this.queue.run(async () => {
      const current = this.store.get(id);
      if (current) await this.store.put({ ...current, ...patch });
    });
  }

  /** Whether fetches for this feed must stay off loopback and private addresses. */
  blocksPrivateNetwork(feed: StoredFeed): boolean {
    return !(feed.allowPrivateNetwork || this.options.allowLocalNetwork());
  }

  /**
   * Whether an item's page (or an image of it) may be on this computer or the local network: a feed the reader
   * let onto the local network brings its own server's articles, no other local address.
   */
  itemMayBeLocal(feed: StoredFeed, url: string): boolean {
    return this.options.allowLocalNetwork() || (feed.allowPrivateNetwork && sameHost(url, feed.url));
  }
}

/** A feed as the reader sees it, without the validators and items seen. */
export function publicFeed(feed: StoredFeed): Feed {
  const { etag, lastModified, seen, iconCheckedAt, ...rest } = feed;
  return rest;
}

function sameHost(url: string, other: string): boolean {
  try {
    return new URL(url).host === new URL(other).host;
  } catch {
    return false;
  }
}
