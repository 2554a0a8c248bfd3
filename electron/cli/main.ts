import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Annotation, type Article, type ArticleSummary, folderPathFromLabel } from '../contract/index.ts';
import type { Core } from '../core/index.ts';
import { type CliArgs, parseCliArgs, UsageError, usage } from './args.ts';
import { CommandError, unwrap } from './envelope.ts';
import { formatArticle, formatSummaryLine, plural } from './format.ts';

/** bin.mjs runs a bundle kept elsewhere, so it says where the app's own files are. */
const appRoot: string =
  (globalThis as { annalsAppRoot?: string }).annalsAppRoot ?? fileURLToPath(new URL('../../', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help || args.command === '' || args.command === 'help') {
    process.stdout.write(`${usage}\n`);
    return args.command === '' && !args.help ? 2 : 0;
  }
  switch (args.command) {
    case 'add':
      return add(args);
    case 'extract':
      return extract(args);
    case 'list':
      return list(args);
    case 'show':
      return show(args);
    case 'serve':
      return serve(args);
    case 'tag':
      return tag(args);
    case 'highlight':
      return highlight(args);
    case 'annotations':
      return listAnnotations(args);
    case 'export':
      return exportCommand(args);
    case 'search':
      return searchCommand(args);
    case 'feed':
      return feedCommand(args);
    case 'events':
    case 'stories':
    case 'timeline': {
      const commands = await import('./timeline-commands.ts');
      const tools = { openLibraryCore, unwrap, readInputFile, isUrl };
      const command = {
        events: commands.eventsCommand,
        stories: commands.storiesCommand,
        timeline: commands.timelineCommand,
      };
      return command[args.command](args, tools);
    }
    case 'import': {
      const { importCommand } = await import('./import-command.ts');
      return importCommand(args, (readOnly) => openLibraryCore(args, readOnly));
    }
    case 'backup':
      return backupCommand(args);
    case 'restore':
      return restoreCommand(args);
    default:
      throw new UsageError(`unknown command “${args.command}” (try annals --help)`);
  }
}

async function libraryDir(args: CliArgs): Promise<string> {
  if (args.library) return args.library;
  if (process.env.ANNALS_LIBRARY) return process.env.ANNALS_LIBRARY;
  const { defaultLibraryDir } = await import('../core/paths.ts');
  return defaultLibraryDir();
}

async function openLibraryCore(args: CliArgs, readOnly: boolean, shell: 'cli' | 'browser' = 'cli'): Promise<Core> {
  const [{ openCore }, { readPackageVersion }] = await Promise.all([
    import('../core/index.ts'),
    import('../core/handlers.ts'),
  ]);
  const dir = await libraryDir(args);
  return openCore({
    libraryDir: dir,
    shell,
    version: readPackageVersion(`${appRoot}package.json`),
    assetsDir: `${appRoot}assets`,
    allowPrivateNetwork: process.env.ANNALS_ALLOW_PRIVATE_NETWORK === '1',
    ...(process.env.ANNALS_BACKUP_DIR ? { backupDir: process.env.ANNALS_BACKUP_DIR } : {}),
    readOnly,
  });
}

function requireInputs(args: CliArgs, what: string): void {
  if (args.inputs.length === 0) throw new UsageError(`${args.command} needs ${what}`);
}

const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/** Several inputs: one result per line, failures reported and the rest carried on. */
async function forEachInput<T>(
  args: CliArgs,
  run: (input: string) => Promise<T>,
  human: (value: T) => string,
): Promise<number> {
  let failures = 0;
  for (const input of args.inputs) {
    try {
      const value = await run(input);
      process.stdout.write(args.json ? `${JSON.stringify(value)}\n` : `${human(value)}\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`annals: ${input}: ${(error as Error).message}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

async function add(args: CliArgs): Promise<number> {
  requireInputs(args, 'a URL or an .html file');
  const core = await openLibraryCore(args, false);
  try {
    return await forEachInput(
      args,
      async (input) => {
        const envelope = isUrl(input)
          ? await core.dispatch('article.saveUrl', { url: input, givenBy: 'reader' })
          : await core.dispatch('article.saveHtml', { html: await readInputFile(input), fileName: input });
        const { article } = unwrap<{ article: ArticleSummary; created: boolean }>(envelope);
        const { id, url, title, byline, siteName, publishedAt, savedAt, wordCount, lang } = article;
        return { id, url, title, byline, siteName, publishedAt, savedAt, wordCount, lang };
      },
      (saved) =>
        `Saved ${saved.id}  ${saved.title}${saved.siteName ? ` — ${saved.siteName}` : ''} (${saved.wordCount} words)`,
    );
  } finally {
    await core.close();
  }
}

async function extract(args: CliArgs): Promise<number> {
  requireInputs(args, 'a URL or an .html file');
  const { extractFromHtml, extractFromUrl } = await import('../core/extract/index.ts');
  return forEachInput(
    args,
    async (input) => {
      const page = isUrl(input)
        ? await extractFromUrl(input)
        : await extractFromHtml(await readInputFile(input), { url: null, fileName: input });
      const { url, title, byline, siteName, publishedAt, lang, text, html, wordCount } = page;
      return { url, title, byline, siteName, publishedAt, lang, text, html, wordCount };
    },
    (page) =>
      `${page.title}\n${[page.byline, page.siteName, page.publishedAt].filter(Boolean).join(' · ')}\n\n${page.text}\n`,
  );
}

async function list(args: CliArgs): Promise<number> {
  const core = await openLibraryCore(args, true);
  const { articles } = unwrap<{ articles: ArticleSummary[] }>(await core.dispatch('library.list', { view: 'all' }));
  if (args.json) {
    const rows = articles.map(
      ({ id, url, title, siteName, publishedAt, savedAt, state, favorite, tags, wordCount, feedId }) => ({
        id,
        url,
        title,
        siteName,
        publishedAt,
        savedAt,
        state,
        favorite,
        tags,
        wordCount,
        feedId,
      }),
    );
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } else if (articles.length === 0) {
    process.stdout.write('The library is empty. Save an article with: annals add <url>\n');
  } else {
    process.stdout.write(`${articles.map(formatSummaryLine).join('\n')}\n`);
  }
  return 0;
}

async function show(args: CliArgs): Promise<number> {
  if (args.inputs.length !== 1) throw new UsageError('show needs exactly one article id');
  const id = args.inputs[0]!;
  const core = await openLibraryCore(args, true);
  const article = unwrap<Article>(await core.dispatch('article.get', { id }));
  const content = unwrap<{ html: string; text: string }>(await core.dispatch('article.content', { id }));
  if (args.text) process.stdout.write(content.text);
  else if (args.html) process.stdout.write(content.html);
  else if (args.json) process.stdout.write(`${JSON.stringify(article)}\n`);
  else process.stdout.write(formatArticle(article, content.text));
  return 0;
}

async function tag(args: CliArgs): Promise<number> {
  const [id, ...tags] = args.inputs;
  if (!id || tags.length === 0) throw new UsageError('tag needs an article id and at least one tag');
  const core = await openLibraryCore(args, false);
  try {
    unwrap(
      await core.dispatch('article.tag', { ids: [id], add: args.remove ? [] : tags, remove: args.remove ? tags : [] }),
    );
    const article = unwrap<Article>(await core.dispatch('article.get', { id }));
    if (args.json) process.stdout.write(`${JSON.stringify({ id, tags: article.tags })}\n`);
    else process.stdout.write(`${id}  ${article.tags.length > 0 ? article.tags.join(', ') : '(no tags)'}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];

async function highlight(args: CliArgs): Promise<number> {
  if (args.inputs.length !== 1) throw new UsageError('highlight needs exactly one article id');
  if (!args.quote) throw new UsageError('highlight needs --quote "the exact words"');
  if (args.color && !colors.includes(args.color)) {
    throw new UsageError(`--color must be one of ${colors.join(', ')}, not “${args.color}”`);
  }
  const core = await openLibraryCore(args, false);
  try {
    const created = unwrap<Annotation>(
      await core.dispatch('annotations.create', {
        kind: 'highlight',
        articleId: args.inputs[0],
        quote: args.quote,
        note: args.note ?? '',
        color: args.color ?? 'yellow',
      }),
    );
    const row = annotationRow(created);
    if (args.json) process.stdout.write(`${JSON.stringify(row)}\n`);
    else process.stdout.write(`Highlighted ${row.id}  “${row.exact}” at ${row.start}–${row.end}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

/** One annotation as scripts see it: selectors flattened, offsets into `annals show <id> --text`. */
function annotationRow(annotation: Annotation) {
  const { id, articleId, kind, anchor, orphaned, note, color, tags, created, modified } = annotation;
  return {
    id,
    articleId,
    kind,
    exact: anchor?.exact ?? null,
    prefix: anchor?.prefix ?? null,
    suffix: anchor?.suffix ?? null,
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    orphaned,
    note,
    color,
    tags,
    created,
    modified,
  };
}

async function listAnnotations(args: CliArgs): Promise<number> {
  if (args.inputs.length > 1) throw new UsageError('annotations takes at most one article id');
  const core = await openLibraryCore(args, true);
  const input = args.inputs[0] ? { articleId: args.inputs[0] } : {};
  const { annotations } = unwrap<{ annotations: Annotation[] }>(await core.dispatch('annotations.list', input));
  const rows = annotations.map(annotationRow);
  if (args.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else if (rows.length === 0) process.stdout.write('No highlights or notes yet.\n');
  else {
    const lines = rows.map(
      (row) =>
        `${row.id}  ${row.articleId}  ${row.kind === 'note' ? '(note)' : `“${row.exact}”`}${row.orphaned ? ' [orphaned]' : ''}${row.note ? ` — ${row.note}` : ''}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}

async function exportCommand(args: CliArgs): Promise<number> {
  if (args.inputs[0] !== 'annotations' || args.inputs.length !== 1) {
    throw new UsageError('export supports: export annotations --format md|jsonld|csv|html --out PATH');
  }
  const format = args.format ?? '';
  if (!['md', 'jsonld', 'csv', 'html'].includes(format)) {
    throw new UsageError(`--format must be md, jsonld, csv or html${format ? `, not “${format}”` : ''}`);
  }
  if (!args.out) throw new UsageError('export needs --out PATH (a folder for md, a file otherwise)');
  const core = await openLibraryCore(args, true);
  const { files } = unwrap<{ files: { fileName: string; content: string }[] }>(
    await core.dispatch('annotations.export', {
      format,
      ...(args.article ? { articleId: args.article } : {}),
      ...(args.tag ? { tag: args.tag } : {}),
    }),
  );
  const { writeExport } = await import('./write-export.ts');
  const written = await writeExport(args.out, format === 'md', files);
  if (args.json) process.stdout.write(`${JSON.stringify({ format, files: written })}\n`);
  else process.stdout.write(`Wrote ${plural(written.length, 'file')} to ${args.out}\n`);
  return 0;
}

async function searchCommand(args: CliArgs): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('search needs a query, like: annals search flood tag:kellbridge');
  const core = await openLibraryCore(args, true);
  const { results } = unwrap<{
    results: { id: string; title: string; siteName: string | null; score: number; snippet: string }[];
  }>(await core.dispatch('search.query', { query: args.inputs.join(' '), limit: args.limit ?? 20 }));
  const rows = results.map(({ id, title, siteName, score, snippet }) => ({
    id,
    title,
    site: siteName,
    score: Math.round(score * 1000) / 1000,
    snippet,
  }));
  if (args.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else if (rows.length === 0) process.stdout.write('Nothing found.\n');
  else
    process.stdout.write(
      `${rows.map((row) => `${row.id}  ${row.title}${row.site ? ` — ${row.site}` : ''}\n    ${row.snippet}`).join('\n')}\n`,
    );
  return 0;
}

type FeedRow = {
  id: string;
  url: string;
  title: string;
  unread?: number;
  lastError: string | null;
  folderPath: string[];
};

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

async function feedCommand(args: CliArgs): Promise<number> {
  const [action, ...rest] = args.inputs;
  const print = (value: unknown, human: string) =>
    process.stdout.write(args.json ? `${JSON.stringify(value)}\n` : `${human}\n`);
  switch (action) {
    case 'list': {
      const core = await openLibraryCore(args, true);
      const { feeds } = unwrap<{ feeds: FeedRow[] }>(await core.dispatch('feeds.list', {}));
      if (args.json) print(feeds, '');
      else if (feeds.length === 0) print([], 'No feeds yet. Follow one with: annals feed add <url>');
      else
        print(
          feeds,
          feeds
            .map(
              (feed) =>
                `${feed.id}  ${feed.title} (${feed.unread ?? 0} unread)${feed.lastError ? ` — last refresh failed: ${feed.lastError}` : ''}\n    ${feed.url}`,
            )
            .join('\n'),
        );
      return 0;
    }
    case 'add': {
      if (rest.length !== 1) throw new UsageError('feed add needs exactly one address');
      return withWriter(args, async (core) => {
        const result = unwrap<{
          feed: FeedRow | null;
          newItems: number;
          choices: { url: string; title: string }[];
          localNetwork: { url: string; address: string } | null;
        }>(await core.dispatch('feeds.add', { url: rest[0], allowPrivateNetwork: args.allowPrivateNetwork }));
        if (result.localNetwork) {
          throw new CommandError(
            `${result.localNetwork.url} is on this computer or the local network (${result.localNetwork.address}); to follow it, add --allow-private-network`,
          );
        }
        if (!result.feed) {
          print(
            result,
            `That page offers several feeds; add one of them:\n${result.choices.map((c) => `  ${c.url}  ${c.title}`).join('\n')}`,
          );
          return 1;
        }
        print(
          { ...result.feed, newItems: result.newItems },
          `Following ${result.feed.id}  ${result.feed.title}: ${result.newItems} new articles`,
        );
        return 0;
      });
    }
    case 'refresh':
      return withWriter(args, async (core) => {
        const { results } = unwrap<{
          results: { feedId: string; title: string; ok: boolean; newItems: number; error?: string }[];
        }>(await core.dispatch('feeds.refresh', refreshTarget(rest[0], args.folder)));
        print(
          results,
          results
            .map((r) => `${r.feedId}  ${r.title}: ${r.ok ? `${r.newItems} new` : `failed — ${r.error}`}`)
            .join('\n') || 'No feeds to refresh.',
        );
        return results.every((result) => result.ok) ? 0 : 1;
      });
    case 'remove':
      if (rest.length !== 1) throw new UsageError('feed remove needs a feed id');
      return withWriter(args, async (core) => {
        const { feed } = unwrap<{ feed: FeedRow }>(await core.dispatch('feeds.remove', { id: rest[0] }));
        print(feed, `No longer following ${feed.title} (its articles stay in the library)`);
        return 0;
      });
    case 'import': {
      if (rest.length !== 1) throw new UsageError('feed import needs an OPML file');
      const xml = await readInputFile(rest[0]!);
      return withWriter(args, async (core) => {
        const result = unwrap<{ added: number; skipped: number }>(await core.dispatch('feeds.importOpml', { xml }));
        print(
          result,
          `Following ${result.added} new feeds${result.skipped ? ` (${result.skipped} already followed)` : ''}. Fetch them with: annals feed refresh`,
        );
        return 0;
      });
    }
    case 'export': {
      if ((args.format ?? 'opml') !== 'opml') throw new UsageError('feed export supports --format opml');
      if (!args.out) throw new UsageError('feed export needs --out PATH');
      const core = await openLibraryCore(args, true);
      const { opml } = unwrap<{ opml: string }>(await core.dispatch('feeds.exportOpml', {}));
      const { writeFile } = await import('node:fs/promises');
      await writeFile(args.out, opml);
      print({ out: args.out }, `Wrote ${args.out}`);
      return 0;
    }
    default:
      throw new UsageError('feed needs one of: add, list, refresh, remove, import, export');
  }
}

async function backupCommand(args: CliArgs): Promise<number> {
  if (args.inputs.length > 0) throw new UsageError('backup takes no file name; use --out FILE.zip');
  return withWriter(args, async (core) => {
    const result = unwrap<{ path: string; articles: number; files: number; bytes: number }>(
      await core.dispatch('library.backup', args.out ? { path: args.out } : {}),
    );
    const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(
      args.json
        ? `${JSON.stringify(result)}\n`
        : `Backed up ${plural(result.articles, 'article')} (${plural(result.files, 'file')}, ${size}) to ${result.path}\n`,
    );
    return 0;
  });
}

async function restoreCommand(args: CliArgs): Promise<number> {
  if (args.inputs.length !== 1) throw new UsageError('restore needs exactly one backup file');
  const { resolve } = await import('node:path');
  return withWriter(args, async (core) => {
    const result = unwrap<{
      intoEmpty: boolean;
      restored: number;
      merged: number;
      feedsAdded: number;
      skipped: { path: string; reason: string }[];
    }>(await core.dispatch('library.restore', { path: resolve(args.inputs[0]!) }));
    if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const lines = [
        `Restored ${plural(result.restored, 'article')}${result.intoEmpty ? '' : `, merged ${result.merged} the library already had`}${result.feedsAdded ? `, followed ${plural(result.feedsAdded, 'feed')}` : ''}.`,
        ...result.skipped.map((item) => `  skipped ${item.path}: ${item.reason}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  });
}

async function withWriter(args: CliArgs, run: (core: Core) => Promise<number>): Promise<number> {
  const core = await openLibraryCore(args, false);
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

async function serve(args: CliArgs): Promise<number> {
  const [{ startServer }, { keptTokens }, { ensureRendererBuilt }] = await Promise.all([
    import('../server/index.ts'),
    import('../server/tokens.ts'),
    import('./renderer-build.ts'),
  ]);
  await ensureRendererBuilt(appRoot);
  const core = await openLibraryCore(args, false, 'browser');
  const dir = await libraryDir(args);
  // Kept in the library: the address (a bookmark of it) works after a restart.
  const options = { core, staticDir: `${appRoot}dist/renderer`, ...(await keptTokens(dir)) };
  const server = await startServer({ ...options, port: args.port ?? 47813 }).catch((error: NodeJS.ErrnoException) => {
    // The usual port is taken (another Annals?): any free port will do unless one was asked for.
    if (error.code === 'EADDRINUSE' && args.port === undefined) return startServer({ ...options, port: 0 });
    throw error;
  });
  process.stdout.write(`${server.url}\n`);
  // Feeds on their schedules, the search index readied: what the app does while it runs.
  const stopBackgroundWork = core.startBackgroundWork();
  const { stopOnExitRequest } = await import('../launch/exit-request.ts');
  stopOnExitRequest(async () => {
    stopBackgroundWork();
    await server.close();
    await core.close();
  });
  if (args.open) await (await import('../launch/browser-window.ts')).openWindowOrSayWhere(server.url);
  return new Promise<number>(() => {});
}

async function readInputFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`annals: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
