import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
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
import { BLOCK_BYTES, BlockWriter } from './block-writer.ts';

const deflateOnThreadPool = promisify(deflateRaw);
/** Below this, handing a file to zlib's thread pool costs more than deflating it here. */
const DEFLATE_HERE_BYTES = 64 * 1024;
/** zlib's output blocks for a file deflated from disk: fewer, larger buffers than its 16 KB. */
const DEFLATED_CHUNK_BYTES = 256 * 1024;
/** zlib refuses output blocks smaller than this. */
const MIN_CHUNK_BYTES = 64;
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
  name: string;
  nameBytes: number;
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
 * `dataFile`, its checksums taken as it passes. One block is read into again and again, each handed to
 * zlib only once the previous one was consumed: a read stream's fresh 64 KB buffer per read made the
 * 64 MB index of a format-1 library of 100,000 articles some 40 MB of buffers awaiting collection.
 */
export async function prepareFileEntry(path: string, file: string, dataFile: string): Promise<PreparedFileEntry> {
  const sha256 = createHash('sha256');
  let crc = 0;
  let bytes = 0;
  const deflate = createDeflateRaw({ level: 6, chunkSize: DEFLATED_CHUNK_BYTES });
  const written = pipeline(deflate, createWriteStream(dataFile, { mode: PRIVATE_FILE_MODE }));
  written.catch(() => {}); // awaited below; a failure while reading must not go unhandled meanwhile
  const source = await open(file, 'r');
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    for (;;) {
      const { bytesRead } = await source.read(block, 0, BLOCK_BYTES, bytes);
      if (bytesRead === 0) break;
      const chunk = block.subarray(0, bytesRead);
      sha256.update(chunk);
      crc = crc32(chunk, crc);
      bytes += bytesRead;
      // Called back once zlib took all of the chunk: only then is the block read into again.
      await new Promise<void>((resolve, reject) => {
        deflate.write(chunk, (error) => (error ? reject(error) : resolve()));
      });
    }
    deflate.end();
  } catch (error) {
    deflate.destroy(error instanceof Error ? error : new Error(String(error)));
    // The archive's side may have failed first (a full disk): its cause is the one to tell.
    throw await written.then(
      () => error,
      (cause: unknown) => cause,
    );
  } finally {
    await source.close();
  }
  await written;
  const { size: compressedSize } = await stat(dataFile);
  return { path, bytes, sha256: sha256.digest('hex'), crc, method: METHOD_DEFLATED, compressedSize, dataFile };
}

/**
 * A zip archive written to disk one file at a time, with zip64 records where the classic format runs
 * out (more than 65,535 files, or past 4 GB), appearing at its path only once complete: an
 * interrupted backup never leaves a half archive under the name.
 */
export class ZipFileWriter {
  /** The archive's bytes, headers filled in where they will be written and small files copied in. */
  private readonly out: BlockWriter;
  /**
   * The table of contents, built as files are added: its bytes, not an object per file, kept in a
   * working file beside the archive (a library of 100,000 articles has 400,000 files, 35 MB of table
   * of contents).
   */
  private readonly toc: BlockWriter;
  private count = 0;
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
    this.out = new BlockWriter(file.handle);
    this.toc = new BlockWriter(central.handle, true);
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

  /** Appends one prepared file: its local header, then its bytes (copied: the caller may reuse them). */
  async add(entry: PreparedEntry): Promise<WrittenEntry> {
    const { data, ...rest } = entry;
    await this.localHeader({ ...rest, compressedSize: data.length });
    await this.out.copy(data);
    return { path: entry.path, bytes: entry.bytes, sha256: entry.sha256 };
  }

  /** Appends one file prepared on disk, its bytes copied a block at a time. */
  async addFile(entry: PreparedFileEntry): Promise<WrittenEntry> {
    await this.localHeader(entry);
    const copied = await this.copyFrom(entry.dataFile);
    if (copied !== entry.compressedSize) throw new Error(`${entry.path} changed while it was written`);
    return { path: entry.path, bytes: entry.bytes, sha256: entry.sha256 };
  }

  /** Appends a file's bytes to the archive a block at a time; answers how many. */
  private async copyFrom(path: string, handle?: FileHandle): Promise<number> {
    const source = handle ?? (await open(path, 'r'));
    try {
      const block = Buffer.allocUnsafe(BLOCK_BYTES);
      let copied = 0;
      for (;;) {
        const { bytesRead } = await source.read(block, 0, BLOCK_BYTES, copied);
        if (bytesRead === 0) return copied;
        await this.out.copy(block.subarray(0, bytesRead));
        copied += bytesRead;
      }
    } finally {
      if (!handle) await source.close();
    }
  }

  /** Writes the local header of a file about to be written here; its central record goes to the table of contents. */
  private async localHeader(entry: Omit<PreparedFileEntry, 'dataFile'>): Promise<void> {
    const record: CentralRecord = {
      name: entry.path,
      nameBytes: Buffer.byteLength(entry.path, 'utf8'),
      crc: entry.crc,
      method: entry.method,
      size: entry.bytes,
      compressedSize: entry.compressedSize,
      offset: this.out.position,
    };
    const sizes64 = this.always64 || record.size >= MAX_32 || record.compressedSize >= MAX_32;
    // The local header's zip64 field holds both sizes, and only them (APPNOTE 4.5.3).
    const extra = sizes64 ? [record.size, record.compressedSize] : [];
    const header = await this.out.reserve(LOCAL_HEADER_BYTES + record.nameBytes + extraBytes(extra));
    header.fill(0, 0, LOCAL_HEADER_BYTES);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(sizes64 ? 45 : 20, 4);
    header.writeUInt16LE(FLAG_UTF8, 6);
    header.writeUInt16LE(record.method, 8);
    header.writeUInt16LE(this.time.time, 10);
    header.writeUInt16LE(this.time.date, 12);
    header.writeUInt32LE(record.crc, 14);
    header.writeUInt32LE(sizes64 ? MAX_32 : record.compressedSize, 18);
    header.writeUInt32LE(sizes64 ? MAX_32 : record.size, 22);
    header.writeUInt16LE(record.nameBytes, 26);
    header.writeUInt16LE(extraBytes(extra), 28);
    header.write(record.name, LOCAL_HEADER_BYTES, 'utf8');
    writeZip64Extra(header, LOCAL_HEADER_BYTES + record.nameBytes, extra);
    await this.centralHeader(record);
    this.count++;
  }

  /** Writes the table of contents and puts the archive in place; answers its size in bytes. */
  async finish(): Promise<number> {
    const start = this.out.position;
    await this.toc.flush();
    const copied = await this.copyFrom(this.central.path, this.central.handle);
    if (copied !== this.toc.written)
      throw new Error('the table of contents was cut short while the archive was written');
    const size = this.out.position - start;
    const count = this.count;
    if (this.always64 || count >= MAX_16 || start >= MAX_32 || size >= MAX_32) {
      await this.out.copy(zip64End(count, size, start, this.out.position));
    }
    const end = Buffer.alloc(END_BYTES);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(Math.min(count, MAX_16), 8);
    end.writeUInt16LE(Math.min(count, MAX_16), 10);
    end.writeUInt32LE(Math.min(size, MAX_32), 12);
    end.writeUInt32LE(Math.min(start, MAX_32), 16);
    await this.out.copy(end);
    await this.out.flush();
    await this.file.commit();
    await this.dropCentral();
    return this.out.written;
  }

  async abort(): Promise<void> {
    await this.file.abort();
    await this.dropCentral();
  }

  private async dropCentral(): Promise<void> {
    await this.central.handle.close().catch(() => {});
    await rm(this.central.path, { force: true });
  }

  private async centralHeader(record: CentralRecord): Promise<void> {
    const size64 = this.always64 || record.size >= MAX_32;
    const compressed64 = this.always64 || record.compressedSize >= MAX_32;
    const offset64 = this.always64 || record.offset >= MAX_32;
    // Only the fields that overflow are in the extra field, in this order (APPNOTE 4.5.3).
    const wide = [size64 && record.size, compressed64 && record.compressedSize, offset64 && record.offset];
    const values = wide.filter((value): value is number => value !== false);
    const header = await this.toc.reserve(CENTRAL_HEADER_BYTES + record.nameBytes + extraBytes(values));
    header.fill(0, 0, CENTRAL_HEADER_BYTES);
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
    header.writeUInt16LE(record.nameBytes, 28);
    header.writeUInt16LE(extraBytes(values), 30);
    header.writeUInt32LE(FILE_ATTRIBUTES, 38);
    header.writeUInt32LE(offset64 ? MAX_32 : record.offset, 42);
    header.write(record.name, CENTRAL_HEADER_BYTES, 'utf8');
    writeZip64Extra(header, CENTRAL_HEADER_BYTES + record.nameBytes, values);
  }
}

/** Bytes of a zip64 extra field holding these values, none when there are none. */
function extraBytes(values: number[]): number {
  return values.length > 0 ? 4 + 8 * values.length : 0;
}

function writeZip64Extra(target: Buffer, at: number, values: number[]): void {
  if (values.length === 0) return;
  target.writeUInt16LE(ZIP64_EXTRA, at);
  target.writeUInt16LE(8 * values.length, at + 2);
  values.forEach((value, index) => {
    target.writeBigUInt64LE(BigInt(value), at + 4 + 8 * index);
  });
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
