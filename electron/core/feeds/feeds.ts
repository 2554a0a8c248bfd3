import { AnnalsError, type Feed, sameFolder } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { FeedChoice } from './discover.ts';
import { placeFeed, placeFolder } from './feed-order.ts';
import { FeedStore, newFeedId, type StoredFeed } from './feed-store.ts';
import { fetchFeed } from './fetch-feed.ts';
import { keepSiteIcon } from './keep-site-icon.ts';
import { toOpml } from './opml-write.ts';
import { takeInItem } from './take-in-item.ts';

const ICON_RETRY_MS = 7 * 86_400_000;

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

export interface RefreshResult {
  feedId: string;
  title: string;
  ok: boolean;
  newItems: number;
  error?: string;
}

/**
 * Subscriptions: each refresh reads the feed (conditional GET), and every new item's full article
 * is fetched and stored like any saved page, so it reads offline and is searchable and annotatable.
 */
export class Feeds {
  private readonly store: FeedStore;
  private readonly queue = new WriteQueue();
  private readonly refreshing = new Map<string, Promise<RefreshResult>>();
  /** Feeds removed while Annals runs, with their place and seen items, for an undo. */
  private readonly removed = new Map<string, { feed: StoredFeed; at: number }>();

  constructor(
    private readonly library: Library,
    private readonly options: FeedsOptions,
  ) {
    this.store = new FeedStore(library.paths.root, options.now, (message) => library.recovered.push(message));
  }

  load(readOnly: boolean): Promise<void> {
    return this.store.load(readOnly);
  }

  /** A followed feed's id and name (for `feed:` in searches), or null. */
  nameOf(id: string): { id: string; title: string } | null {
    const feed = this.store.get(id);
    return feed ? { id: feed.id, title: feed.title } : null;
  }

  list(): (Feed & { unread: number; items: number })[] {
    const counts = new Map<string, { unread: number; items: number }>();
    for (const article of this.library.list('all', 'saved')) {
      if (!article.feedId) continue;
      const count = counts.get(article.feedId) ?? { unread: 0, items: 0 };
      count.items++;
      if (article.state === 'unread') count.unread++;
      counts.set(article.feedId, count);
    }
    return this.store.all().map((feed) => ({
      ...this.public(feed),
      ...(counts.get(feed.id) ?? { unread: 0, items: 0 }),
    }));
  }

  /**
   * Subscribes to a feed address, or to the feed a page announces. When a page offers several,
   * answers them so the reader can choose.
   */
  async subscribe(
    url: string,
    grant: { allowPrivateNetwork?: boolean; folderPath?: string[] } = {},
  ): Promise<{ feed: Feed; refresh: RefreshResult } | { choices: FeedChoice[] }> {
    const allowPrivate = grant.allowPrivateNetwork ?? false;
    const blockPrivateNetwork = !(allowPrivate || this.options.allowPrivateNetwork);
    let fetched = await fetchFeed(url, { blockPrivateNetwork });
    if (fetched.status === 'page') {
      const announced = fetched.choices.filter((choice) => !choice.guessed);
      if (announced.length > 1) return { choices: announced };
      const candidates = announced.length === 1 ? announced : fetched.choices;
      let found: Awaited<ReturnType<typeof fetchFeed>> | null = null;
      for (const choice of candidates) {
        found = await fetchFeed(choice.url, { blockPrivateNetwork }).catch(() => null);
        if (found?.status === 'ok') break;
      }
      if (found?.status !== 'ok')
        throw new AnnalsError('NOT_FOUND', 'That page does not offer a feed Annals could read.');
      fetched = found;
    }
    if (fetched.status !== 'ok') throw new AnnalsError('FETCH_FAILED', 'The feed did not answer with its content.');
    const existing = this.store.byUrl(fetched.url);
    if (existing) throw new AnnalsError('BAD_INPUT', `You already follow “${existing.title}”.`);
    const feed: StoredFeed = {
      id: newFeedId(),
      url: fetched.url,
      title: fetched.feed.title,
      siteUrl: fetched.feed.siteUrl,
      folderPath: grant.folderPath ?? [],
      allowPrivateNetwork: allowPrivate,
      addedAt: this.options.now().toISOString(),
      lastFetchedAt: null,
      lastError: null,
      refreshMinutes: 60,
      icon: null,
      etag: null,
      lastModified: null,
      seen: [],
      iconCheckedAt: null,
    };
    await this.queue.run(() => this.store.put(feed));
    const refresh = await this.refreshOne(feed.id);
    return { feed: this.public(this.store.get(feed.id) ?? feed), refresh };
  }

  async remove(id: string): Promise<Feed> {
    const removed = await this.queue.run(() => this.store.remove(id));
    if (!removed) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    this.removed.set(id, removed);
    // Its articles stay: what the reader saved, tagged or annotated is never taken away with a feed.
    return this.public(removed.feed);
  }

  async update(id: string, patch: { title?: string; folderPath?: string[]; refreshMinutes?: number }): Promise<Feed> {
    const feed = this.store.get(id);
    if (!feed) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    const { folderPath, ...rest } = patch;
    // A feed given another folder goes to the end of it, as it would when dragged onto the folder.
    if (folderPath && !sameFolder(folderPath, feed.folderPath)) await this.move(id, folderPath, null);
    await this.patchStored(id, rest);
    return this.public(this.store.get(id) ?? feed);
  }

  /** The folders that hold feeds, in the reader's order (feeds at the top level come before them). */
  folders(): string[][] {
    return this.store.folders();
  }

  /** Moves a feed into a folder ([] for the top level), before another feed of it or at its end. */
  async move(id: string, folderPath: string[], beforeId: string | null): Promise<Feed> {
    if (!this.store.get(id)) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    if (beforeId === id) return this.public(this.store.get(id)!);
    await this.queue.run(() => {
      const wasFolders = this.store.folders();
      const feeds = placeFeed(this.store.all(), id, folderPath, beforeId);
      // A new folder takes its place after the others; the rest keep theirs.
      return this.store.reorder(feeds, [...wasFolders, folderPath]);
    });
    return this.public(this.store.get(id)!);
  }

  /** Moves a folder before another (to the end when `before` is null). */
  async moveFolder(path: string[], before: string[] | null): Promise<string[][]> {
    const folders = this.store.folders();
    if (!folders.some((folder) => sameFolder(folder, path))) throw new AnnalsError('NOT_FOUND', 'No such folder.');
    await this.queue.run(() => this.store.reorder(this.store.all(), placeFolder(folders, path, before)));
    return this.store.folders();
  }

  /** Feeds whose time has come, by their own interval (never fetched: now). */
  due(now: Date): string[] {
    return this.store
      .all()
      .filter(
        (feed) => !feed.lastFetchedAt || now.getTime() - Date.parse(feed.lastFetchedAt) >= feed.refreshMinutes * 60_000,
      )
      .map((feed) => feed.id);
  }

  /** Refreshes due feeds now, then checks every minute while the app runs; answers how to stop. */
  schedule(onRefreshed: () => void): () => void {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        for (const id of this.due(this.options.now())) await this.refreshOne(id);
        await this.applyRetention();
        onRefreshed();
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), 60_000);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /**
   * Unread feed items older than the reader's retention go to the trash (undoable for 30 days); an item
   * the reader kept in any way (favorite, archived, read, tagged, annotated) stays forever.
   */
  async applyRetention(): Promise<string[]> {
    const days = this.options.retentionDays?.() ?? 30;
    const cutoff = this.options.now().getTime() - days * 86_400_000;
    const expired = this.library
      .list('all', 'saved')
      .filter(
        (article) =>
          article.feedId !== null &&
          article.state === 'unread' &&
          !article.favorite &&
          article.tags.length === 0 &&
          article.annotationCount === 0 &&
          Date.parse(article.savedAt) < cutoff,
      )
      .map((article) => article.id);
    if (expired.length > 0) await this.library.delete(expired);
    return expired;
  }

  /**
   * Follows a removed feed again, as it was: in its place, with the items it had seen (so none comes back
   * twice). Removed in an earlier run of Annals, it starts afresh at the end of its folder.
   */
  async restore(feed: Feed): Promise<Feed> {
    if (this.store.get(feed.id) || this.store.byUrl(feed.url)) return feed;
    const removed = this.removed.get(feed.id);
    this.removed.delete(feed.id);
    const fresh = { etag: null, lastModified: null, seen: [], iconCheckedAt: null };
    await this.queue.run(() =>
      removed ? this.store.insert({ ...removed.feed, ...feed }, removed.at) : this.store.put({ ...feed, ...fresh }),
    );
    return feed;
  }

  /**
   * Refreshes one feed, the feeds of one folder (and of the folders inside it), or all of them, several at
   * once; one failing feed never stops the others.
   */
  async refresh(which: { feedId?: string; folderPath?: string[] } = {}): Promise<RefreshResult[]> {
    const { feedId, folderPath } = which;
    const inFolder = (feed: StoredFeed) =>
      folderPath !== undefined && sameFolder(feed.folderPath.slice(0, folderPath.length), folderPath);
    const feeds = feedId
      ? [this.store.get(feedId)].filter((feed) => feed !== undefined)
      : this.store.all().filter((feed) => folderPath === undefined || inFolder(feed));
    if (feedId && feeds.length === 0) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    if (folderPath && feeds.length === 0)
      throw new AnnalsError('NOT_FOUND', `No feeds in the folder “${folderPath.join(' / ')}”.`);
    const results: RefreshResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < feeds.length) {
        const feed = feeds[next++]!;
        results.push(await this.refreshOne(feed.id));
        this.options.onProgress?.(results.length, feeds.length, 'Refreshing feeds');
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 4, feeds.length) }, worker));
    return results;
  }

  async importOpml(xml: string): Promise<{ added: number; skipped: number }> {
    const { parseOpml } = await import('./opml.ts'); // the OPML parser loads only when a file is read
    const entries = parseOpml(xml);
    let added = 0;
    for (const entry of entries) {
      if (this.store.byUrl(entry.xmlUrl)) continue;
      await this.queue.run(() =>
        this.store.put({
          id: newFeedId(),
          url: entry.xmlUrl,
          title: entry.title,
          siteUrl: entry.htmlUrl,
          folderPath: entry.folderPath,
          allowPrivateNetwork: false,
          addedAt: this.options.now().toISOString(),
          lastFetchedAt: null,
          lastError: null,
          refreshMinutes: 60,
          icon: null,
          etag: null,
          lastModified: null,
          seen: [],
          iconCheckedAt: null,
        }),
      );
      added++;
    }
    return { added, skipped: entries.length - added };
  }

  /** OPML in the reader's order: top-level feeds first, then the folders in theirs. */
  exportOpml(): string {
    const folderRank = (feed: StoredFeed) =>
      feed.folderPath.length === 0
        ? -1
        : this.store.folders().findIndex((folder) => sameFolder(folder, feed.folderPath));
    return toOpml(
      this.store
        .all()
        .sort((a, b) => folderRank(a) - folderRank(b))
        .map((feed) => ({ xmlUrl: feed.url, htmlUrl: feed.siteUrl, title: feed.title, folderPath: feed.folderPath })),
      'Feeds from Annals',
    );
  }

  /** A feed being refreshed (by the schedule, say) is not fetched again at once: the caller shares that refresh. */
  private refreshOne(id: string): Promise<RefreshResult> {
    const running = this.refreshing.get(id);
    if (running) return running;
    const refresh = this.fetchAndTakeIn(id).finally(() => this.refreshing.delete(id));
    this.refreshing.set(id, refresh);
    return refresh;
  }

  private async fetchAndTakeIn(id: string): Promise<RefreshResult> {
    const feed = this.store.get(id);
    if (!feed) return { feedId: id, title: '', ok: false, newItems: 0, error: 'No such feed.' };
    const blockPrivateNetwork = !(feed.allowPrivateNetwork || this.options.allowPrivateNetwork);
    try {
      const fetched = await fetchFeed(feed.url, {
        etag: feed.etag,
        lastModified: feed.lastModified,
        blockPrivateNetwork,
      });
      if (fetched.status === 'page')
        throw new AnnalsError('UNSUPPORTED_CONTENT', 'The feed address now answers with a web page, not a feed.');
      if (fetched.status === 'not-modified') {
        await this.patchStored(id, { lastFetchedAt: this.options.now().toISOString(), lastError: null });
        await this.ensureIcon(feed, [], blockPrivateNetwork);
        return { feedId: id, title: feed.title, ok: true, newItems: 0 };
      }
      const seen = new Set(feed.seen);
      const fresh = fetched.feed.items
        .filter((item) => !seen.has(item.guid) && !(item.url && this.library.findByUrl(item.url)))
        .slice(0, this.options.maxNewItems ?? 50);
      let added = 0;
      const missed = new Set<string>();
      for (const item of fresh.reverse()) {
        const outcome = await takeInItem(this.library, item, feed.id, blockPrivateNetwork);
        if (outcome === 'new') added++;
        if (outcome === 'missed') missed.add(item.guid);
      }
      // Every item counts as seen (those beyond the cap on purpose, those already in the library too), but
      // one whose article could not be had this time: the next refresh tries it again, so it is not lost.
      for (const item of fetched.feed.items) if (!missed.has(item.guid)) seen.add(item.guid);
      // Without validators the next refresh gets the whole feed again, missed items included.
      const retry = missed.size > 0;
      await this.patchStored(id, {
        title: feed.title || fetched.feed.title,
        siteUrl: feed.siteUrl ?? fetched.feed.siteUrl,
        etag: retry ? null : fetched.etag,
        lastModified: retry ? null : fetched.lastModified,
        lastFetchedAt: this.options.now().toISOString(),
        lastError: null,
        seen: [...seen],
      });
      await this.ensureIcon(this.store.get(id) ?? feed, fetched.feed.icons, blockPrivateNetwork);
      return { feedId: id, title: feed.title, ok: true, newItems: added };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.patchStored(id, { lastFetchedAt: this.options.now().toISOString(), lastError: message });
      return { feedId: id, title: feed.title, ok: false, newItems: 0, error: message };
    }
  }

  /** Looks for the site's icon when the feed has none, at most once a week; none found is no failure. */
  private async ensureIcon(feed: StoredFeed, feedIcons: string[], blockPrivateNetwork: boolean): Promise<void> {
    const now = this.options.now();
    if (feed.icon || (feed.iconCheckedAt && now.getTime() - Date.parse(feed.iconCheckedAt) < ICON_RETRY_MS)) return;
    const icon = await keepSiteIcon(this.library.paths, feed, feedIcons, { blockPrivateNetwork });
    await this.patchStored(feed.id, { icon, iconCheckedAt: now.toISOString() });
  }

  /**
   * Follows the feeds of a backup that are not followed yet (matched by address); the reader's own
   * feeds stay as they are. Answers each backup feed id with the id it has in this library.
   */
  async mergeRestored(incoming: StoredFeed[]): Promise<{ ids: Map<string, string>; added: number }> {
    return this.queue.run(async () => {
      const ids = new Map<string, string>();
      let added = 0;
      for (const feed of incoming) {
        const existing = this.store.byUrl(feed.url);
        if (existing) {
          ids.set(feed.id, existing.id);
          continue;
        }
        const id = this.store.get(feed.id) ? newFeedId() : feed.id;
        await this.store.put({ ...feed, id });
        ids.set(feed.id, id);
        added++;
      }
      return { ids, added };
    });
  }

  private async patchStored(id: string, patch: Partial<StoredFeed>): Promise<void> {
    await this.queue.run(async () => {
      const current = this.store.get(id);
      if (current) await this.store.put({ ...current, ...patch });
    });
  }

  private public(feed: StoredFeed): Feed {
    const { etag, lastModified, seen, iconCheckedAt, ...rest } = feed;
    return rest;
  }
}
