// Reading zip archives from strangers (exports of other services, backups) without trusting them.
// The table of contents is read from the end of the archive (zip64 too), and every file is checked
// before a byte of it is inflated: its path, its kind, and its declared size against the caps (per
// file, per archive, and how many times a file may grow). Each file is then read on its own, a
// block at a time, inflated as a stream and stopped the moment it outgrows what the table of
// contents declared: memory holds one block and one file's output, never the archive.
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { createInflateRaw, inflateRaw, inflateRawSync } from 'node:zlib';
import { AnnalsError } from '../../contract/index.ts';
import { type CentralDirectory, centralRecords, nameOf, readCentralDirectory } from './zip/central-directory.ts';
import { crc32 } from './zip/crc32.ts';
import { checkLocalHeader, readLocalHeader } from './zip/local-header.ts';
import { FLAG_ENCRYPTED, LOCAL_HEADER_BYTES, METHOD_DEFLATED, METHOD_STORED } from './zip/records.ts';
import { BlockReader, memorySource, openFileSource, type ZipSource } from './zip/zip-source.ts';

export interface ZipLimits {
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number;
  /**
   * Most times an entry may grow when inflated (past its first megabyte), and the archive as a whole
   * (past its first 64 MB): text deflates a few times over, a bomb a thousand.
   */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 100,
};

/** An entry may grow this much whatever its ratio: a small file of blanks deflates to almost nothing. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** And an archive this much in all. */
const ARCHIVE_RATIO_GRACE_BYTES = 64 * 1024 * 1024;
/** Entries up to these sizes are inflated in one call; larger ones as a stream. */
const ONE_CALL_COMPRESSED = 4 * 1024 * 1024;
const ONE_CALL_INFLATED = 16 * 1024 * 1024;
const STREAM_BLOCK = 256 * 1024;
/** zlib refuses output blocks smaller than this. */
const MIN_OUTPUT_BLOCK = 64;
/** Below these, handing a file to zlib's thread pool costs more than inflating it here. */
const INFLATE_HERE_COMPRESSED = 64 * 1024;
const INFLATE_HERE_INFLATED = 1024 * 1024;

/** A file of the archive, checked against the caps, ready to be read. */
export interface ZipFile {
  /** A relative path with forward slashes, no `.` or `..` segments. */
  path: string;
  /** What the table of contents declares it inflates to (reading it proves it, or fails). */
  size: number;
  compressedSize: number;
  method: number;
  crc: number;
  localOffset: number;
}

export interface SkippedZipEntry {
  path: string;
  reason: string;
}

const inflateAll = promisify(inflateRaw);

/** True when the bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class SafeZip {
  /** Bytes declared by the entries accepted so far, across every listing of this archive. */
  private accepted = 0;
  private readonly data: BlockReader;

  private constructor(
    private readonly source: ZipSource,
    private readonly directory: CentralDirectory,
    private readonly limits: ZipLimits,
  ) {
    this.data = new BlockReader(source);
  }

  /** An archive on disk: close() it when done. */
  static async openFile(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SafeZip> {
    const source = await openFileSource(path);
    try {
      return await SafeZip.open(source, limits);
    } catch (error) {
      await source.close();
      throw error;
    }
  }

  /** An archive already in memory (an upload, an import file). */
  static async fromBytes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SafeZip> {
    return SafeZip.open(memorySource(bytes), limits);
  }

  /** Reads the table of contents' end; refuses an archive that holds too many files. */
  static async open(source: ZipSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SafeZip> {
    const directory = await readCentralDirectory(source);
    if (directory.count > limits.maxEntries) {
      throw new AnnalsError(
        'TOO_LARGE',
        `the archive holds ${directory.count} files; at most ${limits.maxEntries} are accepted`,
      );
    }
    return new SafeZip(source, directory, limits);
  }

  get fileCount(): number {
    return this.directory.count;
  }

  async close(): Promise<void> {
    await this.source.close();
  }

  /**
   * Every regular file of the archive in its order, or the reason it is refused (unsafe path, link,
   * encrypted, unknown compression, a second file by the same name). `accept` leaves out files the
   * caller has no use for; those accepted are held to the caps here, before anything is inflated,
   * and an AnnalsError refuses the archive at the file that crosses one, naming it and the cap.
   * `duplicates: 'caller'` leaves a second file by the same name to a caller that accepts each name
   * once anyway (a backup's manifest): the names seen are then not held, 400,000 of them in a large backup.
   */
  async *files(
    accept: (path: string) => boolean | Promise<boolean> = () => true,
    { duplicates = 'refused' }: { duplicates?: 'refused' | 'caller' } = {},
  ): AsyncGenerator<ZipFile | SkippedZipEntry> {
    const seen = new Set<string>();
    for await (const record of centralRecords(this.source, this.directory)) {
      const rawName = nameOf(record);
      if (rawName.endsWith('/') || rawName.endsWith('\\')) continue; // a folder
      const path = safeRelativePath(rawName);
      if (!path) {
        yield { path: rawName, reason: 'its path leaves the archive (absolute, or with ..)' };
        continue;
      }
      // Unix modes live in the high half of the external attributes when the archive was made on Unix.
      const unixMode = record.madeBy === 3 ? record.externalAttributes >>> 16 : 0;
      if ((unixMode & 0o170000) === 0o120000) {
        yield { path, reason: 'it is a symbolic link' };
        continue;
      }
      if (record.flags & FLAG_ENCRYPTED) {
        yield { path, reason: 'it is encrypted' };
        continue;
      }
      if (record.method !== METHOD_STORED && record.method !== METHOD_DEFLATED) {
        yield { path, reason: `it is compressed with method ${record.method}, which Annals cannot read` };
        continue;
      }
      if (seen.has(path)) {
        yield { path, reason: 'the archive holds another file by the same name' };
        continue;
      }
      if (!(await accept(path))) continue;
      if (duplicates === 'refused') seen.add(path);
      const file: ZipFile = {
        path,
        size: record.size,
        compressedSize: record.compressedSize,
        method: record.method,
        crc: record.crc,
        localOffset: record.localOffset,
      };
      this.admit(file);
      yield file;
    }
  }

  /** The file's bytes, inflated as a stream a block at a time, checked against its size and checksum. */
  async *chunks(file: ZipFile): AsyncGenerator<Uint8Array> {
    const start = await this.dataStart(file);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      // The table of contents' size was held to the caps: a file that outgrows it is stopped here.
      if (produced > file.size) throw lyingSize(file.path);
      crc = crc32(chunk, crc);
      return chunk;
    };
    if (file.method === METHOD_STORED) {
      for (let at = 0; at < file.compressedSize; at += STREAM_BLOCK) {
        const length = Math.min(STREAM_BLOCK, file.compressedSize - at);
        yield take((await this.source.read(start + at, length)).slice());
      }
    } else if (file.compressedSize <= ONE_CALL_COMPRESSED && file.size <= ONE_CALL_INFLATED) {
      const compressed = await this.data.read(start, file.compressedSize);
      yield take(await inflateOnce(compressed, file));
    } else {
      for await (const chunk of this.inflateStream(start, file)) yield take(chunk);
    }
    if (produced !== file.size) throw damaged(`${file.path} is shorter than its table of contents says`);
    if (crc !== file.crc) throw damaged(`${file.path} does not match its checksum`);
  }

  /** The whole file in memory: for files the caller parses (JSON, CSV), held to `maxBytes`. */
  async bytes(file: ZipFile, maxBytes = this.limits.maxEntryBytes): Promise<Uint8Array> {
    if (file.size > maxBytes) {
      throw tooLarge(`${file.path} would be ${size(file.size)}, and such a file may be at most ${size(maxBytes)}`);
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.chunks(file)) chunks.push(chunk);
    // Most files come in one piece (inflated in one call): no second copy of them is made.
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }

  private admit(file: ZipFile): void {
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.limits;
    if (file.method === METHOD_STORED && file.compressedSize !== file.size) {
      throw damaged(`${file.path} is stored with two different sizes`);
    }
    if (file.size > maxEntryBytes) {
      throw tooLarge(`${file.path} would be ${size(file.size)}, and one file may be at most ${size(maxEntryBytes)}`);
    }
    if (file.size > RATIO_GRACE_BYTES && file.size > file.compressedSize * maxRatio) {
      throw tooLarge(
        `${file.path} would grow ${Math.round(file.size / Math.max(1, file.compressedSize))} times (${size(file.compressedSize)} to ${size(file.size)}), and a file may grow at most ${maxRatio} times`,
      );
    }
    const byRatio = Math.max(ARCHIVE_RATIO_GRACE_BYTES, this.source.size * maxRatio);
    const cap = Math.min(maxTotalBytes, byRatio);
    this.accepted += file.size;
    if (this.accepted > cap) {
      const why = cap < maxTotalBytes ? `, ${maxRatio} times the archive’s own ${size(this.source.size)}` : '';
      throw tooLarge(`with ${file.path} it would pass ${size(cap)} in all, the most it may hold${why}`);
    }
  }

  /** Where the file's bytes begin, after its local header, which must agree with the table of contents. */
  private async dataStart(file: ZipFile): Promise<number> {
    const header = await readLocalHeader(this.data, file.localOffset);
    if (!header) throw damaged(`${file.path} is missing`);
    checkLocalHeader(header, file, (what) => damaged(`${file.path} ${what}`));
    const start = file.localOffset + LOCAL_HEADER_BYTES + header.nameLength + header.extraLength;
    if (start + file.compressedSize > this.directory.offset) throw damaged(`${file.path} is cut short`);
    return start;
  }

  private async *inflateStream(start: number, file: ZipFile): AsyncGenerator<Uint8Array> {
    const inflater = createInflateRaw({ chunkSize: outputBlock(file) });
    const feed = async () => {
      for (let at = 0; at < file.compressedSize && !inflater.destroyed; at += STREAM_BLOCK) {
        const block = await this.source.read(start + at, Math.min(STREAM_BLOCK, file.compressedSize - at));
        if (inflater.destroyed) return;
        // Stopped reading (a file that outgrew its size) closes the inflater: no drain will come then.
        if (!inflater.write(block)) await drainedOrClosed(inflater);
      }
      if (!inflater.destroyed) inflater.end();
    };
    const fed = feed().catch((error: unknown) => inflater.destroy(error as Error));
    try {
      for await (const chunk of inflater) yield chunk as Uint8Array;
    } catch (error) {
      throw error instanceof AnnalsError ? error : damaged(`${file.path} cannot be inflated`);
    } finally {
      inflater.destroy();
      await fed;
    }
  }
}

/** A relative path inside the archive, or null when the name would reach outside it. */
export function safeRelativePath(name: string): string | null {
  const unified = name.replaceAll('\\', '/');
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified) || unified.includes('\0')) return null;
  const parts = unified.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..')) return null;
  return parts.join('/');
}

function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

async function inflateOnce(compressed: Uint8Array, file: ZipFile): Promise<Uint8Array> {
  // One byte more than declared is enough to catch a file that lies about its size.
  const options = { maxOutputLength: file.size + 1, chunkSize: outputBlock(file) };
  try {
    if (compressed.length <= INFLATE_HERE_COMPRESSED && file.size <= INFLATE_HERE_INFLATED) {
      return inflateRawSync(compressed, options);
    }
    return await inflateAll(compressed, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lyingSize(file.path);
    throw damaged(`${file.path} cannot be inflated`);
  }
}

/**
 * zlib's output block for a file: no larger than the file says it is (zlib's own 16 KB, or a stream
 * block of 256 KB, for each of 400,000 small files of a backup was garbage awaiting collection, most of
 * the restore's peak memory). A file that inflates to more is refused as before, by its size.
 */
function outputBlock(file: ZipFile): number {
  return Math.min(STREAM_BLOCK, Math.max(MIN_OUTPUT_BLOCK, file.size + 1));
}

function lyingSize(path: string): AnnalsError {
  return damaged(`${path} inflates to more than its table of contents says`);
}

function damaged(what: string): AnnalsError {
  return new AnnalsError('BAD_INPUT', `the archive is damaged: ${what}`);
}

function tooLarge(what: string): AnnalsError {
  return new AnnalsError('TOO_LARGE', `the archive inflates to more than Annals accepts: ${what}`);
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
