import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Annotation, ArticleSummary, StorySummary } from '../../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../../electron/core/index.ts';
import { parseConflictName } from '../../../../electron/core/sync/conflict-names.ts';
import { annalsIn } from '../../helpers/cli.ts';

const assetsDir = fileURLToPath(new URL('../../../../assets/', import.meta.url));
export const fixturePage = (name: string) => fileURLToPath(new URL(`../../../fixtures/pages/${name}`, import.meta.url));

export type Api = Core & { call<T>(method: string, input: unknown): Promise<T> };

/**
 * Call at the top of a test file: answers an opener of cores as a device (each closed after its
 * test), and the CLI run in this process as a device.
 */
export function devices() {
  const opened: Core[] = [];
  afterEach(async () => {
    for (const core of opened.splice(0)) await core.close().catch(() => {});
  });
  const open = async (dir: string, device: string, name = device): Promise<Api> => {
    const core = await openCore({
      libraryDir: dir,
      device: { id: device, name },
      shell: 'test',
      version: '0.0.0',
      assetsDir,
      validateOutput: true,
    });
    opened.push(core);
    return Object.assign(core, {
      async call<T>(method: string, input: unknown): Promise<T> {
        const envelope = await core.dispatch(method, input);
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
        return envelope.value as T;
      },
    });
  };
  const close = async (core: Core) => {
    opened.splice(opened.indexOf(core), 1);
    await core.close();
  };
  /** `annals …` on `dir` as `device`; throws with its output when it fails. */
  const annals = async (dir: string, device: string, ...args: string[]): Promise<string> => {
    const result = await annalsIn(args, { ANNALS_LIBRARY: dir, ANNALS_DEVICE_ID: device, ANNALS_DEVICE_NAME: device });
    if (result.code !== 0)
      throw new Error(`annals ${args.join(' ')}: ${result.code}\n${result.stdout}${result.stderr}`);
    return result.stdout;
  };
  return { open, close, annals };
}

/** What each device keeps to itself, as Annals' own .stignore says (read from the library). */
export async function stignoreOf(dir: string): Promise<string> {
  return readFile(join(dir, '.stignore'), 'utf8');
}

export async function copyStignore(from: string, to: string): Promise<void> {
  await writeFile(join(to, '.stignore'), await stignoreOf(from));
}

/** What a reader sees of the library through the command line: articles and annotations, by id. */
export async function seenThroughCli(run: (...args: string[]) => Promise<string>) {
  const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : 1);
  const articles = (JSON.parse(await run('list', '--json')) as ArticleSummary[]).sort(byId);
  const annotations = (JSON.parse(await run('annotations', '--json')) as Annotation[]).sort(byId);
  return { articles, annotations };
}

/** Conflict copies in a library (not this device's own data), by the shapes no ordinary name has. */
export async function conflictCopies(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter(
    (name) => !name.startsWith('.annals') && parseConflictName(name.split('/').at(-1)!, () => false) !== null,
  );
}

/** Feeds (in the reader's order, with their folders) and stories, as a running core shows them. */
export async function feedsAndStories(core: Api) {
  await core.timeline.idle();
  const { feeds, folders } = await core.call<{
    feeds: { id: string; title: string; url: string; folderPath: string[] }[];
    folders: string[][];
  }>('feeds.list', {});
  const { stories } = await core.call<{ stories: StorySummary[] }>('stories.list', { minArticles: 1 });
  return {
    feeds: feeds.map(({ id, title, url, folderPath }) => ({ id, title, url, folderPath })),
    folders,
    stories: stories
      .map(({ id, title, articleIds }) => ({ id, title, articleIds }))
      .sort((x, y) => (x.id < y.id ? -1 : 1)),
  };
}
