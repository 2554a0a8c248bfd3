import { isObject, type JsonLd, type JsonObject } from './json-ld.ts';

// Pages drawn by a script often leave the story out of the HTML and describe it in JSON-LD instead: an
// article's "articleBody", or a how-to's description and steps. Real extractors read it when the page's
// own markup holds no article; so does Annals (see candidate.ts). The markup built here is untrusted
// like the page it came from: it goes through the same cleanup and allowlist sanitizer as any article.

/** More than this is no article body but a page's worth of data. */
const MAX_BODY_CHARS = 1_000_000;
const MAX_STEPS = 200;
const MAX_DEPTH = 4;

/** Whether a string holds markup (a CMS may store HTML in articleBody). */
const HAS_MARKUP = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|a|strong|em|b|i|blockquote)\b[^>]*>/i;

export const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** A text value as blocks of markup: kept as markup when it is some, else one paragraph per line. */
export function blocks(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  if (HAS_MARKUP.test(value)) return `<div>${value}</div>`;
  return value
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
}

function heading(value: unknown): string {
  return typeof value === 'string' && value.trim() ? `<h2>${escapeText(value.trim())}</h2>` : '';
}

/** A how-to's steps: HowToStep and HowToSection nodes, their directions and tips, or plain strings. */
function steps(value: unknown, out: string[], depth = 0): void {
  if (depth > MAX_DEPTH || out.length > MAX_STEPS) return;
  if (Array.isArray(value)) {
    for (const item of value) steps(item, out, depth + 1);
    return;
  }
  if (typeof value === 'string') {
    out.push(blocks(value));
    return;
  }
  if (!isObject(value)) return;
  const step = value as JsonObject;
  const text = step.text ?? step.description;
  // A step's name often only repeats the start of its text.
  const name = typeof step.name === 'string' && typeof text === 'string' && text.includes(step.name) ? '' : step.name;
  out.push(heading(name), blocks(text));
  steps(step.itemListElement ?? step.step, out, depth + 1);
}

/** The article's body as markup from the page's JSON-LD, or null when it holds none. */
export function embeddedBodyHtml(ld: JsonLd): string | null {
  const parts: string[] = [];
  const article = ld.article;
  if (article) parts.push(blocks(article.articleBody ?? article.text));
  if (!parts.join('') && ld.howTo) {
    parts.push(blocks(ld.howTo.description));
    steps(ld.howTo.step, parts);
  }
  const html = parts.join('');
  return html && html.length <= MAX_BODY_CHARS ? html : null;
}
