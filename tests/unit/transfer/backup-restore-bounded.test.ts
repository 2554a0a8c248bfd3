// A backup and a restore of a large library do a bounded amount of work per file and hold a bounded
// amount at once: the backup's frozen copy makes each folder once, not once per file.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { tempDir } from '../helpers/library.ts';
import { call, openTestCore } from './support.ts';

/** Folders the core asked to make, by path. */
const foldersMade = vi.hoisted(() => [] as string[]);
vi.mock('../../../electron/core/storage/private-files.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/core/storage/private-files.ts')>();
  return {
    ...original,
    makePrivateFolder: async (path: string) => {
      foldersMade.push(path);
      await original.makePrivateFolder(path);
    },
  };
});

const ARTICLES = 60;

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
  await generateLibrary(join(work.dir, 'source'), ARTICLES, 7, { events: true });
}, 60_000);

afterAll(async () => {
  await work.cleanup();
});

describe('backing up a large library', () => {
  it('freezes its files making each article’s folder once, not once per file', async () => {
    const source = await openTestCore(join(work.dir, 'source'));
    foldersMade.length = 0;
    try {
      const backup = await call<{ articles: number; files: number }>(source, 'library.backup', {
        path: join(work.dir, 'backup.zip'),
      });
      expect(backup.articles).toBe(ARTICLES);
      // Each generated article has four files (record, page, text, events) in one folder.
      expect(backup.files).toBeGreaterThan(ARTICLES * 4);
    } finally {
      await source.close();
    }
    const frozenArticleFolders = foldersMade.filter((path) => /[/\\]\.backup-[a-f0-9]+[/\\]articles[/\\]/.test(path));
    expect(frozenArticleFolders.length).toBe(ARTICLES);
  }, 60_000);
});
