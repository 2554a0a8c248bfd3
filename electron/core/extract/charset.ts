import { charsetParamOf } from './content-type.ts';

// How far into the body to look for <meta charset>: the HTML spec prescans 1024 bytes; some CMSs put a long
// comment or inline script first, so a few KB more costs nothing.
const PRESCAN_BYTES = 4096;

/** A TextDecoder label that this runtime supports, normalised (e.g. "latin1" -> "windows-1252"), or null. */
function supportedEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset declared by <meta charset> or <meta http-equiv="Content-Type"> near the start of the bytes. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // windows-1252 maps every byte, and the markup we look for is ASCII in every ASCII-compatible encoding.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const match = /charset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag[0]);
    if (match?.[1]) return match[1];
  }
  return null;
}

// Windows-1252 characters for bytes 0x80-0x9F (WHATWG index; the five unassigned bytes map to themselves).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20.18.3+ and 22.13+ decode "windows-1252" (and the latin1/ascii labels that mean it) as ISO-8859-1,
 * turning curly quotes, dashes and € into invisible C1 controls (nodejs/node#60888, #56542). Mapping the
 * C1 range afterwards gives the right text whether or not the runtime has the fix.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  // Not fatal: a stray invalid byte becomes U+FFFD instead of losing the whole article.
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes an HTML body: a byte-order mark wins, then the Content-Type charset, then a <meta> declaration,
 * else UTF-8 (as the HTML spec orders them; a meta claiming UTF-16 means UTF-8, since the bytes were readable).
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { html: string; encoding: string } {
  let encoding = bomEncoding(bytes) ?? supportedEncoding(charsetParamOf(contentType));
  if (!encoding) {
    encoding = supportedEncoding(sniffMetaCharset(bytes));
    if (encoding?.startsWith('utf-16')) encoding = 'utf-8';
  }
  encoding ??= 'utf-8';
  return { html: decodeBytes(bytes, encoding), encoding };
}
