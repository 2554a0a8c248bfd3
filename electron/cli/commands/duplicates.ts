import { defineCommand } from '../context.ts';
import { plural } from '../format.ts';

/**
 * `annals duplicates [--merge]`: articles that are one page saved twice (before a page had one key),
 * listed; with --merge, each group merged into the article saved first and the others put in the trash.
 */
export default defineCommand({
  options: { merge: 'boolean' },
  run: async (context) => {
    context.expectInputs(0, 0, 'no inputs');
    if (!context.options.merge) {
      return context.withLibrary('read', async ({ call }) => {
        const { groups } = await call('duplicates.find', {});
        context.print(groups, () =>
          groups.length === 0
            ? 'No duplicate articles.'
            : [
                `${plural(groups.length, 'page')} saved more than once (merge with: annals duplicates --merge):`,
                ...groups.map((group) => `  ${group.url}\n    keep ${group.keep}, merge ${group.merge.join(', ')}`),
              ].join('\n'),
        );
        return 0;
      });
    }
    return context.withLibrary('write', async ({ call }) => {
      const { merged } = await call('duplicates.merge', {});
      const rows = merged.map(({ keep, merged: ids, url, versionsAdded, highlightsAdded, tagsAdded }) => ({
        keep,
        merged: ids,
        url,
        versionsAdded: versionsAdded.length,
        highlightsAdded: highlightsAdded.length,
        tagsAdded,
      }));
      context.print(rows, () =>
        merged.length === 0
          ? 'No duplicate articles.'
          : [
              ...rows.map(
                (row) =>
                  `Merged ${row.merged.join(', ')} into ${row.keep}  ${row.url}: ${plural(row.versionsAdded, 'text')} added as versions, ${plural(row.highlightsAdded, 'highlight')} moved${row.tagsAdded.length > 0 ? `, tags ${row.tagsAdded.join(', ')} added` : ''}`,
              ),
              'The merged articles are in the trash, with everything they held; nothing was deleted.',
            ].join('\n'),
      );
      return 0;
    });
  },
});
