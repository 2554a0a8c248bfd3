import { AnnalsError, sameFolder } from '../../contract/index.ts';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import type { StoredFeed } from './feed-store.ts';
import type { FeedsContext } from './feeds-context.ts';
import { fetchFeed } from './fetch-feed.ts';
import { keepSiteIcon } from './keep-site-icon.ts';
import { takeInItem } from './take-in-item.ts';

const ICON_RETRY_MS = 7 * 86_400_000;

export interface RefreshResult {
  feedId: string;
  title: string;
  ok: boolean;
  newItems: number;
  error?: string;
}

/**
 * Reads feeds (conditional GET) and stores every new item's full article like any saved page, so it
 * reads offline and is searchable and annotatable. One failing feed never stops the others.
 */
export class FeedRefresh {
  private readonly refreshing = new Map<string, Promise<RefreshResult>>();

  constructor(private readonly context: FeedsContext) {}

  /** Refreshes one feed, the feeds of one folder (and of the folders inside it), or all of them, several at once. */
  async refresh(which: { feedId?: string; folderPath?: string[] } = {}): Promise<RefreshResult[]> {
    const { store, options } = this.context;
    const { feedId, folderPath } = which;
    const inFolder = (feed: StoredFeed) =>
      folderPath !== undefined && sameFolder(feed.folderPath.slice(0, folderPath.length), folderPath);
    const feeds = feedId
      ? [store.get(feedId)].filter((feed) => feed !== undefined)
      : store.all().filter((feed) => folderPath === undefined || inFolder(feed));
    if (feedId && feeds.length === 0) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    if (folderPath && feeds.length === 0)
      throw new AnnalsError('NOT_FOUND', `No feeds in the folder “${folderPath.join(' / ')}”.`);
    const results: RefreshResult[] = [];
    await forEachLimited(feeds, options.concurrency ?? 4, async (feed) => {
      results.push(await this.refreshOne(feed.id));
      options.onProgress?.(results.length, feeds.length, 'Refreshing feeds');
    });
    return results;
  }

  /** A feed being refreshed (by the schedule, say) is not fetched again at once: the caller shares that refresh. */
  refreshOne(id: string): Promise<RefreshResult> {
    const running = this.refreshing.get(id);
    if (running) return running;
    const refresh = this.fetchAndTakeIn(id).finally(() => this.refreshing.delete(id));
    this.refreshing.set(id, refresh);
    return refresh;
  }

  private async fetchAndTakeIn(id: string): Promise<RefreshResult> {
    const { store, library, options } = this.context;
    const feed = store.get(id);
    if (!feed) return { feedId: id, title: '', ok: false, newItems: 0, error: 'No such feed.' };
    const blockPrivateNetwork = this.context.blocksPrivateNetwork(feed);
    try {
      const fetched = await fetchFeed(feed.url, {
        etag: feed.etag,
        lastModified: feed.lastModified,
        blockPrivateNetwork,
      });
      if (fetched.status === 'page')
        throw new AnnalsError('UNSUPPORTED_CONTENT', 'The feed address now answers with a web page, not a feed.');
      if (fetched.status === 'not-modified') {
        await this.context.patch(id, { lastFetchedAt: options.now().toISOString(), lastError: null });
        await this.ensureIcon(feed, [], blockPrivateNetwork);
        return { feedId: id, title: feed.title, ok: true, newItems: 0 };
      }
      const seen = new Set(feed.seen);
      const fresh = fetched.feed.items
        .filter((item) => !seen.has(item.guid) && !(item.url && library.findByUrl(item.url)))
        .slice(0, options.maxNewItems ?? 50);
      let added = 0;
      const missed = new Set<string>();
      for (const item of fresh.reverse()) {
        const outcome = await takeInItem(library, item, feed.id, (url) => this.context.itemMayBeLocal(feed, url));
        if (outcome === 'new') added++;
        if (outcome === 'missed') missed.add(item.guid);
      }
      // Every item counts as seen (those beyond the cap on purpose, those already in the library too), but
      // one whose article could not be had this time: the next refresh tries it again, so it is not lost.
      for (const item of fetched.feed.items) if (!missed.has(item.guid)) seen.add(item.guid);
      // Without validators the next refresh gets the whole feed again, missed items included.
      const retry = missed.size > 0;
      await this.context.patch(id, {
        // Only where there was none: a name given meanwhile (here or on another device) stays.
        ...(feed.title ? {} : { title: fetched.feed.title }),
        ...(feed.siteUrl ? {} : { siteUrl: fetched.feed.siteUrl }),
        etag: retry ? null : fetched.etag,
        lastModified: retry ? null : fetched.lastModified,
        lastFetchedAt: options.now().toISOString(),
        lastError: null,
        seen: [...seen],
      });
      await this.ensureIcon(store.get(id) ?? feed, fetched.feed.icons, blockPrivateNetwork);
      return { feedId: id, title: feed.title, ok: true, newItems: added };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.context.patch(id, { lastFetchedAt: options.now().toISOString(), lastError: message });
      return { feedId: id, title: feed.title, ok: false, newItems: 0, error: message };
    }
  }

  /** Looks for the site's icon when the feed has none, at most once a week; none found is no failure. */
  private async ensureIcon(feed: StoredFeed, feedIcons: string[], blockPrivateNetwork: boolean): Promise<void> {
    const now = this.context.options.now();
    if (feed.icon || (feed.iconCheckedAt && now.getTime() - Date.parse(feed.iconCheckedAt) < ICON_RETRY_MS)) return;
    const icon = await keepSiteIcon(this.context.library.paths, feed, feedIcons, { blockPrivateNetwork });
    await this.context.patch(feed.id, { icon, iconCheckedAt: now.toISOString() });
  }
}
