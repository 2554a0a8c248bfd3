import { parsePage } from './dom.ts';

// An allowlist sanitizer over the DOM tree the page was parsed into (linkedom), with its own serializer.
// DOMPurify needs a real, spec-conformant DOM (on linkedom it returns its input unchanged) and a jsdom window
// costs more than the rest of extraction together. Safety here does not rest on the DOM implementation:
// the output holds only the elements and attributes listed below, every URL is an absolute http(s) URL, and
// the serializer below escapes every character of text and attribute values that could start markup.

// Article markup only (div is kept so paragraph boundaries survive). Everything else (script, style, iframe,
// form, svg, math, base, meta, object…) goes, and so does every attribute not listed: no on* handlers, no
// style, no class/id, no data-*.
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

const ALLOWED = new Set(ALLOWED_TAGS);
const VOID = new Set(['img', 'br', 'hr']);

/**
 * Removed with everything inside: code, styles, embedded documents, foreign (svg/math) content, form
 * controls and text that the HTML parser reads raw. Keeping their text could resurrect markup.
 */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'input',
  'button',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
]);

/** Block containers that are not kept as such become a div, so their text stays a paragraph of its own. */
const BLOCK_AS_DIV = new Set([
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'address',
  'center',
  'details',
  'summary',
  'hgroup',
  'fieldset',
  'form',
  'nav',
]);

const NUMERIC_ATTRS = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);

/** The URL as an absolute http(s) URL, or null: anything else (javascript:, data:, relative, unparsable) goes. */
function httpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Where an image may come from: a page being extracted shows its images from the web; an article as
 * stored shows only its own files (assets/<sha256>.<ext>, written when it was saved), never the web.
 */
export type ImageSources = 'web' | 'stored';

const STORED_ASSET = /^assets\/[a-f0-9]{64}\.[a-z0-9]{1,10}$/;

function imageSource(value: string, images: ImageSources): string | null {
  if (images === 'web') return httpUrl(value);
  return STORED_ASSET.test(value.trim()) ? value.trim() : null;
}

/** The attribute's safe value, or null to drop it. */
function safeAttribute(tag: string, name: string, value: string, images: ImageSources): string | null {
  switch (name) {
    case 'href':
      return tag === 'a' ? httpUrl(value) : null;
    case 'src':
      return tag === 'img' ? imageSource(value, images) : null;
    case 'alt':
    case 'title':
      return value;
    case 'scope':
      return /^(?:row|col|rowgroup|colgroup)$/i.test(value.trim()) ? value.trim().toLowerCase() : null;
    case 'lang':
      return /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i.test(value.trim()) ? value.trim() : null;
    case 'dir':
      return /^(?:ltr|rtl|auto)$/i.test(value.trim()) ? value.trim().toLowerCase() : null;
    default:
      return NUMERIC_ATTRS.has(name) && /^\d{1,5}$/.test(value.trim()) ? value.trim() : null;
  }
}

function cleanAttributes(element: Element, tag: string, images: ImageSources): void {
  for (const attr of [...element.attributes]) {
    const name = attr.name.toLowerCase();
    const value =
      ALLOWED_ATTR.includes(name) && name === attr.name ? safeAttribute(tag, name, attr.value, images) : null;
    if (value === null) element.removeAttribute(attr.name);
    else if (value !== attr.value) attr.value = value;
  }
  if (tag === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
}

/** The tag name, lowercased; namespaced (svg, math) elements report their local name and are dropped by it. */
function tagOf(element: Element): string {
  return (element.localName || element.tagName || '').toLowerCase();
}

function sanitizeChildren(parent: Element, images: ImageSources): void {
  let child = parent.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === 1) sanitizeElement(child as Element, images);
    else if (child.nodeType !== 3) child.remove(); // comments, processing instructions, doctypes
    child = next;
  }
}

function sanitizeElement(element: Element, images: ImageSources): void {
  const tag = tagOf(element);
  if (DROP_WITH_CONTENT.has(tag) || tag.includes(':')) {
    element.remove();
    return;
  }
  sanitizeChildren(element, images);
  if (ALLOWED.has(tag)) {
    cleanAttributes(element, tag, images);
    // An image without a usable source shows nothing offline.
    if (tag === 'img' && !element.hasAttribute('src')) element.remove();
    else if (VOID.has(tag)) element.replaceChildren();
    return;
  }
  const doc = element.ownerDocument;
  if (BLOCK_AS_DIV.has(tag)) {
    const div = doc.createElement('div');
    div.append(...element.childNodes);
    element.replaceWith(div);
    return;
  }
  // Anything else (span, font, custom elements…) gives way to its content.
  element.replaceWith(...element.childNodes);
}

/** Sanitizes the children of `root` in place (root itself is the container and is kept, attributes cleared). */
export function sanitizeTree(root: Element, images: ImageSources = 'web'): Element {
  for (const attr of [...root.attributes]) root.removeAttribute(attr.name);
  sanitizeChildren(root, images);
  return root;
}

const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
const escapeAttribute = (value: string) =>
  value.replace(/[&"<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );

function serializeNode(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeText((node as Text).data));
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const tag = tagOf(element);
  // Only what the sanitizer keeps can be written; anything else (a tree not sanitized) is left out whole.
  if (!ALLOWED.has(tag)) return;
  out.push('<', tag);
  for (const attr of element.attributes) {
    const name = attr.name.toLowerCase();
    if (!ALLOWED_ATTR.includes(name)) continue;
    out.push(' ', name, '="', escapeAttribute(attr.value), '"');
  }
  // Set by the sanitizer on links it keeps, written last as DOMPurify's hook did.
  if (tag === 'a' && element.getAttribute('rel') === 'noopener noreferrer') out.push(' rel="noopener noreferrer"');
  out.push('>');
  if (VOID.has(tag)) return;
  // Rows directly in a table get the <tbody> an HTML parser would give them, so the markup reads back the same.
  let inBody = false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const row = tag === 'table' && child.nodeType === 1 && tagOf(child as Element) === 'tr';
    if (row && !inBody) out.push('<tbody>');
    else if (!row && inBody && child.nodeType === 1) out.push('</tbody>');
    if (child.nodeType === 1) inBody = row;
    serializeNode(child, out);
  }
  if (inBody) out.push('</tbody>');
  out.push('</', tag, '>');
}

/** The markup of root's children: only allowed elements and attributes, text and attribute values escaped. */
export function serializeSafe(root: Element): string {
  const out: string[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) serializeNode(child, out);
  return out.join('');
}

/** Sanitizes article HTML to a string of safe article markup. */
export function sanitizeArticleHtml(html: string, images: ImageSources = 'web'): string {
  const { body } = parsePage(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return serializeSafe(sanitizeTree(body, images));
}

/**
 * An article's HTML as it is stored (its images its own files): what a save writes, and what a restore
 * accepts from a backup, through the same allowlist, so a backup can bring nothing a page could not.
 */
export function sanitizeStoredHtml(html: string): string {
  return sanitizeArticleHtml(html, 'stored');
}
