import { AnnalsError, type Feed, sameFolder } from '../../contract/index.ts';
import type { FeedChoice } from './discover.ts';
import { placeFolder } from './feed-order.ts';
import { feedIdFor } from './feed-records.ts';
import { newStoredFeed, type StoredFeed } from './feed-store.ts';
import { type FeedsContext, publicFeed } from './feeds-context.ts';
import { fetchFeed } from './fetch-feed.ts';
import type { FeedRefresh, RefreshResult } from './refresh.ts';

/** The feeds the reader follows: following and unfollowing, names, folders and their order. */
export class Subscriptions {
  constructor(
    private readonly context: FeedsContext,
    private readonly refresh: FeedRefresh,
  ) {}

  list(): (Feed & { unread: number; items: number })[] {
    const counts = new Map<string, { unread: number; items: number }>();
    for (const article of this.context.library.list('all', 'saved')) {
      if (!article.feedId) continue;
      const count = counts.get(article.feedId) ?? { unread: 0, items: 0 };
      count.items++;
      if (article.state === 'unread') count.unread++;
      counts.set(article.feedId, count);
    }
    return this.context.store.all().map((feed) => ({
      ...publicFeed(feed),
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
    const { store, queue, options } = this.context;
    const allowPrivate = grant.allowPrivateNetwork ?? false;
    const blockPrivateNetwork = !(allowPrivate || options.allowLocalNetwork());
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
    const existing = store.byUrl(fetched.url);
    if (existing) throw new AnnalsError('BAD_INPUT', `You already follow “${existing.title}”.`);
    const feed = newStoredFeed({
      url: fetched.url,
      title: fetched.feed.title,
      siteUrl: fetched.feed.siteUrl,
      folderPath: grant.folderPath ?? [],
      allowPrivateNetwork: allowPrivate,
      addedAt: options.now().toISOString(),
    });
    await queue.run(() => store.put(feed));
    const refresh = await this.refresh.refreshOne(feed.id);
    return { feed: publicFeed(store.get(feed.id) ?? feed), refresh };
  }

  async remove(id: string): Promise<Feed> {
    const removed = await this.context.queue.run(() => this.context.store.remove(id));
    if (!removed) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    // Its articles stay: what the reader saved, tagged or annotated is never taken away with a feed.
    return publicFeed(removed.feed);
  }

  /**
   * Follows a removed feed again, as it was: in its place, with the items it had seen (so none comes back
   * twice), however long ago it was removed.
   */
  async restore(feed: Feed): Promise<Feed> {
    const { store, queue } = this.context;
    if (store.get(feed.id) || store.byUrl(feed.url)) return feed;
    await queue.run(() => store.follow(feed));
    return feed;
  }

  async update(
    id: string,
    patch: { title?: string; folderPath?: string[]; refreshMinutes?: number; allowPrivateNetwork?: boolean },
  ): Promise<Feed> {
    const feed = this.context.store.get(id);
    if (!feed) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    const { folderPath, ...rest } = patch;
    // A feed given another folder goes to the end of it, as it would when dragged onto the folder.
    if (folderPath && !sameFolder(folderPath, feed.folderPath)) await this.move(id, folderPath, null);
    await this.context.patch(id, rest);
    return publicFeed(this.context.store.get(id) ?? feed);
  }

  /** Moves a feed into a folder ([] for the top level), before another feed of it or at its end. */
  async move(id: string, folderPath: string[], beforeId: string | null): Promise<Feed> {
    const { store, queue } = this.context;
    if (!store.get(id)) throw new AnnalsError('NOT_FOUND', 'No such feed.');
    if (beforeId === id) return publicFeed(store.get(id)!);
    await queue.run(() => store.move(id, folderPath, beforeId));
    return publicFeed(store.get(id)!);
  }

  /** Moves a folder before another (to the end when `before` is null). */
  async moveFolder(path: string[], before: string[] | null): Promise<string[][]> {
    const { store, queue } = this.context;
    const folders = store.folders();
    if (!folders.some((folder) => sameFolder(folder, path))) throw new AnnalsError('NOT_FOUND', 'No such folder.');
    await queue.run(() => store.setFolderOrder(placeFolder(folders, path, before)));
    return store.folders();
  }

  /**
   * Follows the feeds of a backup that are not followed yet (matched by address); the reader's own
   * feeds stay as they are. Answers each backup feed id with the id it has in this library.
   */
  async mergeRestored(incoming: StoredFeed[]): Promise<{ ids: Map<string, string>; added: number }> {
    const { store, queue } = this.context;
    return queue.run(async () => {
      const ids = new Map<string, string>();
      let added = 0;
      for (const feed of incoming) {
        const existing = store.byUrl(feed.url);
        if (existing) {
          ids.set(feed.id, existing.id);
          continue;
        }
        const id = store.get(feed.id) ? feedIdFor(feed.url) : feed.id;
        // A file can claim anything: reaching the local network is granted by the reader here, asked again.
        await store.put({ ...feed, id, allowPrivateNetwork: false });
        ids.set(feed.id, id);
        added++;
      }
      return { ids, added };
    });
  }
}
