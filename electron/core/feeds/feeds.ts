import type { Feed } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import type { FeedChoice } from './discover.ts';
import { FeedStore, type StoredFeed } from './feed-store.ts';
import { FeedsContext, type FeedsOptions } from './feeds-context.ts';
import { exportOpml, importOpml } from './feeds-opml.ts';
import { FeedRefresh, type RefreshResult } from './refresh.ts';
import { dueFeeds, refreshDue, retireOldItems, scheduleRefreshes } from './schedule.ts';
import { Subscriptions } from './subscriptions.ts';

/**
 * The feeds the reader follows, one object for the shells: subscriptions (following, folders, order),
 * refresh (each new item's full article stored like any saved page), the schedule, and OPML.
 */
export class Feeds {
  private readonly context: FeedsContext;
  private readonly refreshes: FeedRefresh;
  private readonly subscriptions: Subscriptions;

  constructor(library: Library, options: FeedsOptions) {
    const report = (message: string) => library.recovered.push(message);
    const store = new FeedStore(library.paths.root, options.device, options.now, report, options.clock);
    this.context = new FeedsContext(store, library, options);
    this.refreshes = new FeedRefresh(this.context);
    this.subscriptions = new Subscriptions(this.context, this.refreshes);
  }

  /** Reads the feeds (again, when another device's records arrived). */
  load(readOnly: boolean): Promise<void> {
    return this.context.queue.run(() => this.context.store.load(readOnly));
  }

  /** The feeds as a format-1 feeds.json would hold them (for backups). */
  exportFile(): string {
    return `${JSON.stringify(this.context.store.exportFile(), null, 2)}\n`;
  }

  /** A followed feed's id and name (for `feed:` in searches), or null. */
  nameOf(id: string): { id: string; title: string } | null {
    const feed = this.context.store.get(id);
    return feed ? { id: feed.id, title: feed.title } : null;
  }

  list(): (Feed & { unread: number; items: number })[] {
    return this.subscriptions.list();
  }

  subscribe(
    url: string,
    grant: { allowPrivateNetwork?: boolean; folderPath?: string[] } = {},
  ): Promise<{ feed: Feed; refresh: RefreshResult } | { choices: FeedChoice[] }> {
    return this.subscriptions.subscribe(url, grant);
  }

  remove(id: string): Promise<Feed> {
    return this.subscriptions.remove(id);
  }

  restore(feed: Feed): Promise<Feed> {
    return this.subscriptions.restore(feed);
  }

  update(
    id: string,
    patch: { title?: string; folderPath?: string[]; refreshMinutes?: number; allowPrivateNetwork?: boolean },
  ): Promise<Feed> {
    return this.subscriptions.update(id, patch);
  }

  /** The folders that hold feeds, in the reader's order (feeds at the top level come before them). */
  folders(): string[][] {
    return this.context.store.folders();
  }

  move(id: string, folderPath: string[], beforeId: string | null): Promise<Feed> {
    return this.subscriptions.move(id, folderPath, beforeId);
  }

  moveFolder(path: string[], before: string[] | null): Promise<string[][]> {
    return this.subscriptions.moveFolder(path, before);
  }

  mergeRestored(incoming: StoredFeed[]): Promise<{ ids: Map<string, string>; added: number }> {
    return this.subscriptions.mergeRestored(incoming);
  }

  refresh(which: { feedId?: string; folderPath?: string[] } = {}): Promise<RefreshResult[]> {
    return this.refreshes.refresh(which);
  }

  due(now: Date): string[] {
    return dueFeeds(this.context.store, now);
  }

  /** One check of the schedule: due feeds refreshed, old items retired. Answers whether anything changed. */
  refreshDue(): Promise<boolean> {
    return refreshDue(this.context, this.refreshes);
  }

  /** Checks now and every minute; `onRefreshed` hears of a check that changed something. */
  schedule(onRefreshed: () => void): () => void {
    return scheduleRefreshes(this.context, this.refreshes, onRefreshed);
  }

  applyRetention(): Promise<string[]> {
    return retireOldItems(this.context);
  }

  importOpml(xml: string): Promise<{ added: number; skipped: number }> {
    return importOpml(this.context, xml);
  }

  exportOpml(): string {
    return exportOpml(this.context);
  }
}
