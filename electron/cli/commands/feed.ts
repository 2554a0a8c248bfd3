import { writeFile } from 'node:fs/promises';
import { folderPathFromLabel } from '../../contract/index.ts';
import { type CommandContext, defineCommand } from '../context.ts';
import { CliError, UsageError } from '../errors.ts';

const options = { 'allow-private-network': 'boolean', folder: 'string', format: 'string', out: 'string' } as const;
type FeedContext = CommandContext<typeof options>;

/** `annals feed add|list|refresh|remove|import|export`. */
export default defineCommand({
  options,
  run: async (context) => {
    const [action, ...rest] = context.inputs;
    switch (action) {
      case 'list':
        return list(context);
      case 'add':
        if (rest.length !== 1) throw new UsageError('feed add needs exactly one address');
        return add(context, rest[0]!);
      case 'refresh':
        return refresh(context, rest[0]);
      case 'remove':
        if (rest.length !== 1) throw new UsageError('feed remove needs a feed id');
        return context.withLibrary('write', async ({ call }) => {
          const { feed } = await call('feeds.remove', { id: rest[0]! });
          context.print(feed, () => `No longer following ${feed.title} (its articles stay in the library)`);
          return 0;
        });
      case 'import': {
        if (rest.length !== 1) throw new UsageError('feed import needs an OPML file');
        const xml = await context.readText(rest[0]!);
        return context.withLibrary('write', async ({ call }) => {
          const result = await call('feeds.importOpml', { xml });
          context.print(
            result,
            () =>
              `Following ${result.added} new feeds${result.skipped ? ` (${result.skipped} already followed)` : ''}. Fetch them with: annals feed refresh`,
          );
          return 0;
        });
      }
      case 'export':
        return exportOpml(context);
      default:
        throw new UsageError('feed needs one of: add, list, refresh, remove, import, export');
    }
  },
});

function list(context: FeedContext): Promise<number> {
  return context.withLibrary('read', async ({ call }) => {
    const { feeds } = await call('feeds.list', {});
    if (context.json) context.write(`${JSON.stringify(feeds)}\n`);
    else if (feeds.length === 0) context.write('No feeds yet. Follow one with: annals feed add <url>\n');
    else {
      const lines = feeds.map(
        (feed) =>
          `${feed.id}  ${feed.title} (${feed.unread} unread)${feed.lastError ? ` — last refresh failed: ${feed.lastError}` : ''}\n    ${feed.url}`,
      );
      context.write(`${lines.join('\n')}\n`);
    }
    return 0;
  });
}

function add(context: FeedContext, url: string): Promise<number> {
  return context.withLibrary('write', async ({ call }) => {
    const result = await call('feeds.add', {
      url,
      allowPrivateNetwork: context.options['allow-private-network'] === true,
    });
    const { feed, localNetwork } = result;
    if (localNetwork) {
      throw new CliError(
        'BAD_INPUT',
        `${localNetwork.url} is on this computer or the local network (${localNetwork.address}); to follow it, add --allow-private-network`,
      );
    }
    if (!feed) {
      context.print(
        result,
        () =>
          `That page offers several feeds; add one of them:\n${result.choices.map((c) => `  ${c.url}  ${c.title}`).join('\n')}`,
      );
      return 1;
    }
    context.print(
      { ...feed, newItems: result.newItems },
      () => `Following ${feed.id}  ${feed.title}: ${result.newItems} new articles`,
    );
    return 0;
  });
}

/** One feed by id, one folder by its path as the sidebar writes it ("News / Local"), or every feed. */
function refreshTarget(feedId: string | undefined, folder: string | undefined): { id?: string; folderPath?: string[] } {
  if (feedId && folder) throw new UsageError('feed refresh takes a feed id or --folder, not both');
  if (folder !== undefined) {
    const folderPath = folderPathFromLabel(folder);
    if (folderPath.length === 0) throw new UsageError('--folder needs a folder name');
    return { folderPath };
  }
  return feedId ? { id: feedId } : {};
}

function refresh(context: FeedContext, feedId: string | undefined): Promise<number> {
  const target = refreshTarget(feedId, context.options.folder);
  return context.withLibrary('write', async ({ call }) => {
    const { results } = await call('feeds.refresh', target);
    context.print(
      results,
      () =>
        results
          .map((r) => `${r.feedId}  ${r.title}: ${r.ok ? `${r.newItems} new` : `failed — ${r.error}`}`)
          .join('\n') || 'No feeds to refresh.',
    );
    return results.every((result) => result.ok) ? 0 : 1;
  });
}

function exportOpml(context: FeedContext): Promise<number> {
  const { format = 'opml', out } = context.options;
  if (format !== 'opml') throw new UsageError('feed export supports --format opml');
  if (!out) throw new UsageError('feed export needs --out PATH');
  return context.withLibrary('read', async ({ call }) => {
    const { opml } = await call('feeds.exportOpml', {});
    await writeFile(context.path(out), opml);
    context.print({ out }, () => `Wrote ${out}`);
    return 0;
  });
}
