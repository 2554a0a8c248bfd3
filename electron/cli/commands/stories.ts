import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedPage } from '../../contract/index.ts';
import { dayOption } from '../args.ts';
import { type CommandContext, defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';
import { plural } from '../format.ts';
import { readPage, savedAt } from '../read-page.ts';

/** `annals stories`: the library's stories; `annals stories <dir|file.html>...`: pages grouped into stories. */
export default defineCommand({
  options: { saved: 'string' },
  run: (context) => (context.inputs.length === 0 ? libraryStories(context) : pageStories(context)),
});

function libraryStories(context: CommandContext): Promise<number> {
  return context.withLibrary('read', async ({ call }) => {
    const { stories } = await call('stories.list', { minArticles: 1 });
    if (context.json) context.write(`${JSON.stringify(stories)}\n`);
    else if (stories.length === 0) context.write('No stories yet: save a few articles about the same news.\n');
    else {
      const lines = stories.map(
        (s) => `${s.id}  ${s.title} (${plural(s.articleIds.length, 'article')}, ${plural(s.eventCount, 'event')})`,
      );
      context.write(`${lines.join('\n')}\n`);
    }
    return 0;
  });
}

async function pageStories(context: CommandContext<{ saved: 'string' }>): Promise<number> {
  const saved = savedAt(dayOption(context.options.saved, 'saved'));
  const files = await htmlFiles(context, context.inputs);
  if (files.length === 0) throw new UsageError('no .html files there');
  const pages = await context.pages();
  const read: { id: string; file: string; page: ExtractedPage }[] = [];
  let failures = 0;
  for (const [index, file] of files.entries()) {
    try {
      read.push({ id: `p${index + 1}`, file, page: await readPage(context, pages, file) });
    } catch (error) {
      failures++;
      context.warn(`${file}: ${(error as Error).message}`);
    }
  }
  const fileOf = new Map(read.map(({ id, file }) => [id, file]));
  const { stories } =
    read.length === 0
      ? { stories: [] }
      : await pages('page.stories', {
          pages: read.map(({ id, page }) => ({
            id,
            title: page.title,
            text: page.text,
            publishedAt: page.publishedAt,
            savedAt: saved,
          })),
        });
  const printed = stories.map((story) => ({
    storyId: story.storyId,
    title: story.title,
    articles: story.pageIds.map((id) => fileOf.get(id)!),
    events: story.events.map(({ sources, ...event }) => ({ ...event, sources: sources.map((id) => fileOf.get(id)!) })),
  }));
  if (context.json) context.write(`${JSON.stringify(printed)}\n`);
  else {
    for (const story of printed) {
      context.write(
        `${story.storyId}  ${story.title} (${plural(story.articles.length, 'article')}, ${plural(story.events.length, 'event')})\n${story.articles.map((a) => `    ${a}`).join('\n')}\n`,
      );
    }
  }
  return failures === 0 ? 0 : 1;
}

/** Every .html file named, or inside the folders named (and their subfolders), in a stable order. */
async function htmlFiles(context: CommandContext, inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(context.path(input)).catch(() => null);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await readdir(context.path(input), { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
      .map((entry) => join(input, entry.parentPath.slice(context.path(input).length), entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}
