import type { AnnalsError } from '../../../contract/index.ts';
import { applyZip64Extra } from './central-directory.ts';
import { FLAG_DATA_DESCRIPTOR, LOCAL_HEADER, LOCAL_HEADER_BYTES } from './records.ts';
import type { BlockReader } from './zip-source.ts';

/** The header in front of each file's bytes, which repeats (and may contradict) the table of contents. */
export interface LocalHeader {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
  extraLength: number;
}

/** The local header at `offset`, or null when there is none. */
export async function readLocalHeader(reader: BlockReader, offset: number): Promise<LocalHeader | null> {
  const fixed = await reader.read(offset, LOCAL_HEADER_BYTES);
  if (fixed.length < LOCAL_HEADER_BYTES) return null;
  const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
  if (view.getUint32(0, true) !== LOCAL_HEADER) return null;
  const header: LocalHeader = {
    flags: view.getUint16(6, true),
    method: view.getUint16(8, true),
    crc: view.getUint32(14, true),
    compressedSize: view.getUint32(18, true),
    size: view.getUint32(22, true),
    nameLength: view.getUint16(26, true),
    extraLength: view.getUint16(28, true),
  };
  if (!(header.flags & FLAG_DATA_DESCRIPTOR)) {
    const extra = await reader.read(offset + LOCAL_HEADER_BYTES + header.nameLength, header.extraLength);
    applyZip64Extra(header, extra);
  }
  return header;
}

/**
 * A reader that trusts the local header and one that trusts the table of contents must read the
 * same file: where they would not (a smuggling or bomb trick), the file is refused.
 */
export function checkLocalHeader(
  header: LocalHeader,
  listed: { method: number; crc: number; compressedSize: number; size: number },
  fail: (what: string) => AnnalsError,
): void {
  if (header.method !== listed.method) throw fail('is compressed differently in its own header');
  // With a data descriptor the sizes come after the bytes, and the header holds zeros.
  if (header.flags & FLAG_DATA_DESCRIPTOR) return;
  if (header.compressedSize !== listed.compressedSize || header.size !== listed.size || header.crc !== listed.crc) {
    throw fail('has other sizes in its own header than in the table of contents');
  }
}
