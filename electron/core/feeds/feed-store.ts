import { join } from 'node:path';
import { type Feed, sameFolder } from '../../contract/index.ts';
import { articleUrlKey } from '../extract/canonical-url.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { readSmallFile } from '../storage/small-file.ts';
import { HybridClock } from '../sync/clock.ts';
import { DeviceRecords } from '../sync/device-records.ts';
import { foldersInOrder } from './feed-order.ts';
import {
  changedFields,
  FEED_RECORDS_FOLDER,
  type FeedFields,
  type FeedsRecord,
  feedIdFor,
  feedsRecordKind,
  followedFeeds,
  legacyLayer,
  mergeFeedLayers,
  type SyncedFeed,
} from './feed-records.ts';
import {
  FETCH_STATE_FIELDS,
  type FeedFetchState,
  type FeedStateFile,
  type FeedsFile,
  feedStateKind,
  legacyFeedsKind,
  type StoredFeed,
} from './feed-state.ts';
import { keyBetween, legacyPositionKey, spreadKeys } from './position-keys.ts';

export { FeedsFile, StoredFeed } from './feed-state.ts';

const SEEN_KEPT = 5_000;
export const LEGACY_FEEDS_FILE = 'feeds.json';

/** A feed just followed (subscribed to, or imported from OPML): never fetched yet. Its id comes from its address. */
export function newStoredFeed(
  feed: Pick<StoredFeed, 'url' | 'title' | 'siteUrl' | 'folderPath' | 'allowPrivateNetwork' | 'addedAt'>,
): StoredFeed {
  return {
    id: feedIdFor(feed.url),
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

type Layer = Pick<FeedsRecord, 'feeds' | 'folders'>;

/**
 * The feeds followed, as every device's records make them (feed-records.ts), with what this device
 * fetched of each (feed-state.ts). Changes are written to this device's own record, only the fields
 * that changed; a format-1 feeds.json is the base layer and is never written again.
 */
export class FeedStore {
  private legacy: FeedsFile = { schema: 1, feeds: [], folders: [] };
  private base: Layer = { feeds: {} };
  private others: Layer = { feeds: {} };
  private own: FeedsRecord;
  private merged: Layer = { feeds: {} };
  private followed: SyncedFeed[] = [];
  private state: FeedStateFile;
  private readOnly = false;
  private readonly clock: HybridClock;
  private readonly stateFile: string;

  constructor(
    private readonly libraryDir: string,
    private readonly device: string,
    now: () => Date,
    private readonly report: (message: string) => void,
    clock?: HybridClock,
  ) {
    this.clock = clock ?? new HybridClock(device, () => now().getTime());
    this.own = { format: 2, kind: 'feeds', device, feeds: {} };
    this.state = { format: 2, kind: 'feed-state', device, feeds: {} };
    this.stateFile = `.annals/${device}/feeds-state.json`;
  }

  /** Reads every device's records, the format-1 base and this device's fetch state (again, when they changed). */
  async load(readOnly: boolean): Promise<void> {
    this.readOnly = readOnly;
    const options = { device: this.device, readOnly };
    const legacy = await readSmallFile(this.libraryDir, LEGACY_FEEDS_FILE, legacyFeedsKind, {
      ...options,
      missingIsLoss: true,
    });
    if (legacy.status === 'recovered' && legacy.message) this.report(legacy.message);
    this.legacy = (legacy.status === 'missing' ? null : legacy.value) ?? { schema: 1, feeds: [], folders: [] };
    this.base = legacyLayer(
      this.legacy.feeds.map((feed, index) => ({ ...feed, position: legacyPositionKey(index) })),
      this.legacy.folders,
    );
    const records = await this.records().load();
    this.own = records.get(this.device) ?? this.own;
    this.others = mergeFeedLayers([...records].filter(([device]) => device !== this.device).map(([, r]) => r));
    const state = await readSmallFile(this.libraryDir, this.stateFile, feedStateKind, {
      ...options,
      keepLastGood: false,
    });
    if (state.status === 'recovered' && state.message) this.report(state.message);
    this.state = (state.status === 'missing' ? null : state.value) ?? this.state;
    this.remerge();
  }

  all(): StoredFeed[] {
    return this.followed.map((feed) => this.stored(feed));
  }

  /** The folders that hold feeds, in the reader's order. */
  folders(): string[][] {
    return foldersInOrder(this.followed, this.merged.folders?.value ?? []);
  }

  get(id: string): StoredFeed | undefined {
    const feed = this.followed.find((candidate) => candidate.id === id);
    return feed && this.stored(feed);
  }

  /** The feed followed at this address (compared in canonical form). */
  byUrl(url: string): StoredFeed | undefined {
    const key = articleUrlKey(url);
    const feed = this.followed.find((candidate) => articleUrlKey(candidate.url) === key);
    return feed && this.stored(feed);
  }

  /**
   * Follows a feed or changes one: only what differs is written, so a refresh never overwrites a
   * rename made elsewhere. A feed followed again comes back to the place it had.
   */
  async put(feed: StoredFeed): Promise<void> {
    const current = this.merged.feeds[feed.id];
    const followed = this.followed.some((candidate) => candidate.id === feed.id);
    const next = {
      url: feed.url,
      title: feed.title,
      siteUrl: feed.siteUrl,
      folderPath: feed.folderPath,
      icon: feed.icon,
      refreshMinutes: feed.refreshMinutes,
      addedAt: feed.addedAt,
      ...(followed ? {} : { unfollowed: false, position: current?.position?.value ?? this.keyAtEnd() }),
    };
    await this.change({ [feed.id]: changedFields(current, next, this.clock.now()) });
    await this.keepState(feed.id, feed);
  }

  /** Unfollows a feed (a tombstone every device sees); answers it with the place it had. */
  async remove(id: string): Promise<{ feed: StoredFeed; at: number } | undefined> {
    const at = this.followed.findIndex((feed) => feed.id === id);
    if (at === -1) return undefined;
    const feed = this.stored(this.followed[at]!);
    await this.change({ [id]: { unfollowed: { value: true, at: this.clock.now() } } });
    return { feed, at };
  }

  /** Follows an unfollowed feed again, as it was: its place, and what this device had fetched of it. */
  async follow(feed: Feed): Promise<void> {
    await this.put({ ...this.fetchState(feed.id), ...feed });
  }

  /** Moves a feed into a folder ([] for the top level), before another feed of it, or at its end. */
  async move(id: string, folderPath: string[], beforeId: string | null): Promise<void> {
    const moving = this.followed.find((feed) => feed.id === id);
    if (!moving) return;
    const folder = this.followed.filter((feed) => feed.id !== id && sameFolder(feed.folderPath, folderPath));
    let index = folder.findIndex((feed) => feed.id === beforeId);
    if (index === -1) index = folder.length;
    const before = folder[index - 1]?.position ?? null;
    const after = folder[index]?.position ?? null;
    // A key already in its right place stays: moves write as little as they can. Into a folder of its own, a feed
    // goes last, so the new folder comes after the others (as do two made at once on two devices).
    const alone = folder.length === 0 && !sameFolder(moving.folderPath, folderPath);
    const fits = (before === null || moving.position > before) && (after === null || moving.position < after);
    const key = alone ? this.keyAtEnd() : fits ? moving.position : keyBetween(before, after);
    const at = this.clock.now();
    const changes: Record<string, FeedFields> = {
      [id]: changedFields(this.merged.feeds[id], { folderPath, ...(key ? { position: key } : {}) }, at),
    };
    if (!key) {
      // No room between the two (equal keys written on two devices at once): number the folder afresh.
      const ordered = [...folder.slice(0, index), moving, ...folder.slice(index)];
      spreadKeys(ordered.length).forEach((position, rank) => {
        const feed = ordered[rank]!;
        changes[feed.id] = { ...changes[feed.id], ...changedFields(this.merged.feeds[feed.id], { position }, at) };
      });
    }
    // A new folder is not put in the folder order: unordered folders come after the others, as their feeds
    // appear, so two devices each making a folder at once keep both in place.
    await this.change(changes);
  }

  /** Sets the order of the folders. */
  async setFolderOrder(folders: string[][]): Promise<void> {
    if (JSON.stringify(folders) === JSON.stringify(this.folders())) return;
    await this.change({}, folders);
  }

  /** The feeds as a format-1 feeds.json holds them (backups, which older versions also read). */
  exportFile(): FeedsFile {
    return { schema: 1, feeds: this.all(), folders: this.folders() };
  }

  private async change(feeds: Record<string, FeedFields>, folders?: string[][]): Promise<void> {
    const changed = Object.entries(feeds).filter(([, fields]) => Object.keys(fields).length > 0);
    if (changed.length === 0 && !folders) return;
    const next: FeedsRecord = { ...this.own, feeds: { ...this.own.feeds } };
    for (const [id, fields] of changed) next.feeds[id] = { ...next.feeds[id], ...fields };
    if (folders) next.folders = { value: folders, at: this.clock.now() };
    await this.records().writeOwn(next);
    this.own = next;
    this.remerge();
  }

  /** Keeps what this device fetched of a feed, when it changed. */
  private async keepState(id: string, feed: StoredFeed): Promise<void> {
    const next: FeedFetchState = {};
    for (const field of FETCH_STATE_FIELDS) (next as Record<string, unknown>)[field] = feed[field];
    next.seen = feed.seen.slice(-SEEN_KEPT);
    if (JSON.stringify(next) === JSON.stringify(this.fetchState(id))) return;
    const state: FeedStateFile = { ...this.state, feeds: { ...this.state.feeds, [id]: next } };
    const file = join(this.libraryDir, ...this.stateFile.split('/'));
    await makePrivateFolder(join(file, '..'));
    await writeFileAtomic(file, feedStateKind.serialize(state));
    this.state = state;
  }

  /** What this device knows from fetching a feed; a feed it has not fetched yet starts from the format-1 file. */
  private fetchState(id: string): Required<FeedFetchState> {
    const own = this.state.feeds[id] ?? {};
    const legacy = this.legacy.feeds.find((feed) => feed.id === id);
    const pick = <K extends keyof FeedFetchState>(field: K, fallback: Required<FeedFetchState>[K]) =>
      (field in own ? own[field] : (legacy?.[field] ?? fallback)) as Required<FeedFetchState>[K];
    return {
      etag: pick('etag', null),
      lastModified: pick('lastModified', null),
      seen: pick('seen', []),
      iconCheckedAt: pick('iconCheckedAt', null),
      lastFetchedAt: pick('lastFetchedAt', null),
      lastError: pick('lastError', null),
      allowPrivateNetwork: pick('allowPrivateNetwork', false),
    };
  }

  private stored(feed: SyncedFeed): StoredFeed {
    const { position, ...synced } = feed;
    return { ...synced, ...this.fetchState(feed.id) };
  }

  private keyAtEnd(): string {
    return keyBetween(this.followed.at(-1)?.position ?? null, null) ?? `${this.followed.at(-1)?.position ?? ''}i`;
  }

  private records(): DeviceRecords<FeedsRecord> {
    return new DeviceRecords(this.libraryDir, FEED_RECORDS_FOLDER, this.device, feedsRecordKind, {
      readOnly: this.readOnly,
      report: this.report,
      clock: this.clock,
    });
  }

  private remerge(): void {
    this.merged = mergeFeedLayers([this.base, this.others, this.own]);
    this.followed = followedFeeds(this.merged.feeds);
  }
}
