import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

// Article markup only (div is kept so paragraph boundaries survive). Everything else (script, style, iframe, form, svg, math, base, meta, object…) goes,
// and so does every attribute not listed: no on* handlers, no style, no class/id, no data-*.
export const ALLOWED_TAGS = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'cite',
  'q',
  'abbr',
  'code',
  'kbd',
  'samp',
  'pre',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'sup',
  'sub',
];

export const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'lang',
  'dir',
];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // Only absolute http(s) URLs; DOMPurify tests this against every attribute not marked URI-safe, hence the list below.
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  ADD_URI_SAFE_ATTR: ['width', 'height', 'colspan', 'rowspan', 'scope', 'start', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM: true,
};

function isHttpUrl(value: string | null): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

interface Sanitizer {
  purify: DOMPurify;
  window: JSDOM['window'];
}

let sanitizer: Sanitizer | null = null;

/**
 * DOMPurify needs a real, spec-conformant DOM: on linkedom it is "unsupported" and returns its input
 * unchanged. A jsdom window is expensive to create, so one is made on first use and kept.
 */
function getSanitizer(): Sanitizer {
  if (sanitizer) return sanitizer;
  const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Second line of defence behind ALLOWED_URI_REGEXP: a URL that parses as http(s) or nothing.
    if (node.tagName === 'A') {
      if (!isHttpUrl(node.getAttribute('href'))) node.removeAttribute('href');
      else node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG' && !isHttpUrl(node.getAttribute('src'))) node.removeAttribute('src');
    for (const attr of ['width', 'height', 'colspan', 'rowspan', 'start']) {
      const value = node.getAttribute?.(attr);
      if (value !== null && value !== undefined && !/^\d{1,5}$/.test(value.trim())) node.removeAttribute(attr);
    }
  });
  sanitizer = { purify, window };
  return sanitizer;
}

/** Sanitizes article HTML; returns the <body> of an inert jsdom document holding the result. */
export function sanitizeToDom(html: string): HTMLElement {
  const body = getSanitizer().purify.sanitize(html, CONFIG) as HTMLElement;
  // An image without a usable source shows nothing offline.
  for (const img of [...body.querySelectorAll('img:not([src])')]) img.remove();
  return body;
}

/** Sanitizes article HTML to a string of safe article markup. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeToDom(html).innerHTML;
}
