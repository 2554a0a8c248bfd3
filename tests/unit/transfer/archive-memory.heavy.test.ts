// Bombs within the limits (issue 13, finding 8): a 3.9 MB backup became 3.8 GB in the library, a 1 MB
// Omnivore zip took 1.59 GB of memory. Each hostile archive is made here and read by a process of
// its own (read-archive-process.ts) whose peak memory is measured: a bound on memory is behaviour.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedEntry } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { tempDir } from '../helpers/library.ts';
import { alterFirstLocalSize, block, deflatedFile, writeArchive } from './hostile-archives.ts';
import { oneArticleBackup } from './support.ts';

const MEMORY_BOUND_MB = 300;
const script = fileURLToPath(new URL('./read-archive-process.ts', import.meta.url));

let work: Awaited<ReturnType<typeof tempDir>>;
/** The files of a genuine one-article backup, which every hostile backup carries too. */
let genuine: [string, Uint8Array][];
let articleId: string;
let runs = 0;

beforeAll(async () => {
  work = await tempDir();
  const backup = await oneArticleBackup(work.dir);
  genuine = Object.entries(backup.files);
  articleId = backup.articleId;
});
afterAll(() => work.cleanup());

/**
 * Reads the archive in a fresh process; answers what it said and its peak memory. With `heapMB`, the
 * process may hold no more than that on its heap: past it, it dies, and the test with it.
 */
async function readInProcess(mode: 'restore' | 'upload' | 'import', archive: string, heapMB?: number) {
  const library = join(work.dir, `library-${++runs}`);
  const heap = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
  const args = [...heap, '--import', 'tsx', script, mode, archive, library];
  const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 240_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    ok: boolean;
    message: string;
    articles: number;
    rssMB: number;
  };
}

describe('a backup that would inflate past memory or disk', () => {
  it('restores a file larger than the memory bound by streaming it to disk', async () => {
    // 320 MB that deflate shrinks 43 times: within every cap, but more than memory may hold at once.
    const big = await deflatedFile(`articles/${articleId}/assets/${'b'.repeat(64)}.png`, block(128), 320);
    const archive = join(work.dir, 'large-file.zip');
    await writeArchive(archive, [...genuine, big], { manifest: 'all' });
    const result = await readInProcess('restore', archive);
    expect(result).toMatchObject({ ok: true, articles: 1 });
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);

  it('refuses 3.9 MB of files that would grow a thousand times, naming the first and the cap', async () => {
    const zeros = await deflatedFile('', block(0), 150);
    const bombs: PreparedEntry[] = Array.from({ length: 25 }, (_, n) => ({
      ...zeros,
      path: `articles/${articleId}/assets/${String(n).padStart(64, '0')}.png`,
    }));
    const archive = join(work.dir, 'bombs.zip');
    await writeArchive(archive, [...genuine, ...bombs], { manifest: 'all' });
    for (const mode of ['restore', 'upload'] as const) {
      const result = await readInProcess(mode, archive);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(
        new RegExp(
          `inflates to more than Annals accepts: ${bombs[0]!.path}.* would grow \\d+ times .*at most 100 times`,
        ),
      );
      expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
    }
  }, 240_000);

  it('stops a file that inflates past the size its table of contents and manifest declare', async () => {
    const lying = { ...(await deflatedFile(`articles/${articleId}/assets/${'c'.repeat(64)}.png`, block(128), 64)) };
    lying.bytes = 1024;
    const archive = join(work.dir, 'lying-size.zip');
    await writeArchive(archive, [...genuine, lying], { manifest: 'all' });
    const result = await readInProcess('restore', archive);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `the archive is damaged: ${lying.path} inflates to more than its table of contents says`,
    );
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);

  it('refuses a file whose own header declares another size than the table of contents', async () => {
    const archive = join(work.dir, 'two-sizes.zip');
    const [first, ...rest] = genuine;
    await writeArchive(archive, [first!, ...rest], { manifest: 'all' });
    await alterFirstLocalSize(archive, 300 * 1024 * 1024);
    const result = await readInProcess('restore', archive);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `the archive is damaged: ${first![0]} has other sizes in its own header than in the table of contents`,
    );
  }, 240_000);

  it('reads an archive of 100,000 files it was not asked to restore without holding them', async () => {
    const junk: [string, Uint8Array][] = Array.from({ length: 100_000 }, (_, n) => [
      `articles/${articleId}/junk/${n}.txt`,
      new Uint8Array(0),
    ]);
    const archive = join(work.dir, 'many.zip');
    await writeArchive(archive, [...genuine, ...junk], { manifest: [] });
    const result = await readInProcess('restore', archive);
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
    // Its manifest lists nothing: nothing is restored, and the reader is told why, not every file.
    expect(result).toMatchObject({ ok: true, articles: 0, message: '501 skipped' });
  }, 240_000);
});

describe('a backup listing a great many files', () => {
  it('checks 150,000 files against their manifest without holding the manifest whole', async () => {
    // Files a backup lists but a library has no place for: each is checked against the manifest, and
    // skipped. Its 18 MB manifest parsed whole took more heap than the process is given here.
    const elsewhere: [string, Uint8Array][] = Array.from({ length: 150_000 }, (_, n) => [
      `elsewhere/${'listed-but-not-a-library-file'.repeat(2)}-${n}.txt`,
      new Uint8Array(0),
    ]);
    const archive = join(work.dir, 'listed.zip');
    await writeArchive(archive, [...genuine, ...elsewhere], { manifest: 'all' });
    const result = await readInProcess('restore', archive, 80);
    expect(result).toMatchObject({ ok: true, articles: 1, message: '501 skipped' });
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);
});

describe('an export zip that would inflate past memory', () => {
  const metadata = (count: number) =>
    new TextEncoder().encode(
      JSON.stringify(
        Array.from({ length: count }, (_, n) => ({
          slug: `story-${n}`,
          title: `Story ${n}`,
          url: `https://news.example/${n}`,
          state: 'Active',
          labels: [],
          savedAt: '2024-01-01T00:00:00.000Z',
        })),
      ),
    );

  it('refuses a 1 MB Omnivore export of stored pages that would grow a thousand times', async () => {
    const zeros = await deflatedFile('', block(0), 30);
    const pages = Array.from({ length: 30 }, (_, n) => ({ ...zeros, path: `content/story-${n}.html` }));
    const archive = join(work.dir, 'omnivore-bomb.zip');
    await writeArchive(archive, [['metadata_0_to_29.json', metadata(30)], ...pages]);
    const result = await readInProcess('import', archive);
    expect(result.ok, result.message).toBe(false);
    expect(result.message).toMatch(/content\/story-0\.html would grow \d+ times .*at most 100 times/);
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);

  it('reads an Omnivore export of 480 MB of stored pages one page at a time', async () => {
    const page = await deflatedFile('', block(128), 16);
    const pages = Array.from({ length: 30 }, (_, n) => ({ ...page, path: `content/story-${n}.html` }));
    const archive = join(work.dir, 'omnivore-large.zip');
    await writeArchive(archive, [['metadata_0_to_29.json', metadata(30)], ...pages]);
    const result = await readInProcess('import', archive);
    expect(result).toMatchObject({ ok: true, message: '30 items, 30 with text' });
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);

  it('refuses a Pocket export whose lists would pass what one import reads, naming the file', async () => {
    const csv = new TextEncoder().encode('title,url,time_added,tags,status\nA,https://a.example/,1600000000,,unread\n');
    // Highlights files of 8 MB each, damaged (no JSON in them): each is read and dropped, until the lists pass the budget with the eighth.
    const part = await deflatedFile('', block(128), 8);
    const parts = Array.from({ length: 9 }, (_, n) => ({ ...part, path: `part_00000${n}.json` }));
    const archive = join(work.dir, 'pocket-lists.zip');
    await writeArchive(archive, [['part_000000.csv', csv], ...parts]);
    const result = await readInProcess('import', archive);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'the archive inflates to more than Annals accepts: with part_000007.json its lists and highlights would pass 64 MB, the most one import reads',
    );
    expect(result.rssMB).toBeLessThan(MEMORY_BOUND_MB);
  }, 240_000);
});
