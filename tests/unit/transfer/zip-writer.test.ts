// The backup's zip writer gathers headers and small files in one reused block and reads files into a
// few reused buffers: every file must still come out byte for byte, whatever its size against them.
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReusedReads } from '../../../electron/core/transfer/backup/reused-reads.ts';
import { prepareEntry, prepareFileEntry, ZipFileWriter } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { SafeZip } from '../../../electron/core/transfer/safe-zip.ts';
import { tempDir } from '../helpers/library.ts';

const MB = 1024 * 1024;
const KB = 1024;
const limits = { maxEntries: 100, maxEntryBytes: 16 * MB, maxTotalBytes: 64 * MB, maxRatio: 1000 };

let work: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  work = await tempDir();
});
afterEach(async () => {
  await work.cleanup();
});

/** Text deflate shrinks (an article's) or random bytes it cannot (an image's), of `size` bytes. */
function content(size: number, compressible: boolean): Buffer {
  if (!compressible) return randomBytes(size);
  const words = Buffer.from('<p>council river harbour minister strike rail talks budget court inquiry</p>\n');
  return Buffer.alloc(size, words);
}

async function readBack(archive: string): Promise<Map<string, Buffer>> {
  const zip = await SafeZip.openFile(archive, limits);
  const files = new Map<string, Buffer>();
  try {
    for await (const item of zip.files()) {
      if ('reason' in item) throw new Error(`${item.path}: ${item.reason}`);
      files.set(item.path, Buffer.from(await zip.bytes(item, 16 * MB)));
    }
  } finally {
    await zip.close();
  }
  return files;
}

describe('the backup zip writer', () => {
  it('writes files of every size around its write block byte for byte, names in any script', async () => {
    const sizes = [0, 1, 30, 64 * KB, 256 * KB + 1, MB - 100, MB, MB + 1, 2 * MB + 3];
    const files = new Map<string, Buffer>();
    sizes.forEach((size, i) => {
      files.set(`articles/a${i}/text-${size}.txt`, content(size, true));
      files.set(`articles/a${i}/assets/image-${size}-é漢.png`, content(size, false));
    });
    const archive = join(work.dir, 'out.zip');
    const writer = await ZipFileWriter.create(archive, new Date('2025-05-20T10:00:00Z'));
    for (const [path, bytes] of files) await writer.add(await prepareEntry(path, bytes));
    await writer.finish();
    const read = await readBack(archive);
    expect([...read.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(read.get(path)!.equals(bytes), path).toBe(true);
  });

  it('reads files into reused buffers without one file showing another’s bytes', async () => {
    const reads = new ReusedReads();
    const paths = [0, 1, 2].map((i) => join(work.dir, `f${i}`));
    await writeFile(paths[0]!, 'first file, longer than the second');
    await writeFile(paths[1]!, 'second');
    await writeFile(paths[2]!, content(300 * KB, true));
    const first = (await reads.read(paths[0]!))!;
    expect(Buffer.from(first.bytes).toString()).toBe('first file, longer than the second');
    first.release();
    const second = await reads.read(paths[1]!);
    const large = await reads.read(paths[2]!);
    expect(Buffer.from(second!.bytes).toString()).toBe('second');
    expect(Buffer.from(large!.bytes).equals(content(300 * KB, true))).toBe(true);
    // Past what the caller would read whole, it streams the file itself.
    expect(await reads.read(paths[2]!, 256 * KB)).toBeNull();
  });

  it('deflates a file of many blocks from disk byte for byte, every block its own', async () => {
    // Numbered lines: a block zlib read after the next one was read over it would show the wrong numbers.
    const lines = Array.from({ length: 120_000 }, (_, i) => `<p data-line="${i}">council river harbour ${i * 7}</p>\n`);
    const bytes = Buffer.concat([Buffer.from(lines.join('')), randomBytes(300 * KB)]);
    expect(bytes.length).toBeGreaterThan(5 * MB);
    const source = join(work.dir, 'library.json');
    await writeFile(source, bytes);
    const entry = await prepareFileEntry('library.json', source, join(work.dir, 'library.deflated'));
    expect(entry.bytes).toBe(bytes.length);
    expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const archive = join(work.dir, 'out.zip');
    const writer = await ZipFileWriter.create(archive, new Date('2025-05-20T10:00:00Z'));
    await writer.addFile(entry);
    await writer.finish();
    expect((await readBack(archive)).get('library.json')!.equals(bytes)).toBe(true);
  });
});
