// The article extraction pipeline: fetch a page (or take its HTML), extract the article, sanitize it.
import { extractFromHtml } from './extract-html.ts';
import { fetchPageOrText } from './fetch-page.ts';
import type { FetchOptions } from './http-get.ts';
import { extractFromPlainText } from './plain-text-article.ts';
import type { ExtractedArticle } from './types.ts';

export { canonicalizeUrl } from './canonical-url.ts';
export { type ExtractHtmlOptions, extractFromHtml } from './extract-html.ts';
export { type FetchedImage, fetchImage } from './fetch-image.ts';
export { type FetchedPage, fetchPage } from './fetch-page.ts';
export type { FetchOptions } from './http-get.ts';
export { extractPageAtHand } from './page-file.ts';
export { extractFromPlainText } from './plain-text-article.ts';
export type { LookupFn } from './private-network.ts';
export type { ExtractedArticle, ImageRef } from './types.ts';

/**
 * Fetches a page (or a plain text) and extracts its article, resolving links against the address it was
 * finally served from.
 */
export async function extractFromUrl(url: string, options: FetchOptions = {}): Promise<ExtractedArticle> {
  const page = await fetchPageOrText(url, options);
  if ('text' in page) return extractFromPlainText(page.text, { url: page.url });
  return extractFromHtml(page.html, { url: page.url });
}
