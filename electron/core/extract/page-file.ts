// A page at hand (contract: PageAtHand): HTML as text, or a saved page's or text file's bytes, which are decoded
// here by the core's one charset logic, so every shell reads a GBK, Shift_JIS or windows-1252 page alike.
import { AnnalsError } from '../../contract/errors.ts';
import { isPlainTextFileName, MAX_PAGE_FILE_BYTES, type PageAtHand } from '../../contract/pages.ts';
import { decodeHtml, decodeText } from './charset.ts';
import { extractFromHtml } from './extract-html.ts';
import { extractFromPlainText } from './plain-text-article.ts';
import type { ExtractedArticle } from './types.ts';
import { parseWebUrl } from './url-policy.ts';

/** The bytes of a page or text file, refused when empty or larger than a page may be. */
export function pageFileBytes(base64: string, fileName: string | undefined): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  const name = fileName?.split(/[\\/]/).pop() || 'That file';
  if (bytes.length === 0) throw new AnnalsError('BAD_INPUT', `${name} is empty.`);
  if (bytes.length > MAX_PAGE_FILE_BYTES) {
    throw new AnnalsError('TOO_LARGE', `${name} is larger than 10 MB, the most Annals reads as one article.`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The article of a page at hand; `url` is the address the page claims (resolved, guessing a missing scheme). */
export async function extractPageAtHand(page: PageAtHand): Promise<ExtractedArticle> {
  const url = page.url ? parseWebUrl(page.url, { guessScheme: true }).href : null;
  const options = { url, ...(page.fileName ? { fileName: page.fileName } : {}) };
  if (page.base64 === undefined) return extractFromHtml(page.html ?? '', options);
  const bytes = pageFileBytes(page.base64, page.fileName);
  if (isPlainTextFileName(page.fileName)) return extractFromPlainText(decodeText(bytes, null), options);
  return extractFromHtml(decodeHtml(bytes, null).html, options);
}
