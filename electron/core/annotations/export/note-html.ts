import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';

let purify: ReturnType<typeof createDOMPurify> | null = null;

/**
 * A note's Markdown as HTML that cannot run anything: raw HTML is escaped before parsing, then
 * DOMPurify (on jsdom, where it really sanitizes) keeps only text formatting and http(s) links.
 */
export function renderNoteHtml(markdown: string): string {
  purify ??= createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  const html = marked.parse(markdown.replace(/</g, '&lt;'), { async: false, gfm: true, breaks: true });
  return purify.sanitize(html, {
    ALLOWED_TAGS: [
      'p',
      'br',
      'strong',
      'em',
      'del',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'hr',
    ],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(https?:|mailto:)/i,
  });
}
