import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { escapeHtml } from './escape-html.ts';

/** Our own Marked instance, so this setting never leaks into other users of the shared `marked`. */
const notes = new Marked({
  async: false,
  gfm: true,
  breaks: true,
  renderer: {
    // HTML typed into a note is shown as the text it is, never parsed as markup.
    html: (token) =>
      'block' in token && token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text),
    // Images would be fetched from the web when the page opens: shown as a link to them instead.
    image: ({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
  },
});

const ALLOWED_TAGS = [
  ...['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'hr', 'a'],
  ...['ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
];

let purify: DOMPurify | null = null;

/**
 * A note's Markdown as HTML that cannot run anything. DOMPurify runs on a jsdom window (on
 * linkedom it would hand its input back unchanged) and keeps only text formatting and links to
 * http(s) or mailto: no scripts, no event handlers, no images or frames, no javascript: links.
 */
export function renderNoteHtml(markdown: string): string {
  purify ??= createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  const html = notes.parse(markdown, { async: false });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
