import { cleanText } from './dom.ts';
import { readableMath } from './math-text.ts';
import { type PageIndex, tagged } from './page-index.ts';
import { reflowProsePre } from './prose-pre.ts';
import { resolveWebUrl } from './url-policy.ts';

interface Candidate {
  url: string;
  /** Width in pixels for "800w", density * 10000 for "2x", so widths outrank densities of the same image set. */
  size: number;
}

/** The largest candidate of a srcset ("a.jpg 400w, b.jpg 800w" or "a.jpg 1x, b.jpg 2x"). */
export function largestSrcsetCandidate(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: Candidate | null = null;
  // Candidates are separated by commas followed by whitespace; URLs themselves may contain commas.
  for (const part of srcset.split(/,\s+|,(?=\s*$)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const match = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor);
    const value = match ? Number(match[1]) : 1;
    const size = match?.[2]?.toLowerCase() === 'w' ? value : value * 10_000;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url'];

/** A src that is only a stand-in until a script swaps in the real image. */
function isPlaceholder(src: string | null): boolean {
  if (!src?.trim()) return true;
  return (
    /^data:/i.test(src.trim()) ||
    /(?:^|[/_-])(?:blank|spacer|placeholder|lazy|transparent|pixel)[^/]*\.(?:gif|png|svg)/i.test(src)
  );
}

/** The real image behind lazy-loading markup: largest srcset candidate, else data-src & co, else src. */
function realImageSource(img: Element): string | null {
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  const sets = [img.getAttribute('data-srcset'), img.getAttribute('srcset')];
  if (picture) {
    for (const source of picture.getElementsByTagName('source')) {
      // Skip formats we would refuse to store anyway.
      const type = source.getAttribute('type')?.toLowerCase();
      if (type && !/^image\/(?:avif|webp|png|jpe?g|gif|svg\+xml)$/.test(type)) continue;
      sets.push(source.getAttribute('data-srcset'), source.getAttribute('srcset'));
    }
  }
  for (const set of sets) {
    const best = largestSrcsetCandidate(set);
    if (best) return best;
  }
  for (const attr of LAZY_SRC_ATTRS) {
    const value = img.getAttribute(attr);
    if (value?.trim() && !isPlaceholder(value)) return value;
  }
  const src = img.getAttribute('src');
  return isPlaceholder(src) ? null : src;
}

/** AMP pages use <amp-img>; Readability and the sanitizer only know <img>. Returns the new images. */
function convertAmpImages(doc: Document, ampImages: Element[]): Element[] {
  return ampImages.map((amp) => {
    const img = doc.createElement('img');
    for (const attr of ['src', 'srcset', 'alt', 'width', 'height', 'title']) {
      const value = amp.getAttribute(attr);
      if (value !== null) img.setAttribute(attr, value);
    }
    amp.replaceWith(img);
    return img;
  });
}

/**
 * <details>/<summary> are not kept by the sanitizer (a closed <details> would hide text in the reader);
 * as plain blocks their text stays readable and separate.
 */
function flattenDisclosures(doc: Document, disclosures: Element[]): void {
  for (const element of disclosures) {
    const div = doc.createElement('div');
    div.append(...element.childNodes);
    element.replaceWith(div);
  }
}

/** Makes every image point at its real, absolute http(s) source and unwraps <picture>. */
function resolveImages(images: Element[], base: string | null): void {
  for (const img of images) {
    const raw = realImageSource(img);
    const src = resolveWebUrl(raw, base);
    for (const attr of ['srcset', 'data-srcset', 'sizes', 'loading', ...LAZY_SRC_ATTRS]) img.removeAttribute(attr);
    if (src) img.setAttribute('src', src);
    else img.removeAttribute('src');
    const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
    if (picture) picture.replaceWith(img);
  }
}

/** Absolute http(s) hrefs; links that cannot be followed (javascript:, mailto:, unresolvable) keep only their text. */
function resolveLinks(links: Element[], base: string | null): void {
  for (const link of links) {
    const href = link.getAttribute('href');
    const url = resolveWebUrl(href, base);
    if (url) {
      link.setAttribute('href', url);
      continue;
    }
    link.replaceWith(...link.childNodes);
  }
}

/**
 * What a browser that runs no script shows: a <noscript> that holds the story (some blogs put the article in
 * a script template, with the same text in <noscript>) becomes part of the page. Image-only <noscript>s are
 * left to Readability, which swaps them for their lazy-loading placeholder.
 */
function unwrapProseNoscripts(doc: Document, noscripts: Element[]): void {
  for (const noscript of noscripts) {
    if (!noscript.parentElement || hasAncestorTag(noscript, HEAD)) continue;
    if (!noscript.getElementsByTagName('p').length || cleanText(noscript.textContent).length < 200) continue;
    const div = doc.createElement('div');
    div.append(...noscript.childNodes);
    noscript.replaceWith(div);
  }
}

/** Rewrites the page so what Readability keeps is already usable offline: real images, absolute links. */
export function prepareDocument(doc: Document, index: PageIndex, base: string | null): void {
  unwrapProseNoscripts(doc, tagged(index, 'noscript'));
  reflowProsePre(doc, tagged(index, 'pre'));
  readableMath(doc, tagged(index, 'math'), tagged(index, 'script'));
  const ampImages = convertAmpImages(doc, tagged(index, 'amp-img'));
  index.byTag.set('img', [...tagged(index, 'img'), ...ampImages]);
  flattenDisclosures(doc, [...tagged(index, 'details'), ...tagged(index, 'summary')]);
  resolveImages(tagged(index, 'img'), base);
  resolveLinks(tagged(index, 'a'), base);
}

const SIDE_TAGS = new Set(['aside', 'nav', 'footer']);
const HEAD = new Set(['head']);

/** The first image in the article that is not an icon, logo or tracking pixel. */
export function firstLargeImage(index: PageIndex): string | null {
  const root = index.root;
  if (!root) return null;
  for (const img of tagged(index, 'img')) {
    if (!img.hasAttribute('src') || !root.contains(img)) continue;
    const width = Number(img.getAttribute('width'));
    const height = Number(img.getAttribute('height'));
    if ((width > 0 && width < 200) || (height > 0 && height < 100)) continue;
    const hints = `${img.getAttribute('src')} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`;
    if (/logo|avatar|icon|sprite|badge|pixel|emoji|gravatar/i.test(hints)) continue;
    if (hasAncestorTag(img, SIDE_TAGS)) continue;
    return img.getAttribute('src');
  }
  return null;
}

function hasAncestorTag(element: Element, tags: ReadonlySet<string>): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (tags.has(at.localName)) return true;
  return false;
}
