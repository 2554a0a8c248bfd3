import { charsetParamOf } from './content-type.ts';

// How far into the body to look for <meta charset>: the HTML spec prescans 1024 bytes, but a browser that meets
// the declaration later in <head> starts again in that encoding. Chinese and Japanese portals put long inline
// scripts and ad settings before it, so the whole of a long <head> is read (scripts and comments left out).
const PRESCAN_BYTES = 65_536;

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

/** The charset declared by <meta charset> or <meta http-equiv="Content-Type"> in the page's <head>. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // windows-1252 maps every byte, and the markup we look for is ASCII in every ASCII-compatible encoding.
  const start = new TextDecoder('windows-1252')
    .decode(bytes.subarray(0, PRESCAN_BYTES))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, '');
  // Up to the start of the body (past the first 1024 bytes, the spec's prescan, a <meta> there is not followed).
  const bodyAt = start.search(/<body[\s>]/i);
  const head = bodyAt < 0 ? start : start.slice(0, Math.max(bodyAt, 1024));
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const match = /charset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag[0]);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The encoding an XML declaration at the very start names (`<?xml version="1.0" encoding="Shift_JIS"?>`). */
export function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const start = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(start)?.[1] ?? null;
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

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 when they hold non-ASCII text that is valid UTF-8 throughout, else null. */
function validUtf8(bytes: Uint8Array): string | null {
  if (!bytes.some((byte) => byte >= 0x80)) return null;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a plain text file or response: a byte-order mark wins, then the Content-Type charset, then UTF-8 when
 * the bytes are valid UTF-8, else windows-1252 (what browsers assume of a text with no declaration).
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const encoding = bomEncoding(bytes) ?? supportedEncoding(charsetParamOf(contentType));
  if (encoding) return decodeBytes(bytes, encoding);
  if (!bytes.some((byte) => byte >= 0x80)) return decodeBytes(bytes, 'utf-8');
  return validUtf8(bytes) ?? decodeBytes(bytes, 'windows-1252');
}

/**
 * Decodes an HTML body: a byte-order mark wins, then the Content-Type charset, then a <meta> declaration,
 * else UTF-8 (as the HTML spec orders them; a meta claiming UTF-16 means UTF-8, since the bytes were readable).
 * One exception to that order: a legacy declaration (GB2312, Shift_JIS, windows-1251, Latin-1…) over bytes that
 * are valid UTF-8 throughout. Pages saved or converted by a tool keep their old <meta>, and servers add a
 * default charset to every file; legacy text that is also valid UTF-8 hardly ever happens by chance.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { html: string; encoding: string } {
  let encoding = bomEncoding(bytes);
  if (encoding) return { html: decodeBytes(bytes, encoding), encoding };
  encoding = supportedEncoding(charsetParamOf(contentType));
  if (!encoding) {
    // A saved XHTML page may declare its encoding in the XML declaration only, as XML parsers read it.
    encoding = supportedEncoding(sniffMetaCharset(bytes) ?? sniffXmlEncoding(bytes));
    if (encoding?.startsWith('utf-16')) encoding = 'utf-8';
  }
  if (encoding && encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
    const utf8 = validUtf8(bytes);
    if (utf8 !== null) return { html: utf8, encoding: 'utf-8' };
  }
  encoding ??= 'utf-8';
  return { html: decodeBytes(bytes, encoding), encoding };
}
