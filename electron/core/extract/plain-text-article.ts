// Plain text as an article: a .txt file dropped on the window, or an address that answers text/plain (notes,
// RFCs, mailing-list posts). The text is only ever text: it becomes text nodes, so markup in it is shown, not run.
import { AnnalsError } from '../../contract/errors.ts';
import { cleanText, parsePage } from './dom.ts';
import { titleFromFileName } from './extract-html.ts';
import { countWords, htmlToText, makeExcerpt, readingMinutes } from './plain-text.ts';
import { asParagraphs } from './prose-pre.ts';
import { sanitizeTree, serializeSafe } from './sanitize.ts';
import type { ExtractedArticle } from './types.ts';
import { displayHost, parseWebUrl } from './url-policy.ts';

/** As for a page: ten million characters is far above any article. */
const MAX_TEXT_CHARS = 10 * 1024 * 1024;
/** A first line this short, standing alone, is the text's title; a longer one is its first paragraph. */
const MAX_TITLE_CHARS = 150;

export interface PlainTextOptions {
  /** Where the text came from (after redirects); null for a file. */
  url?: string | null;
  /** The file it was read from: the title when the text's first line is none. */
  fileName?: string;
}

/** The first block of the text when it is one short line (a heading), and the text after it. */
function splitTitle(text: string): { title: string | null; body: string } {
  const match = /^[ \t]*([^\n]+?)[ \t]*(?:\n[ \t]*\n|$)/.exec(text);
  const line = cleanText(match?.[1]);
  if (!match || !line || line.length > MAX_TITLE_CHARS) return { title: null, body: text };
  const body = text.slice(match[0].length);
  // A text that is one short line is both its title and its body.
  return { title: line, body: body.trim() ? body : text };
}

/** The last part of an address's path, as a file's name would be ("rfc2324.txt"). */
function lastPathSegment(url: string | null): string | undefined {
  if (!url) return undefined;
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
  try {
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return segment;
  }
}

/** An article of a plain text: title from its first line if that is short, paragraphs from its blank-line blocks. */
export function extractFromPlainText(raw: string, options: PlainTextOptions = {}): ExtractedArticle {
  if (raw.length > MAX_TEXT_CHARS) throw new AnnalsError('TOO_LARGE', 'That text is larger than 10 MB');
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new AnnalsError('NOT_AN_ARTICLE', 'That text file is empty');
  const url = options.url ? parseWebUrl(options.url).href : null;
  const { title, body } = splitTitle(text);

  const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
  const root = sanitizeTree(asParagraphs(doc, body));
  const articleText = htmlToText(root);
  const wordCount = countWords(articleText);
  return {
    url,
    canonicalUrl: null,
    title: title ?? titleFromFileName(options.fileName ?? lastPathSegment(url)) ?? displayHost(url) ?? 'Untitled text',
    byline: null,
    siteName: displayHost(url),
    publishedAt: null,
    lang: null,
    excerpt: makeExcerpt(null, articleText),
    leadImage: null,
    html: serializeSafe(root).trim(),
    text: articleText,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    images: [],
  };
}
