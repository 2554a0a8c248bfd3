import type { HighlightColor } from '../../../../electron/contract/model.ts';
import { plural } from '../../lib/plural.ts';
import type { ActionKit, Undo } from '../mutate.ts';

type TagSnapshot = { id: string; tags: string[] };
const quoted = (tags: string[]) => tags.map((tag) => `“${tag}”`).join(', ');

/** Tagging articles, and renaming, colouring and deleting tags. */
export function tagActions({ client, ui, mutate }: ActionKit) {
  /** Puts articles' tags back as they were. */
  const restoreTags = (label: string, before: TagSnapshot[]): Undo => ({
    label,
    run: () => (before.length > 0 ? client.call('article.restoreTags', { items: before }) : Promise.resolve()),
  });

  return {
    /** Adds and removes tags on articles, undoably. */
    async tag(ids: string[], add: string[], remove: string[]) {
      if (ids.length === 0 || (add.length === 0 && remove.length === 0)) return;
      const what =
        add.length > 0
          ? `Tagged ${plural(ids.length, 'article')} ${quoted(add)}`
          : `Removed ${quoted(remove)} from ${plural(ids.length, 'article')}`;
      await mutate({
        run: () => client.call('article.tag', { ids, add, remove }),
        undo: ({ before }) => restoreTags(what, before),
      });
    },

    async renameTag(from: string, to: string) {
      await mutate({
        run: () => client.call('tags.rename', { from, to }),
        undo: ({ before }) => (before.length > 0 ? restoreTags(`Renamed “${from}” to “${to}”`, before) : null),
      });
    },

    async deleteTag(name: string) {
      await mutate({
        async run() {
          const answer = await client.call('tags.delete', { name });
          ui.clearTagFilter();
          return answer;
        },
        undo: ({ before }) => (before.length > 0 ? restoreTags(`Deleted the tag “${name}”`, before) : null),
      });
    },

    async setTagColor(name: string, color: HighlightColor | null) {
      await mutate({ run: () => client.call('tags.setColor', { name, color }) });
    },
  };
}
