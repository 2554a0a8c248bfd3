import { AnnalsError } from '../../contract/errors.ts';
import { decodeHtml, decodeText } from './charset.ts';
import { looksLikeHtml, mediaTypeOf, notAPageReason, sniffNotAPage } from './content-type.ts';
import { type FetchOptions, type GetResult, guardedGet, resolveRequest } from './http-get.ts';

export interface FetchedPage {
  /** The final address, after redirects. */
  url: string;
  html: string;
  /** The Content-Type header as the server sent it ("" when it sent none). */
  contentType: string;
}

/** An address that answered text/plain: its text, to be read as an article of its own. */
export interface FetchedText {
  url: string;
  text: string;
  contentType: string;
}

const PAGE_DEFAULTS = {
  accept: 'text/html,application/xhtml+xml',
  noun: 'page',
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
};

const PAGE_OR_TEXT_DEFAULTS = { ...PAGE_DEFAULTS, accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' };

const isPlainText = (contentType: string) => mediaTypeOf(contentType) === 'text/plain';

/** Downloads what an address answers, refusing (before the body is read) whatever is neither a page nor, if allowed, text. */
async function download(url: string, options: FetchOptions, allowText: boolean): Promise<GetResult> {
  const request = resolveRequest(options, allowText ? PAGE_OR_TEXT_DEFAULTS : PAGE_DEFAULTS, (contentType) => {
    if (allowText && isPlainText(contentType)) return;
    const reason = notAPageReason(mediaTypeOf(contentType));
    if (reason) throw new AnnalsError('UNSUPPORTED_CONTENT', reason);
  });
  const result = await guardedGet(url, request);
  // Servers mislabel files (a PDF as text/html) or send no type at all: the first bytes decide then.
  const sniffed = sniffNotAPage(result.bytes);
  if (sniffed) throw new AnnalsError('UNSUPPORTED_CONTENT', sniffed);
  return result;
}

function asPage(result: GetResult): FetchedPage {
  if (!result.contentType && !looksLikeHtml(result.bytes)) {
    throw new AnnalsError('UNSUPPORTED_CONTENT', 'That address did not send a web page');
  }
  const { html } = decodeHtml(result.bytes, result.contentType);
  return { url: result.url, html, contentType: result.contentType };
}

/** Downloads a web page and decodes it to a string; refuses anything that is not HTML. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  return asPage(await download(url, options, false));
}

/** Downloads a web page, or a plain text (notes, an RFC, a mailing-list post), decoded by its charset. */
export async function fetchPageOrText(url: string, options: FetchOptions = {}): Promise<FetchedPage | FetchedText> {
  const result = await download(url, options, true);
  if (!isPlainText(result.contentType)) return asPage(result);
  return { url: result.url, text: decodeText(result.bytes, result.contentType), contentType: result.contentType };
}
