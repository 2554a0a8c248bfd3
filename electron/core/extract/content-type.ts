/** The media type of a Content-Type header, lowercased and without parameters ("" when absent). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter of a Content-Type header, or null. */
export function charsetParamOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value || null;
}

export function isHtmlMediaType(type: string): boolean {
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * A reader-facing reason why a response of this media type is not a web page, or null when it is HTML
 * (or when the server sent no type at all, which is decided by sniffing the bytes instead).
 */
export function notAPageReason(type: string): string | null {
  if (!type || isHtmlMediaType(type)) return null;
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'That address is a PDF, not a web page';
  if (type.startsWith('image/')) return 'That address is an image, not a web page';
  if (type.startsWith('video/')) return 'That address is a video, not a web page';
  if (type.startsWith('audio/')) return 'That address is an audio file, not a web page';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/feed+json') {
    return 'That address is a news feed, not a web page';
  }
  if (type === 'application/json' || type.endsWith('+json')) return 'That address is JSON data, not a web page';
  if (type === 'text/xml' || type === 'application/xml' || type.endsWith('+xml')) {
    return 'That address is an XML document, not a web page';
  }
  if (type === 'text/plain') return 'That address is a plain text file, not a web page';
  return `That address is not a web page (the server sent ${type})`;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** Recognises files that servers sometimes mislabel (or send without a type) by their first bytes. */
export function sniffNotAPage(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'That address is a PDF, not a web page'; // %PDF-
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'That address is an image, not a web page';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'That address is a zip file, not a web page';
  return null;
}

/** For responses without a Content-Type: does the start of the body look like markup? */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
  return /^\s*</.test(head);
}
