import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { prepareEntry } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { looksLikeZip, SafeZip, safeRelativePath, type ZipLimits } from '../../../electron/core/transfer/safe-zip.ts';
import { tempDir } from '../helpers/library.ts';
import { writeArchive } from './hostile-archives.ts';

const small: ZipLimits = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 100 };

/** Every accepted file's text and every refusal, as a reader of the archive gets them. */
async function readAll(archive: Uint8Array, limits?: ZipLimits) {
  const zip = await SafeZip.fromBytes(archive, limits);
  const files: Record<string, string> = {};
  const skipped: { path: string; reason: string }[] = [];
  for await (const item of zip.files()) {
    if ('reason' in item) skipped.push(item);
    else files[item.path] = new TextDecoder().decode(await zip.bytes(item));
  }
  return { files, skipped };
}

describe('SafeZip', () => {
  it('reads stored and deflated files with their paths', async () => {
    const archive = zipSync({
      'part_000000.csv': [strToU8('title,url\nA,https://a.example/\n'), { level: 0 }],
      'content/story.html': strToU8('<p>Hello</p>'.repeat(100)),
      'empty.txt': new Uint8Array(0),
    });
    expect(looksLikeZip(archive)).toBe(true);
    const { files, skipped } = await readAll(archive);
    expect(skipped).toEqual([]);
    expect(Object.keys(files).sort()).toEqual(['content/story.html', 'empty.txt', 'part_000000.csv']);
    expect(files['content/story.html']).toBe('<p>Hello</p>'.repeat(100));
    expect(files['empty.txt']).toBe('');
  });

  it('skips entries that would land outside the library: .., absolute paths, drive letters, symlinks', async () => {
    const archive = zipSync({
      '../../evil.txt': strToU8('x'),
      '/etc/passwd': strToU8('x'),
      'C:/Windows/evil.txt': strToU8('x'),
      link: [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
      'ok/./fine.txt': strToU8('fine'),
    });
    const { files, skipped } = await readAll(archive);
    expect(Object.keys(files)).toEqual(['ok/fine.txt']);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('leaves the archive'),
      expect.stringContaining('leaves the archive'),
      expect.stringContaining('leaves the archive'),
      'it is a symbolic link',
    ]);
  });

  it('refuses a zip bomb by its declared size, before inflating it', async () => {
    const archive = zipSync({ 'bomb.csv': new Uint8Array(20 * 1024 * 1024) });
    expect(archive.length).toBeLessThan(100_000);
    await expect(readAll(archive, small)).rejects.toThrow(
      'the archive inflates to more than Annals accepts: bomb.csv would be 20 MB, and one file may be at most 1 MB',
    );
  });

  it('refuses a file that grows more times than the ratio allows, naming it and the cap', async () => {
    const roomy = { ...small, maxEntryBytes: 100 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 };
    const archive = zipSync({ 'notes.txt': strToU8('fine'), 'content/bomb.html': new Uint8Array(8 * 1024 * 1024) });
    await expect(readAll(archive, roomy)).rejects.toThrow(
      /content\/bomb\.html would grow \d+ times \(\d+ KB to 8 MB\), and a file may grow at most 100 times/,
    );
  });

  it('caps the total of many small files, and the number of entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) files[`f${i}.bin`] = new Uint8Array(randomBytes(600 * 1024));
    await expect(readAll(zipSync(files), small)).rejects.toThrow(
      'the archive inflates to more than Annals accepts: with f3.bin it would pass 2 MB in all, the most it may hold',
    );
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 11; i++) many[`f${i}`] = strToU8('x');
    await expect(readAll(zipSync(many), small)).rejects.toThrow('the archive holds 11 files; at most 10 are accepted');
  });

  it('names the problem when the bytes are not a zip or the archive is cut short', async () => {
    await expect(readAll(strToU8('title,url\n'))).rejects.toThrow(/not a zip archive/);
    const archive = zipSync({ 'a.txt': strToU8('hello '.repeat(1000)) });
    await expect(readAll(archive.slice(0, 40))).rejects.toThrow(/not a zip archive|damaged/);
  });
});

describe('SafeZip reading a file that lies about its size', () => {
  it('stops inflating a large file the moment it outgrows its declared size', async () => {
    const work = await tempDir();
    try {
      // 6 MB that deflate cannot shrink: read as a stream, a block at a time, and declared as 5 MB.
      const bytes = new Uint8Array(randomBytes(6 * 1024 * 1024));
      const entry = { ...(await prepareEntry('big.bin.gz', bytes)), bytes: 5 * 1024 * 1024 };
      const lying = { ...entry, method: 8, data: deflateRawSync(bytes, { level: 1 }) };
      const path = join(work.dir, 'lying.zip');
      await writeArchive(path, [lying]);
      const zip = await SafeZip.openFile(path);
      try {
        const files = [];
        for await (const item of zip.files()) if (!('reason' in item)) files.push(item);
        await expect(zip.bytes(files[0]!)).rejects.toThrow(
          'the archive is damaged: big.bin.gz inflates to more than its table of contents says',
        );
      } finally {
        await zip.close();
      }
    } finally {
      await work.cleanup();
    }
  });
});

describe('safeRelativePath', () => {
  it('normalises backslashes and refuses escapes', () => {
    expect(safeRelativePath('a\\b\\c.txt')).toBe('a/b/c.txt');
    expect(safeRelativePath('a/../../b')).toBeNull();
    expect(safeRelativePath('\\\\server\\share')).toBeNull();
  });
});
