// A dropped .html file as text. Blob.text() always reads UTF-8, which turns a page saved in GBK, Shift_JIS or
// windows-1251 into replacement characters before the core ever sees it. The rules are the core's
// (electron/core/extract/charset.ts), which the renderer cannot import: a byte-order mark, else bytes that are
// valid UTF-8, else the page's own <meta> declaration, else UTF-8.

const HEAD_BYTES = 65_536;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a <meta> in the page's <head> declares (comments and scripts left out), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Every byte maps to one character in windows-1252, and the markup sought is ASCII in every legacy encoding.
  const head = new TextDecoder('windows-1252')
    .decode(bytes.subarray(0, HEAD_BYTES))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, '');
  const bodyAt = head.search(/<body[\s>]/i);
  const searched = bodyAt < 0 ? head : head.slice(0, Math.max(bodyAt, 1024));
  for (const tag of searched.matchAll(/<meta\b[^>]*>/gi)) {
    const match = /charset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag[0]);
    if (match?.[1]) return match[1];
  }
  return null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/** The text of a saved page's bytes, decoded as its declaration (or byte-order mark) says. */
export function decodePageFile(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration says what it is.
  }
  const declared = decoderFor(declaredCharset(bytes));
  return (declared && !declared.encoding.startsWith('utf-16') ? declared : new TextDecoder('utf-8')).decode(bytes);
}

export async function pageFileText(file: Blob): Promise<string> {
  return decodePageFile(new Uint8Array(await file.arrayBuffer()));
}
