import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * A reader's note, Markdown to HTML that cannot run anything: raw HTML in the note is escaped
 * before parsing, and the result is sanitized (no scripts, handlers, styles or javascript: links).
 */
export function renderNote(markdown: string): string {
  const escaped = markdown.replace(/</g, '&lt;');
  const html = marked.parse(escaped, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
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
