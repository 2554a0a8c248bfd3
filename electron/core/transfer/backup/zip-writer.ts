import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { type FileHandle, open, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createDeflateRaw, deflateRaw, deflateRawSync } from 'node:zlib';
import { createFileAtomic, type PendingFile } from '../../storage/atomic-write.ts';
import { PRIVATE_FILE_MODE } from '../../storage/private-files.ts';
import { crc32 } from '../zip/crc32.ts';
import {
  CENTRAL_HEADER,
  CENTRAL_HEADER_BYTES,
  dosDateTime,
  END_BYTES,
  END_OF_CENTRAL_DIRECTORY,
  FLAG_UTF8,
  LOCAL_HEADER,
  LOCAL_HEADER_BYTES,
  MAX_16,
  MAX_32,
  METHOD_DEFLATED,
  METHOD_STORED,
  ZIP64_END_BYTES,
  ZIP64_END_OF_CENTRAL_DIRECTORY,
  ZIP64_EXTRA,
  ZIP64_LOCATOR,
  ZIP64_LOCATOR_BYTES,
} from '../zip/records.ts';

const deflateOnThreadPool = promisify(deflateRaw);
/** Below this, handing a file to zlib's thread pool costs more than deflating it here. */
const DEFLATE_HERE_BYTES = 64 * 1024;
/** zlib refuses output blocks smaller than this. */
const MIN_CHUNK_BYTES = 64;
const WRITE_BLOCK = 1024 * 1024;
/** Made on Unix (3) by a writer of zip 4.5, the version that brought zip64. */
const MADE_BY = (3 << 8) | 45;
/** A regular file readable by its owner only, as the library's own files are. */
const FILE_ATTRIBUTES = (0o100600 << 16) >>> 0;

/** Formats whose bytes are compressed already: deflating them again costs time and saves nothing. */
const storedAsIs = /\.(png|jpe?g|gif|webp|avif|zip|gz)$/i;

export interface WrittenEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** One file made ready for the archive (checksums taken, bytes compressed), off the writing path. */
export interface PreparedEntry extends WrittenEntry {
  crc: number;
  method: number;
  data: Uint8Array;
}

/** An entry prepared on disk (see prepareFileEntry): its bytes are copied from `dataFile` a block at a time. */
export interface PreparedFileEntry extends WrittenEntry {
  crc: number;
  method: number;
  compressedSize: number;
  dataFile: string;
}

interface CentralRecord {
  name: Buffer;
  crc: number;
  method: number;
  size: number;
  compressedSize: number;
  offset: number;
}

export interface ZipWriterOptions {
  /**
   * 'needed' writes zip64 records only where a count, size or offset overflows the classic fields (past
   * 65,535 files or 4 GB); 'always' writes them for every file, as streaming writers do.
   */
  zip64?: 'needed' | 'always';
}

/** Reads the checksums of one file and compresses it (zlib's own deflate, on the thread pool). */
export async function prepareEntry(path: string, bytes: Uint8Array): Promise<PreparedEntry> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const crc = crc32(bytes);
  if (bytes.length > 0 && !storedAsIs.test(path)) {
    // Output in one block the size of the input (zlib's own is 16 KB however small the file): a block
    // kept until it is written, as much again awaiting collection for every small file of the library.
    const options = { level: 6, chunkSize: Math.max(MIN_CHUNK_BYTES, bytes.length + 64) };
    const deflated =
      bytes.length <= DEFLATE_HERE_BYTES ? deflateRawSync(bytes, options) : await deflateOnThreadPool(bytes, options);
    // Incompressible bytes are kept as they are rather than grown.
    if (deflated.length < bytes.length)
      return { path, bytes: bytes.length, sha256, crc, method: METHOD_DEFLATED, data: deflated };
  }
  return { path, bytes: bytes.length, sha256, crc, method: METHOD_STORED, data: bytes };
}

/**
 * Prepares a file too large to hold (a backup's manifest) from disk: deflated a block at a time into
 * `dataFile`, its checksums taken as it passes.
 */
export async function prepareFileEntry(path: string, file: string, dataFile: string): Promise<PreparedFileEntry> {
  const sha256 = createHash('sha256');
  let crc = 0;
  let bytes = 0;
  await pipeline(
    createReadStream(file),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        sha256.update(chunk);
        crc = crc32(chunk, crc);
        bytes += chunk.length;
        yield chunk;
      }
    },
    createDeflateRaw({ level: 6 }),
    createWriteStream(dataFile, { mode: PRIVATE_FILE_MODE }),
  );
  const { size: compressedSize } = await stat(dataFile);
  return { path, bytes, sha256: sha256.digest('hex'), crc, method: METHOD_DEFLATED, compressedSize, dataFile };
}

/**
 * A zip archive written to disk one file at a time, with zip64 records where the classic format runs
 * out (more than 65,535 files, or past 4 GB), appearing at its path only once complete: an
 * interrupted backup never leaves a half archive under the name.
 */
export class ZipFileWriter {
  /**
   * The table of contents, built as files are added: its bytes in blocks, not an object per file,
   * and the full blocks kept in a working file beside the archive (a library of 100,000 articles has
   * 400,000 files, 35 MB of table of contents).
   */
  private centralBytesKept = 0;
  private centralBlock: Buffer[] = [];
  private centralBlockBytes = 0;
  private count = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private written = 0;
  private readonly time: { time: number; date: number };
  private readonly always64: boolean;

  private constructor(
    private readonly file: PendingFile,
    private readonly central: { path: string; handle: FileHandle },
    mtime: Date,
    options: ZipWriterOptions,
  ) {
    this.time = dosDateTime(mtime);
    this.always64 = options.zip64 === 'always';
  }

  static async create(path: string, mtime: Date, options: ZipWriterOptions = {}): Promise<ZipFileWriter> {
    const file = await createFileAtomic(path);
    const centralPath = join(
      dirname(path),
      `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.toc.tmp`,
    );
    try {
      const handle = await open(centralPath, 'wx+', PRIVATE_FILE_MODE);
      return new ZipFileWriter(file, { path: centralPath, handle }, mtime, options);
    } catch (error) {
      await file.abort();
      throw error;
    }
  }

  /** Appends one prepared file: its local header, then its bytes. */
  async add(entry: PreparedEntry): Promise<WrittenEntry> {
    const { data, ...rest } = entry;
    await this.push(...this.localHeader({ ...rest, compressedSize: data.length }), data);
    await this.keepCentralBlock();
    return { path: entry.path, bytes: entry.bytes, sha256: entry.sha256 };
  }

  /** Appends one file prepared on disk, its bytes copied a block at a time. */
  async addFile(entry: PreparedFileEntry): Promise<WrittenEntry> {
    await this.push(...this.localHeader(entry));
    await this.keepCentralBlock();
    await this.flush(true);
    const source = await open(entry.dataFile, 'r');
    try {
      const block = Buffer.allocUnsafe(WRITE_BLOCK);
      let copied = 0;
      for (;;) {
        const { bytesRead } = await source.read(block, 0, WRITE_BLOCK, copied);
        if (bytesRead === 0) break;
        await this.file.handle.write(block.subarray(0, bytesRead));
        copied += bytesRead;
      }
      if (copied !== entry.compressedSize) throw new Error(`${entry.path} changed while it was written`);
      this.written += copied;
    } finally {
      await source.close();
    }
    return { path: entry.path, bytes: entry.bytes, sha256: entry.sha256 };
  }

  /** The local header of a file about to be written here, its central record kept for finish(). */
  private localHeader(entry: Omit<PreparedFileEntry, 'dataFile'>): Buffer[] {
    const name = Buffer.from(entry.path, 'utf8');
    const record: CentralRecord = {
      name,
      crc: entry.crc,
      method: entry.method,
      size: entry.bytes,
      compressedSize: entry.compressedSize,
      offset: this.position,
    };
    const sizes64 = this.always64 || record.size >= MAX_32 || record.compressedSize >= MAX_32;
    // The local header's zip64 field holds both sizes, and only them (APPNOTE 4.5.3).
    const extra = sizes64 ? zip64Extra([record.size, record.compressedSize]) : Buffer.alloc(0);
    const header = Buffer.alloc(LOCAL_HEADER_BYTES);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(sizes64 ? 45 : 20, 4);
    header.writeUInt16LE(FLAG_UTF8, 6);
    header.writeUInt16LE(record.method, 8);
    header.writeUInt16LE(this.time.time, 10);
    header.writeUInt16LE(this.time.date, 12);
    header.writeUInt32LE(record.crc, 14);
    header.writeUInt32LE(sizes64 ? MAX_32 : record.compressedSize, 18);
    header.writeUInt32LE(sizes64 ? MAX_32 : record.size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(extra.length, 28);
    this.keepCentralHeader(this.centralHeader(record));
    return [header, name, extra];
  }

  private keepCentralHeader(parts: Buffer[]): void {
    for (const part of parts) {
      this.centralBlock.push(part);
      this.centralBlockBytes += part.length;
    }
    this.count++;
  }

  /** A full block of the table of contents goes to its working file. */
  private async keepCentralBlock(): Promise<void> {
    if (this.centralBlockBytes < WRITE_BLOCK) return;
    const parts = this.centralBlock;
    const bytes = this.centralBlockBytes;
    this.centralBlock = [];
    this.centralBlockBytes = 0;
    await writeAll(this.central.handle, parts, bytes, this.centralBytesKept);
    this.centralBytesKept += bytes;
  }

  /** Writes the table of contents and puts the archive in place; answers its size in bytes. */
  async finish(): Promise<number> {
    const start = this.position;
    await this.flush(true);
    const block = Buffer.allocUnsafe(WRITE_BLOCK);
    for (let at = 0; at < this.centralBytesKept; ) {
      const { bytesRead } = await this.central.handle.read(block, 0, WRITE_BLOCK, at);
      if (bytesRead === 0) throw new Error('the table of contents was cut short while the archive was written');
      await this.file.handle.write(block.subarray(0, bytesRead));
      this.written += bytesRead;
      at += bytesRead;
    }
    await this.push(...this.centralBlock.splice(0));
    const size = this.position - start;
    const count = this.count;
    if (this.always64 || count >= MAX_16 || start >= MAX_32 || size >= MAX_32) {
      await this.push(zip64End(count, size, start, this.position));
    }
    const end = Buffer.alloc(END_BYTES);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(Math.min(count, MAX_16), 8);
    end.writeUInt16LE(Math.min(count, MAX_16), 10);
    end.writeUInt32LE(Math.min(size, MAX_32), 12);
    end.writeUInt32LE(Math.min(start, MAX_32), 16);
    await this.push(end);
    await this.flush(true);
    await this.file.commit();
    await this.dropCentral();
    return this.written;
  }

  async abort(): Promise<void> {
    await this.file.abort();
    await this.dropCentral();
  }

  private async dropCentral(): Promise<void> {
    await this.central.handle.close().catch(() => {});
    await rm(this.central.path, { force: true });
  }

  private get position(): number {
    return this.written + this.pendingBytes;
  }

  private centralHeader(record: CentralRecord): Buffer[] {
    const size64 = this.always64 || record.size >= MAX_32;
    const compressed64 = this.always64 || record.compressedSize >= MAX_32;
    const offset64 = this.always64 || record.offset >= MAX_32;
    // Only the fields that overflow are in the extra field, in this order (APPNOTE 4.5.3).
    const wide = [size64 && record.size, compressed64 && record.compressedSize, offset64 && record.offset];
    const values = wide.filter((value): value is number => value !== false);
    const extra = values.length > 0 ? zip64Extra(values) : Buffer.alloc(0);
    const header = Buffer.alloc(CENTRAL_HEADER_BYTES);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(MADE_BY, 4);
    header.writeUInt16LE(values.length > 0 ? 45 : 20, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(record.method, 10);
    header.writeUInt16LE(this.time.time, 12);
    header.writeUInt16LE(this.time.date, 14);
    header.writeUInt32LE(record.crc, 16);
    header.writeUInt32LE(compressed64 ? MAX_32 : record.compressedSize, 20);
    header.writeUInt32LE(size64 ? MAX_32 : record.size, 24);
    header.writeUInt16LE(record.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(FILE_ATTRIBUTES, 38);
    header.writeUInt32LE(offset64 ? MAX_32 : record.offset, 42);
    return [header, record.name, extra];
  }

  private async push(...parts: Uint8Array[]): Promise<void> {
    for (const part of parts) {
      if (part.length === 0) continue;
      this.pending.push(part);
      this.pendingBytes += part.length;
    }
    await this.flush(false);
  }

  /** Writes in blocks of about a megabyte (one small write per zip header is slow). */
  private async flush(all: boolean): Promise<void> {
    if (!all && this.pendingBytes < WRITE_BLOCK) return;
    const parts = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.written += bytes;
    await writeAll(this.file.handle, parts, bytes);
  }
}

/**
 * Writes the parts one after another in one call, at `position` (else where the file is), without
 * copying them into one block first: a megabyte block made per write was garbage the size of the
 * archive, awaiting collection beside the library being backed up.
 */
async function writeAll(handle: FileHandle, parts: Uint8Array[], bytes: number, position?: number): Promise<void> {
  if (parts.length === 0) return;
  const { bytesWritten } = await handle.writev(parts, position);
  if (bytesWritten !== bytes) throw new Error(`the archive was written short (${bytesWritten} of ${bytes} bytes)`);
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(ZIP64_EXTRA, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => {
    extra.writeBigUInt64LE(BigInt(value), 4 + 8 * index);
  });
  return extra;
}

/** The zip64 end of central directory record and its locator, which the classic end record follows. */
function zip64End(count: number, size: number, start: number, at: number): Buffer {
  const record = Buffer.alloc(ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES);
  record.writeUInt32LE(ZIP64_END_OF_CENTRAL_DIRECTORY, 0);
  record.writeBigUInt64LE(BigInt(ZIP64_END_BYTES - 12), 4);
  record.writeUInt16LE(MADE_BY, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(start), 48);
  record.writeUInt32LE(ZIP64_LOCATOR, ZIP64_END_BYTES);
  record.writeBigUInt64LE(BigInt(at), ZIP64_END_BYTES + 8);
  record.writeUInt32LE(1, ZIP64_END_BYTES + 16);
  return record;
}
