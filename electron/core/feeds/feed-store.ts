import { join } from 'node:path';
import { z } from 'zod';
import { Feed } from '../../contract/index.ts';
import { readableId } from '../random-id.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';
import { foldersInOrder } from './feed-order.ts';

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

/** The feeds in the reader's order (the order of the list), and the order of their folders. */
export const FeedsFile = z.object({
  schema: z.literal(1),
  feeds: z.array(StoredFeed),
  folders: z.array(z.array(z.string())).default([]),
});
const SEEN_KEPT = 5_000;

export const newFeedId = () => readableId(10);

/** A feed just followed (subscribed to, or imported from OPML): never fetched yet. */
export function newStoredFeed(
  feed: Pick<StoredFeed, 'url' | 'title' | 'siteUrl' | 'folderPath' | 'allowPrivateNetwork' | 'addedAt'>,
): StoredFeed {
  return {
    id: newFeedId(),
    ...feed,
    lastFetchedAt: null,
    lastError: null,
    refreshMinutes: 60,
    icon: null,
    etag: null,
    lastModified: null,
    seen: [],
    iconCheckedAt: null,
  };
}

/** feeds.json in the library folder, written atomically; a damaged file is kept aside, never lost. */
export class FeedStore {
  private feeds: StoredFeed[] = [];
  private folderOrder: string[][] = [];
  private readonly file: string;

  constructor(
    private readonly libraryDir: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {
    this.file = join(libraryDir, 'feeds.json');
  }

  async load(readOnly: boolean): Promise<void> {
    const result = await readJsonFile(this.file, FeedsFile);
    if (result.status === 'ok') {
      this.feeds = result.value.feeds;
      this.folderOrder = result.value.folders;
    } else if (result.status === 'corrupt') {
      const kept = readOnly ? this.file : await quarantine(this.file, this.libraryDir, this.now());
      this.report(
        `The list of feeds could not be read (${result.reason}); it was kept as ${kept}. Import it again from OPML if needed.`,
      );
    }
  }

  all(): StoredFeed[] {
    return [...this.feeds];
  }

  /** The folders that hold feeds, in the reader's order. */
  folders(): string[][] {
    return foldersInOrder(this.feeds, this.folderOrder);
  }

  /** Puts the feeds in a new order (the same feeds, moved or regrouped) and the folders in theirs. */
  async reorder(feeds: StoredFeed[], folders: string[][]): Promise<void> {
    this.feeds = feeds;
    this.folderOrder = folders;
    await this.save();
  }

  get(id: string): StoredFeed | undefined {
    return this.feeds.find((feed) => feed.id === id);
  }

  byUrl(url: string): StoredFeed | undefined {
    return this.feeds.find((feed) => feed.url === url);
  }

  async put(feed: StoredFeed): Promise<void> {
    const trimmed = { ...feed, seen: feed.seen.slice(-SEEN_KEPT) };
    const at = this.feeds.findIndex((existing) => existing.id === feed.id);
    if (at === -1) this.feeds.push(trimmed);
    else this.feeds[at] = trimmed;
    await this.save();
  }

  /** Takes a feed out; answers it with the place it had, so an undo can put it back there. */
  async remove(id: string): Promise<{ feed: StoredFeed; at: number } | undefined> {
    const at = this.feeds.findIndex((existing) => existing.id === id);
    if (at === -1) return undefined;
    const [feed] = this.feeds.splice(at, 1);
    await this.save();
    return { feed: feed!, at };
  }

  /** Puts a feed back at a place in the list (an undone removal). */
  async insert(feed: StoredFeed, at: number): Promise<void> {
    this.feeds.splice(Math.min(at, this.feeds.length), 0, feed);
    await this.save();
  }

  private async save(): Promise<void> {
    const file = { schema: 1, feeds: this.feeds, folders: this.folders() };
    await writeFileAtomic(this.file, JSON.stringify(file, null, 2));
  }
}
