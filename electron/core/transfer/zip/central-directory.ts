// The table of contents of a zip archive, read from its end: the end record (and its zip64 form,
// for archives past 65,535 files or 4 GB), then one record per file, a block at a time.
import { AnnalsError } from '../../../contract/index.ts';
import {
  CENTRAL_HEADER,
  CENTRAL_HEADER_BYTES,
  END_BYTES,
  END_OF_CENTRAL_DIRECTORY,
  MAX_16,
  MAX_32,
  ZIP64_END_BYTES,
  ZIP64_END_OF_CENTRAL_DIRECTORY,
  ZIP64_EXTRA,
  ZIP64_LOCATOR,
  ZIP64_LOCATOR_BYTES,
} from './records.ts';
import { BlockReader, type ZipSource } from './zip-source.ts';

export interface CentralDirectory {
  count: number;
  offset: number;
  size: number;
}

/** One file's record in the table of contents, with zip64 values already in place. */
export interface CentralRecord {
  name: Uint8Array;
  madeBy: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  externalAttributes: number;
  localOffset: number;
}

const decoder = new TextDecoder('utf-8');
const damaged = (what: string) => new AnnalsError('BAD_INPUT', `the archive is damaged: ${what}`);

export async function readCentralDirectory(source: ZipSource): Promise<CentralDirectory> {
  // The end record is 22 bytes and a comment of at most 65,535, at the very end; a zip64 locator just before.
  const tailLength = Math.min(source.size, END_BYTES + MAX_16 + ZIP64_LOCATOR_BYTES);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const view = viewOf(tail);
  let end = -1;
  for (let at = tail.length - END_BYTES; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new AnnalsError('BAD_INPUT', 'this is not a zip archive, or it is damaged (no table of contents)');
  const classic = {
    count: view.getUint16(end + 10, true),
    size: view.getUint32(end + 12, true),
    offset: view.getUint32(end + 16, true),
  };
  const locator = end - ZIP64_LOCATOR_BYTES;
  const hasLocator = locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR;
  let directory: CentralDirectory = classic;
  let directoryEnd = tailStart + end;
  if (hasLocator) {
    const zip64At = uint64(view, locator + 8);
    const record = viewOf(await source.read(zip64At, ZIP64_END_BYTES));
    if (record.byteLength < ZIP64_END_BYTES || record.getUint32(0, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
      throw damaged('its zip64 table of contents is missing');
    }
    directory = { count: uint64(record, 32), size: uint64(record, 40), offset: uint64(record, 48) };
    directoryEnd = zip64At;
  }
  if (directory.offset + directory.size > directoryEnd) throw damaged('its table of contents is cut short');
  return directory;
}

/** Every record of the table of contents, in its order, read a block at a time. */
export async function* centralRecords(source: ZipSource, directory: CentralDirectory): AsyncGenerator<CentralRecord> {
  const reader = new BlockReader(source);
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    const fixed = await reader.read(at, CENTRAL_HEADER_BYTES);
    const view = viewOf(fixed);
    if (
      fixed.length < CENTRAL_HEADER_BYTES ||
      at + CENTRAL_HEADER_BYTES > end ||
      view.getUint32(0, true) !== CENTRAL_HEADER
    ) {
      throw damaged('its table of contents is cut short');
    }
    const nameLength = view.getUint16(28, true);
    const extraLength = view.getUint16(30, true);
    const commentLength = view.getUint16(32, true);
    const record: CentralRecord = {
      name: new Uint8Array(0),
      madeBy: view.getUint16(4, true) >> 8,
      flags: view.getUint16(8, true),
      method: view.getUint16(10, true),
      crc: view.getUint32(16, true),
      compressedSize: view.getUint32(20, true),
      size: view.getUint32(24, true),
      externalAttributes: view.getUint32(38, true),
      localOffset: view.getUint32(42, true),
    };
    const variable = await reader.read(at + CENTRAL_HEADER_BYTES, nameLength + extraLength);
    if (variable.length < nameLength + extraLength) throw damaged('its table of contents is cut short');
    record.name = variable.slice(0, nameLength);
    applyZip64Extra(record, variable.subarray(nameLength));
    at += CENTRAL_HEADER_BYTES + nameLength + extraLength + commentLength;
    yield record;
  }
}

/** A file name as the archive spells it (UTF-8; old archives' code page 437 names come out approximate). */
export function nameOf(record: CentralRecord): string {
  return decoder.decode(record.name);
}

/** Sizes and offsets marked as overflowing (all ones) are read from the zip64 extra field, in their fixed order. */
export function applyZip64Extra(
  record: Pick<CentralRecord, 'size' | 'compressedSize'> & { localOffset?: number },
  extra: Uint8Array,
): void {
  const fields = (['size', 'compressedSize', 'localOffset'] as const).filter((field) => record[field] === MAX_32);
  if (fields.length === 0) return;
  const view = viewOf(extra);
  for (let at = 0; at + 4 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    const length = view.getUint16(at + 2, true);
    fields.forEach((field, index) => {
      if (8 * (index + 1) > length || at + 4 + 8 * (index + 1) > extra.length)
        throw damaged('a zip64 field is cut short');
      record[field] = uint64(view, at + 4 + 8 * index);
    });
    return;
  }
  throw damaged('a file’s zip64 sizes are missing');
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function uint64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a size or offset is impossibly large');
  return Number(value);
}
