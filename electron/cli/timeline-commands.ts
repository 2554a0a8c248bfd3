// `annals events`, `annals stories` and `annals timeline`.
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Envelope, StorySummary, Timeline, TimelineScope } from '../contract/index.ts';
import type { Core } from '../core/index.ts';
import { type CliArgs, UsageError } from './args.ts';

/** What these commands borrow from the CLI's entry point. */
export interface CliTools {
  openLibraryCore(args: CliArgs, readOnly: boolean): Promise<Core>;
  unwrap<T>(envelope: Envelope<unknown>): T;
  readInputFile(path: string): Promise<string>;
  isUrl(input: string): boolean;
}

interface Page {
  source: string;
  title: string;
  text: string;
  publishedAt: string | null;
}

async function readPage(input: string, tools: CliTools): Promise<Page> {
  const { extractFromHtml, extractFromUrl } = await import('../core/extract/index.ts');
  const page = tools.isUrl(input)
    ? await extractFromUrl(input)
    : await extractFromHtml(await tools.readInputFile(input), { url: null, fileName: input });
  return { source: input, title: page.title, text: page.text, publishedAt: page.publishedAt };
}

/** The day a page speaks from when it carries no date of its own: --saved, else today. */
function savedAt(args: CliArgs): string {
  return `${args.saved ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`;
}

export async function eventsCommand(args: CliArgs, tools: CliTools): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('events needs a URL or an .html file');
  const { extractEvents } = await import('../core/timeline/events.ts');
  let failures = 0;
  for (const input of args.inputs) {
    try {
      const page = await readPage(input, tools);
      const publishedAt = args.published ?? page.publishedAt;
      const events = extractEvents(page.text, { publishedAt, savedAt: savedAt(args) }).map(
        ({ date, endDate, precision, text, start, end, entities }) => ({
          date,
          ...(endDate ? { endDate } : {}),
          precision,
          text,
          start,
          end,
          entities,
        }),
      );
      if (args.json) process.stdout.write(`${JSON.stringify({ source: input, publishedAt, events })}\n`);
      else {
        const lines = events.map((e) => `  ${e.endDate ? `${e.date}…${e.endDate}` : e.date.padEnd(10)}  ${e.text}`);
        process.stdout.write(
          `${input}${publishedAt ? ` (published ${publishedAt})` : ''}: ${events.length} events\n${lines.join('\n')}\n`,
        );
      }
    } catch (error) {
      failures++;
      process.stderr.write(`annals: ${input}: ${(error as Error).message}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

/** Every .html file named, or inside the folders named (and their subfolders), in a stable order. */
async function htmlFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}

export async function storiesCommand(args: CliArgs, tools: CliTools): Promise<number> {
  if (args.inputs.length === 0) return libraryStories(args, tools);
  const [{ extractEvents }, { storyEntities }, { clusterStories }, { mergeEvents }] = await Promise.all([
    import('../core/timeline/events.ts'),
    import('../core/timeline/story-entities.ts'),
    import('../core/timeline/stories.ts'),
    import('../core/timeline/merge-events.ts'),
  ]);
  const files = await htmlFiles(args.inputs);
  if (files.length === 0) throw new UsageError('no .html files there');
  const pages: (Page & { id: string })[] = [];
  let failures = 0;
  for (const [index, file] of files.entries()) {
    try {
      pages.push({ ...(await readPage(file, tools)), id: `p${index + 1}` });
    } catch (error) {
      failures++;
      process.stderr.write(`annals: ${file}: ${(error as Error).message}\n`);
    }
  }
  const byId = new Map(pages.map((page) => [page.id, page]));
  const events = new Map(
    pages.map((page) => [page.id, extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: savedAt(args) })]),
  );
  const stories = clusterStories(
    pages.map((page) => ({
      id: page.id,
      title: page.title,
      text: page.text,
      entities: storyEntities(page.text),
      publishedAt: page.publishedAt,
    })),
  ).map((story) => ({
    storyId: story.storyId,
    title: story.title,
    articles: story.articleIds.map((id) => byId.get(id)!.source),
    events: mergeEvents(story.articleIds.map((id) => ({ articleId: id, events: events.get(id) ?? [] }))).map(
      (event) => ({
        date: event.date,
        ...(event.endDate ? { endDate: event.endDate } : {}),
        precision: event.precision,
        text: event.text,
        sources: [...new Set(event.sources.map((source) => byId.get(source.articleId)!.source))],
      }),
    ),
  }));
  if (args.json) process.stdout.write(`${JSON.stringify(stories)}\n`);
  else {
    for (const story of stories) {
      process.stdout.write(
        `${story.storyId}  ${story.title} (${story.articles.length} ${story.articles.length === 1 ? 'article' : 'articles'}, ${story.events.length} events)\n${story.articles.map((a) => `    ${a}`).join('\n')}\n`,
      );
    }
  }
  return failures === 0 ? 0 : 1;
}

async function libraryStories(args: CliArgs, tools: CliTools): Promise<number> {
  const core = await tools.openLibraryCore(args, true);
  try {
    const { stories } = tools.unwrap<{ stories: (StorySummary & { eventCount: number })[] }>(
      await core.dispatch('stories.list', { minArticles: 1 }),
    );
    if (args.json) process.stdout.write(`${JSON.stringify(stories)}\n`);
    else if (stories.length === 0) process.stdout.write('No stories yet: save a few articles about the same news.\n');
    else
      process.stdout.write(
        `${stories.map((s) => `${s.id}  ${s.title} (${s.articleIds.length} articles, ${s.eventCount} events)`).join('\n')}\n`,
      );
    return 0;
  } finally {
    await core.close();
  }
}

export async function timelineCommand(args: CliArgs, tools: CliTools): Promise<number> {
  if (args.inputs.length > 0) throw new UsageError('timeline takes no inputs; choose with --story, --tag or --entity');
  const chosen = [args.story, args.tag, args.entity].filter((value) => value !== undefined);
  if (chosen.length > 1) throw new UsageError('timeline takes one of --story, --tag and --entity');
  const format = args.format ?? 'md';
  if (!['md', 'csv', 'timelinejs'].includes(format)) {
    throw new UsageError(`--format must be md, csv or timelinejs, not “${format}”`);
  }
  const scope: TimelineScope = args.story
    ? { kind: 'story', storyId: args.story }
    : args.tag
      ? { kind: 'tag', tag: args.tag }
      : args.entity
        ? { kind: 'entity', name: args.entity }
        : { kind: 'all' };
  const core = await tools.openLibraryCore(args, true);
  try {
    if (args.json && !args.out) {
      const timeline = tools.unwrap<Timeline>(await core.dispatch('timeline.get', { scope }));
      process.stdout.write(`${JSON.stringify(timeline)}\n`);
      return 0;
    }
    const file = tools.unwrap<{ fileName: string; content: string }>(
      await core.dispatch('timeline.export', { scope, format }),
    );
    if (args.out) {
      await writeFile(args.out, file.content);
      process.stdout.write(args.json ? `${JSON.stringify({ format, out: args.out })}\n` : `Wrote ${args.out}\n`);
    } else process.stdout.write(file.content);
    return 0;
  } finally {
    await core.close();
  }
}
