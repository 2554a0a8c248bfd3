import { createHash } from 'node:crypto';
import { Zip, ZipDeflate, type ZipInputFile, ZipPassThrough } from 'fflate';
import { AnnalsError } from '../../../contract/index.ts';
import { createFileAtomic, type PendingFile } from '../../storage/atomic-write.ts';

// fflate writes no zip64 records: past these the archive's table of contents would overflow.
const MAX_ENTRIES = 65_000;
const MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024 - 64 * 1024 * 1024;

const WRITE_BLOCK = 1024 * 1024;

/** Formats whose bytes are compressed already: deflating them again costs time and saves nothing. */
const storedAsIs = /\.(png|jpe?g|gif|webp|avif|zip|gz)$/i;

export interface WrittenEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * A zip archive streamed to disk one file at a time (memory stays at a chunk or two), appearing at
 * its path only once complete: an interrupted backup never leaves a half archive under the name.
 */
export class ZipFileWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: Error | null = null;
  private entries = 0;
  private written = 0;

  private constructor(
    private readonly file: PendingFile,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
      }
    });
  }

  static async create(path: string, mtime: Date): Promise<ZipFileWriter> {
    return new ZipFileWriter(await createFileAtomic(path), mtime);
  }

  /** Adds one file from its chunks; answers its size and SHA-256 as read. */
  async add(path: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<WrittenEntry> {
    if (++this.entries > MAX_ENTRIES) {
      throw new AnnalsError(
        'TOO_LARGE',
        `The library holds more than ${MAX_ENTRIES} files, more than one backup archive can hold yet.`,
      );
    }
    const entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } = storedAsIs.test(path)
      ? new ZipPassThrough(path)
      : new ZipDeflate(path, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.length;
      entry.push(chunk, false);
      await this.flush();
    }
    entry.push(new Uint8Array(0), true);
    await this.flush();
    return { path, bytes, sha256: hash.digest('hex') };
  }

  /** Writes the table of contents and puts the archive in place; answers its size in bytes. */
  async finish(): Promise<number> {
    this.zip.end();
    await this.flush(true);
    await this.file.commit();
    return this.written;
  }

  async abort(): Promise<void> {
    this.zip.terminate();
    await this.file.abort();
  }

  /** Writes what fflate produced, in blocks of about a megabyte (one small write per zip header is slow). */
  private async flush(all = false): Promise<void> {
    if (this.failure) throw this.failure;
    if (!all && this.pendingBytes < WRITE_BLOCK) return;
    const block = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    this.written += block.length;
    if (this.written > MAX_ARCHIVE_BYTES) {
      throw new AnnalsError('TOO_LARGE', 'The backup would be larger than 4 GB, more than one archive can hold yet.');
    }
    await this.file.handle.write(block);
  }
}
