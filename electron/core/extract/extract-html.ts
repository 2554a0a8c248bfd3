import { AnnalsError } from '../../contract/errors.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { candidate, fullerEmbedded, MIN_WORDS, markedCandidate } from './candidate.ts';
import { cleanText, parsePage } from './dom.ts';
import { fallback } from './fallback.ts';
import { findLead, findStoryOpening } from './lead.ts';
import { copyMarkedBody, MIN_MARKED_WORDS, prefersMarked } from './marked-body.ts';
import { readMetadata } from './metadata.ts';
import { indexPage } from './page-index.ts';
import { makeExcerpt, readingMinutes } from './plain-text.ts';
import { firstLargeImage, prepareDocument } from './prepare.ts';
import { serializeSafe } from './sanitize.ts';
import { isBarePage, isSignInWall } from './short-article.ts';
import type { ExtractedArticle } from './types.ts';
import { displayHost, parseWebUrl } from './url-policy.ts';

export interface ExtractHtmlOptions {
  /** Where the HTML came from (after redirects), to resolve relative links and images; null for a bare file. */
  url?: string | null;
  /** Name of the file the HTML was read from: the title of last resort. */
  fileName?: string;
  /**
   * The HTML is what an export kept of a page, not the page: a bare line or two of it is a stub (a paywall's
   * teaser, a failed capture), not a document of one line, so the page itself is fetched instead.
   */
  carried?: boolean;
}

const MAX_HTML_CHARS = 10 * 1024 * 1024;

function imageUrls(body: Element): string[] {
  const urls = new Set<string>();
  // By tag, not by selector: on linkedom a selector costs a matcher call per element of the article.
  for (const img of body.getElementsByTagName('img')) {
    const src = img.getAttribute('src');
    if (src !== null) urls.add(src);
  }
  return [...urls];
}

/** "harbour_report-2025.html" -> "harbour report 2025": the title of last resort. */
export function titleFromFileName(fileName: string | undefined): string | null {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  return cleanText(base.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ')) || null;
}

/**
 * Turns a page's HTML into a saved-article record: metadata first (Readability rewrites the DOM), then
 * images and links made usable offline, page furniture removed, Readability, the allowlist sanitizer, plain text.
 */
export async function extractFromHtml(html: string, options: ExtractHtmlOptions = {}): Promise<ExtractedArticle> {
  if (typeof html !== 'string' || !html.trim()) throw new AnnalsError('BAD_INPUT', 'The page is empty');
  if (html.length > MAX_HTML_CHARS) throw new AnnalsError('TOO_LARGE', 'That page is larger than 10 MB');
  const pageUrl = options.url ? parseWebUrl(options.url).href : null;

  const doc = parsePage(html);
  const index = indexPage(doc);
  const meta = readMetadata(doc, index, pageUrl);
  meta.datelineElement?.remove();
  prepareDocument(doc, index, meta.baseUrl);
  const wall = isSignInWall(index);
  removeBoilerplate(doc, index, findStoryOpening(index));
  const leadImage = meta.leadImage ?? firstLargeImage(index);

  const lead = findLead(index);
  const marked = copyMarkedBody(index, doc);
  let found = candidate(doc, meta, lead);
  if (marked && prefersMarked(marked, found)) {
    // Judged again on the marked body as cleaned: its raw text may differ from Readability's by furniture alone.
    const fromMarkup = markedCandidate(marked, meta, lead);
    if (fromMarkup && fromMarkup.wordCount >= MIN_MARKED_WORDS && prefersMarked(fromMarkup, found)) found = fromMarkup;
  }
  if (!found || found.wordCount < MIN_WORDS)
    found = fallback(html, meta, found, {
      marksArticle: index.root !== doc.body,
      bare: !options.carried && isBarePage(index),
      wall,
      lead,
    });
  else found = fullerEmbedded(found, meta, wall);
  const { body, text, wordCount } = found;
  const title =
    meta.title ??
    found.readabilityTitle ??
    titleFromFileName(options.fileName) ??
    displayHost(pageUrl) ??
    'Untitled article';
  const images = imageUrls(body);

  return {
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedAt: meta.publishedAt,
    lang: meta.lang,
    excerpt: makeExcerpt(meta.description, text),
    leadImage: leadImage ?? images[0] ?? null,
    html: serializeSafe(body).trim(),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    images: images.map((url) => ({ url })),
  };
}
