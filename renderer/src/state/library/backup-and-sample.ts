import { plural } from '../../lib/plural.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';
import type { SettingsPatch } from './settings.ts';

/** The library as a whole: the sample articles, duplicate articles merged, and backing it up and restoring it. */
export function backupAndSampleActions(
  { client, ui, queryClient, store, attempt, mutate }: ActionKit,
  setSettings: (patch: SettingsPatch) => Promise<void>,
) {
  return {
    async installSample() {
      await mutate({
        async run() {
          const { added } = await client.call('sample.install', {});
          await setSettings({ sampleOffered: true });
          return added;
        },
        refresh: [keys.library, keys.info],
        done: (added) =>
          ui.toast(added > 0 ? `Added ${plural(added, 'sample article')}` : 'The sample articles are already here'),
      });
    },

    async removeSample() {
      await mutate({
        async run() {
          const { articles } = await client.call('library.list', { view: 'all', sort: 'saved' });
          const ids = articles.filter((article) => article.sample).map((article) => article.id);
          const { removed } = await client.call('sample.remove', {});
          ui.close();
          return { ids, removed };
        },
        refresh: [keys.library, keys.info],
        undo: ({ ids, removed }) => ({
          label: `Removed ${plural(removed, 'sample article')}`,
          run: () => (ids.length > 0 ? client.call('article.undelete', { ids }) : Promise.resolve()),
        }),
      });
    },

    /** Merges every page saved more than once into its article saved first; Undo brings the others back. */
    async mergeDuplicates() {
      await mutate({
        async run() {
          const { merged } = await client.call('duplicates.merge', {});
          const gone = new Set(merged.flatMap((merge) => merge.merged));
          const { openId, selectedId } = store.getState();
          if (openId && gone.has(openId)) ui.close();
          if (selectedId && gone.has(selectedId)) ui.select(null);
          return merged;
        },
        refresh: [keys.library, keys.info],
        done: (merged) => {
          if (merged.length === 0) ui.toast('No duplicate articles to merge');
        },
        undo: (merged) =>
          merged.length === 0
            ? null
            : {
                label: `Merged ${plural(
                  merged.reduce((count, merge) => count + merge.merged.length, 0),
                  'duplicate article',
                )} into ${plural(merged.length, 'article')}`,
                run: () => client.call('duplicates.undoMerge', { merged }),
              },
      });
    },

    /** Writes a backup of the whole library; answers where it went, or undefined when it failed. */
    async backup() {
      return attempt(() => client.call('library.backup', {}));
    },

    /** Restores a backup sent as base64; everything on screen is read again afterwards. */
    async restoreBackup(data: string) {
      const result = await attempt(() => client.call('library.restore', { data }));
      if (result) await queryClient.invalidateQueries();
      return result;
    },
  };
}
