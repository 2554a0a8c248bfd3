// A backup and a restore of a large library do a bounded amount of work per file and hold a bounded
// amount at once: the backup's frozen copy makes each folder once, not once per file; the restore
// hands its staged articles over to placing one at a time, read from their folders, not as a list.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stageBackup } from '../../../electron/core/transfer/backup/read-backup.ts';
import { BACKUP_ZIP_LIMITS } from '../../../electron/core/transfer/backup/restore.ts';
import { SafeZip } from '../../../electron/core/transfer/safe-zip.ts';
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
let archive: string;

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
      const backup = await call<{ path: string; articles: number; files: number }>(source, 'library.backup', {
        path: join(work.dir, 'backup.zip'),
      });
      archive = backup.path;
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

/** Objects (not strings) reachable from `value` through its properties and elements. */
function objectsReachable(value: unknown, seen = new Set<object>()): number {
  if (typeof value !== 'object' || value === null || seen.has(value)) return seen.size;
  seen.add(value);
  for (const inner of Object.values(value)) objectsReachable(inner, seen);
  return seen.size;
}

describe('restoring a backup of many articles', () => {
  it('hands its articles over to placing one at a time, each read from its staging folder in its turn', async () => {
    const zip = await SafeZip.openFile(archive, BACKUP_ZIP_LIMITS);
    const dir = join(work.dir, 'staging');
    try {
      const staged = await stageBackup(zip, dir);
      // What is handed over holds no object per article (a list of them was ~70 MB at 100,000 articles).
      expect(objectsReachable(staged)).toBeLessThan(ARTICLES / 2);

      const placed: string[] = [];
      for await (const article of staged.articles) {
        if (!article) continue;
        placed.push(article.id);
        if (placed.length > 1) continue;
        // Once the first is handed over, the others' folders go: none was read ahead into memory.
        const folders = await readdir(join(dir, 'articles'));
        for (const id of folders.filter((name) => name !== article.id))
          await rm(join(dir, 'articles', id), { recursive: true });
      }
      expect(placed).toHaveLength(1);
      expect(staged.skipped.list()).toHaveLength(ARTICLES - 1);
    } finally {
      await zip.close();
    }
  }, 60_000);
});
