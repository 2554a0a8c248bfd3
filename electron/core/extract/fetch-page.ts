import { AnnalsError } from '../../contract/errors.ts';
import { decodeHtml } from './charset.ts';
import { looksLikeHtml, mediaTypeOf, notAPageReason, sniffNotAPage } from './content-type.ts';
import { type FetchOptions, guardedGet, resolveRequest } from './http-get.ts';

export interface FetchedPage {
  /** The final address, after redirects. */
  url: string;
  html: string;
  /** The Content-Type header as the server sent it ("" when it sent none). */
  contentType: string;
}

const PAGE_DEFAULTS = {
  accept: 'text/html,application/xhtml+xml',
  noun: 'page',
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
};

/** Downloads a web page and decodes it to a string; refuses anything that is not HTML. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const request = resolveRequest(options, PAGE_DEFAULTS, (contentType) => {
    const reason = notAPageReason(mediaTypeOf(contentType));
    if (reason) throw new AnnalsError('UNSUPPORTED_CONTENT', reason);
  });
  const result = await guardedGet(url, request);
  // Servers mislabel files (a PDF as text/html) or send no type at all: the first bytes decide then.
  const sniffed = sniffNotAPage(result.bytes);
  if (sniffed) throw new AnnalsError('UNSUPPORTED_CONTENT', sniffed);
  if (!result.contentType && !looksLikeHtml(result.bytes)) {
    throw new AnnalsError('UNSUPPORTED_CONTENT', 'That address did not send a web page');
  }
  const { html } = decodeHtml(result.bytes, result.contentType);
  return { url: result.url, html, contentType: result.contentType };
}
