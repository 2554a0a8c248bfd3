/** The image formats Annals stores, with the file extension used for assets/<sha256>.<ext>. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

// Names servers use for the same formats.
const ALIASES: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

export function normalizeImageType(mediaType: string): string {
  return ALIASES[mediaType] ?? mediaType;
}

function bytesAt(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
}

function asciiAt(bytes: Uint8Array, at: number, text: string): boolean {
  return bytesAt(
    bytes,
    at,
    [...text].map((c) => c.charCodeAt(0)),
  );
}

/** AVIF is an ISO-BMFF file: an ftyp box whose major or compatible brands include avif/avis. */
function isAvif(bytes: Uint8Array): boolean {
  if (!asciiAt(bytes, 4, 'ftyp')) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize || bytes.length, bytes.length, 256);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // minor version, not a brand
    if (asciiAt(bytes, at, 'avif') || asciiAt(bytes, at, 'avis')) return true;
  }
  return false;
}

/** SVG is text: it must start like XML/SVG markup and contain an <svg> element early on. */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  return /^\s*</.test(head) && /<svg[\s>]/i.test(head);
}

/** Whether the bytes really are an image of the declared type (servers and attackers mislabel files). */
export function matchesImageType(type: string, bytes: Uint8Array): boolean {
  switch (type) {
    case 'image/png':
      return bytesAt(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return bytesAt(bytes, 0, [0xff, 0xd8, 0xff]);
    case 'image/gif':
      return asciiAt(bytes, 0, 'GIF87a') || asciiAt(bytes, 0, 'GIF89a');
    case 'image/webp':
      return asciiAt(bytes, 0, 'RIFF') && asciiAt(bytes, 8, 'WEBP');
    case 'image/avif':
      return isAvif(bytes);
    case 'image/svg+xml':
      return isSvg(bytes);
    default:
      return false;
  }
}
