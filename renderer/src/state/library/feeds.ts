import { plural } from '../../lib/plural.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

/** Following feeds, arranging them in folders, refreshing them, OPML in and out. */
export function feedActions({ client, ui, attempt, mutate, invalidate }: ActionKit) {
  return {
    /** Follows a feed; answers the choices when the page offers several, or null when it failed. */
    async followFeed(url: string, allowPrivateNetwork = false) {
      const result = await attempt(() => client.call('feeds.add', { url, allowPrivateNetwork }));
      if (!result) return null;
      if (result.feed) {
        await invalidate([keys.library]);
        ui.toast(`Following “${result.feed.title}”: ${plural(result.newItems, 'new article')}`);
      }
      return result;
    },

    async unfollowFeed(id: string) {
      await mutate({
        async run() {
          const { feed } = await client.call('feeds.remove', { id });
          ui.setFeedFilter(null);
          return feed;
        },
        undo: (feed) => ({
          label: `No longer following “${feed.title}” (its articles stay)`,
          run: () => client.call('feeds.restore', { feed }),
        }),
      });
    },

    async importOpml(xml: string) {
      const result = await mutate({
        run: () => client.call('feeds.importOpml', { xml }),
        done: ({ added, skipped }) =>
          ui.toast(
            `Following ${plural(added, 'new feed')}${skipped ? ` (${skipped} already followed)` : ''}; fetching them now`,
          ),
      });
      return result ?? null;
    },

    async updateFeed(
      id: string,
      patch: { title?: string; folderPath?: string[]; refreshMinutes?: number; allowPrivateNetwork?: boolean },
    ) {
      await mutate({ run: () => client.call('feeds.update', { id, ...patch }) });
    },

    async exportOpml(): Promise<string | null> {
      const result = await attempt(() => client.call('feeds.exportOpml', {}));
      return result?.opml ?? null;
    },

    /** Moves a feed into a folder ([] for the top level), before another feed of it or at its end. */
    async moveFeed(id: string, folderPath: string[], beforeId: string | null) {
      await mutate({ run: () => client.call('feeds.move', { id, folderPath, beforeId }) });
    },

    /** Moves a folder before another one, or to the end. */
    async moveFolder(folderPath: string[], before: string[] | null) {
      await mutate({ run: () => client.call('feeds.moveFolder', { folderPath, before }) });
    },

    /** Refreshes one feed, the feeds of one folder, or all of them. */
    async refreshFeeds(which: { id?: string; folderPath?: string[] } = {}) {
      await mutate({
        run: () => client.call('feeds.refresh', which),
        done({ results }) {
          const added = results.reduce((sum, entry) => sum + entry.newItems, 0);
          ui.toast(`${plural(added, 'new article')} from ${plural(results.length, 'feed')}`);
          for (const entry of results.filter((result) => !result.ok)) {
            ui.toast(`${entry.title}: ${entry.error ?? 'could not be refreshed'}`, 'error');
          }
        },
      });
    },
  };
}
