// Hostile zip archives made in the tests, byte by byte where a lie needs it: files far larger than
// their compressed bytes, files whose sizes differ between the table of contents, their own header
// and what they inflate to, and archives of a great many files. Large files are deflated as a stream
// from a repeated block, so the test process never holds them inflated either.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createDeflateRaw } from 'node:zlib';
import { type PreparedEntry, prepareEntry, ZipFileWriter } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { crc32 } from '../../../electron/core/transfer/zip/crc32.ts';

const BLOCK = 1024 * 1024;

/**
 * A megabyte of article-like text in which every `every`th byte is random: deflate shrinks it about
 * 43 times at 128, well under the hundred Annals allows; zeros (every = 0) shrink a thousand times.
 */
export function block(every: number, seed = 7): Uint8Array {
  const words = Buffer.from('<p>council river harbour minister strike rail talks budget court inquiry</p>\n');
  const bytes = Buffer.alloc(BLOCK);
  if (every === 0) return bytes;
  let state = seed;
  for (let i = 0; i < BLOCK; i++) {
    bytes[i] = words[i % words.length]!;
    if (i % every === 0) {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      bytes[i] = 97 + ((state >>> 24) % 26);
    }
  }
  return bytes;
}

/** `megabytes` of `repeated` deflated as one file: its compressed bytes and the inflated file's size and sums. */
export async function deflatedFile(path: string, repeated: Uint8Array, megabytes: number): Promise<PreparedEntry> {
  const deflater = createDeflateRaw({ level: 6 });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  const hash = createHash('sha256');
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    hash.update(repeated);
    crc = crc32(repeated, crc);
    if (!deflater.write(repeated)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return {
    path,
    bytes: megabytes * BLOCK,
    sha256: hash.digest('hex'),
    crc,
    method: 8,
    data: Buffer.concat(parts),
  };
}

/** An archive of the given entries and, for a backup, a manifest listing `listed` as they claim to be. */
export async function writeArchive(
  path: string,
  entries: (PreparedEntry | [string, Uint8Array])[],
  options: { manifest?: PreparedEntry[] | 'all' } = {},
): Promise<void> {
  const writer = await ZipFileWriter.create(path, new Date('2025-05-20T10:00:00Z'));
  const written: PreparedEntry[] = [];
  for (const item of entries) {
    const entry = Array.isArray(item) ? await prepareEntry(item[0], item[1]) : item;
    await writer.add(entry);
    written.push(entry);
  }
  if (options.manifest) {
    const listed = options.manifest === 'all' ? written : options.manifest;
    const manifest = backupManifest(listed.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 })));
    await writer.add(await prepareEntry('manifest.json', manifest));
  }
  await writer.finish();
}

/** A backup's manifest.json listing `files` as they claim to be (a lie if the test wants one). */
export function backupManifest(files: { path: string; bytes: number; sha256: string }[]): Uint8Array {
  const manifest = {
    format: 'annals-backup',
    version: 1,
    appVersion: '1.2.3',
    createdAt: '2025-05-20T10:00:00.000Z',
    articleCount: 1,
    files,
  };
  return new TextEncoder().encode(JSON.stringify(manifest));
}

/** Rewrites the inflated size that the first file's own (local) header declares, leaving the table of contents alone. */
export async function alterFirstLocalSize(path: string, size: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const field = Buffer.alloc(4);
    field.writeUInt32LE(size);
    await handle.write(field, 0, 4, 22);
  } finally {
    await handle.close();
  }
}
