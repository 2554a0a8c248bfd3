import type { Feed } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { FeedStore, StoredFeed } from './feed-store.ts';

export interface FeedsOptions {
  allowPrivateNetwork: boolean;
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
    return !(feed.allowPrivateNetwork || this.options.allowPrivateNetwork);
  }
}

/** A feed as the reader sees it, without the validators and items seen. */
export function publicFeed(feed: StoredFeed): Feed {
  const { etag, lastModified, seen, iconCheckedAt, ...rest } = feed;
  return rest;
}
