// Reading zip archives from strangers (exports of other services, backups) without trusting them:
// the central directory is read by hand so that paths, symlinks and sizes are checked before a
// single byte is inflated, and inflated sizes are counted while inflating, not taken from headers.
import { Inflate } from 'fflate';
import { AnnalsError } from '../../contract/index.ts';

export interface ZipLimits {
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024 - 1,
};

export interface ZipEntry {
  /** A relative path with forward slashes, no `.` or `..` segments. */
  path: string;
  bytes: Uint8Array;
}

export interface SkippedZipEntry {
  path: string;
  reason: string;
}

export interface ZipContents {
  entries: ZipEntry[];
  /** Entries refused one by one (unsafe paths, symlinks, encrypted), with why. */
  skipped: SkippedZipEntry[];
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 64 * 1024;
const decoder = new TextDecoder('utf-8');

/** True when the bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Every regular file of the archive, or an AnnalsError when the archive as a whole is refused
 * (not a zip, too many entries, too large once inflated). `accept` can leave out entries the
 * caller has no use for before they are inflated.
 */
export function readZip(
  data: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  accept: (path: string) => boolean = () => true,
): ZipContents {
  const entries: ZipEntry[] = [];
  const skipped: SkippedZipEntry[] = [];
  for (const item of zipEntries(data, limits, accept)) {
    if ('reason' in item) skipped.push(item);
    else entries.push(item);
  }
  return { entries, skipped };
}

/**
 * The same, one file at a time: each is inflated only when asked for, so a large archive (a whole
 * library's backup) never sits in memory inflated all at once. Same checks, same errors.
 */
export function* zipEntries(
  data: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  accept: (path: string) => boolean = () => true,
): Generator<ZipEntry | SkippedZipEntry> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new AnnalsError('UNSUPPORTED_CONTENT', 'this zip uses the zip64 format, which Annals cannot read yet');
  }
  if (count > limits.maxEntries) {
    throw new AnnalsError('TOO_LARGE', `the archive holds ${count} files; at most ${limits.maxEntries} are accepted`);
  }
  const seen = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new AnnalsError('BAD_INPUT', 'the archive is damaged: its table of contents is cut short');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const external = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    const rawName = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (rawName.endsWith('/') || rawName.endsWith('\\')) continue; // a folder
    const path = safeRelativePath(rawName);
    if (!path) {
      yield { path: rawName, reason: 'its path leaves the archive (absolute, or with ..)' };
      continue;
    }
    // Unix modes live in the high half of the external attributes when the archive was made on Unix.
    const unixMode = madeBy === 3 ? external >>> 16 : 0;
    if ((unixMode & 0o170000) === 0o120000) {
      yield { path, reason: 'it is a symbolic link' };
      continue;
    }
    if (flags & 1) {
      yield { path, reason: 'it is encrypted' };
      continue;
    }
    if (method !== 0 && method !== 8) {
      yield { path, reason: `it is compressed with method ${method}, which Annals cannot read` };
      continue;
    }
    if (seen.has(path)) {
      yield { path, reason: 'the archive holds another file by the same name' };
      continue;
    }
    if (!accept(path)) continue;
    seen.add(path);
    const start = dataStart(view, localOffset);
    const compressed = data.subarray(start, start + compressedSize);
    if (compressed.length < compressedSize) {
      throw new AnnalsError('BAD_INPUT', `the archive is damaged: ${path} is cut short`);
    }
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const bytes =
      method === 0 ? storedBytes(compressed, path, budget, limits) : inflate(compressed, path, budget, limits);
    total += bytes.length;
    yield { path, bytes };
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

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new AnnalsError('BAD_INPUT', 'this is not a zip archive, or it is damaged (no table of contents)');
}

function dataStart(view: DataView, localOffset: number): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
    throw new AnnalsError('BAD_INPUT', 'the archive is damaged: a file entry is missing');
  }
  return localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}

function storedBytes(compressed: Uint8Array, path: string, budget: number, limits: ZipLimits): Uint8Array {
  if (compressed.length > budget) throw tooLarge(path, limits);
  return compressed.slice();
}

function inflate(compressed: Uint8Array, path: string, budget: number, limits: ZipLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    // Counted while inflating: a bomb stops here, whatever its headers claim.
    if (size > budget) throw tooLarge(path, limits);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += CHUNK) {
      inflater.push(compressed.subarray(at, at + CHUNK), at + CHUNK >= compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AnnalsError) throw error;
    throw new AnnalsError('BAD_INPUT', `the archive is damaged: ${path} cannot be inflated`);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function tooLarge(path: string, limits: ZipLimits): AnnalsError {
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return new AnnalsError(
    'TOO_LARGE',
    `the archive inflates to more than Annals accepts (${path}: at most ${mb(limits.maxEntryBytes)} MB a file, ${mb(limits.maxTotalBytes)} MB in all)`,
  );
}
