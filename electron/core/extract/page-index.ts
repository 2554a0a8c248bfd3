import { classOf, Walk, walkElements } from './dom.ts';

// Everything the pipeline looks up in a page, found in one walk of its elements. On linkedom every
// getElementsByTagName or selector search walks the whole page again; a page used to be searched about
// thirty times before Readability even started.

/**
 * Elements that are never article content. Readability drops most of them by scoring, but a short sentence
 * next to the article (a cookie banner's "We use cookies.") passes its sibling test, so they go first.
 */
export const NEVER_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
]);

/** Tags whose elements are listed, in document order. */
const INDEXED_TAGS = new Set([
  'meta',
  'link',
  'base',
  'title',
  'h1',
  'h2',
  'article',
  'main',
  'time',
  'img',
  'amp-img',
  'details',
  'summary',
  'a',
  'noscript',
  'footer',
  'pre',
  'math',
  ...NEVER_CONTENT,
]);

/** Foreign and inert content: never article text, and its <title> or <a> are not the page's. */
const NOT_ENTERED = new Set(['svg', 'math', 'template', 'script', 'style']);

/** Class words of byline elements, most specific first (after rel="author" and itemprop="author"). */
const BYLINE_CLASSES = ['byline', 'author', 'autor', 'auteur'];

/** How sure a byline element is, 0 the surest: the order in which they are tried. */
export const BylineRank = {
  relAuthor: 0,
  authorName: 1,
  author: 2,
  bylineAuthor: 3,
  byline: 4,
  authorClass: 5,
  autorClass: 6,
  auteurClass: 7,
} as const;

export interface BylineCandidate {
  element: Element;
  rank: number;
}

export interface PageIndex {
  /** Elements of the INDEXED_TAGS, by tag, in document order. */
  byTag: Map<string, Element[]>;
  /** Elements with itemprop="articleBody". */
  articleBodies: Element[];
  /** Elements with role="main". */
  roleMains: Element[];
  /** Elements with itemprop="datePublished". */
  datesPublished: Element[];
  /** Elements that may hold the byline, in document order. */
  bylines: BylineCandidate[];
  /** The element that most likely holds the article, for searches that must not wander into sidebars. */
  root: Element | null;
}

const NONE: Element[] = [];

export function tagged(index: PageIndex, tag: string): Element[] {
  return index.byTag.get(tag) ?? NONE;
}

function hasWord(value: string | null | undefined, word: string): boolean {
  const lower = value?.toLowerCase();
  return !!lower?.includes(word) && lower.split(/\s+/).includes(word);
}

function hasAncestor(element: Element, test: (ancestor: Element) => boolean): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (test(at)) return true;
  return false;
}

function isAuthorProp(element: Element): boolean {
  return hasWord(element.getAttribute('itemprop'), 'author');
}

function isBylineClass(element: Element): boolean {
  return hasWord(classOf(element), 'byline');
}

/** The byline rank of an element, or -1. */
function bylineRank(element: Element, itemprop: string | null, classes: string): number {
  if (element.localName === 'a' && hasWord(element.getAttribute('rel'), 'author')) return BylineRank.relAuthor;
  if (itemprop) {
    if (hasWord(itemprop, 'name') && hasAncestor(element, isAuthorProp)) return BylineRank.authorName;
    if (hasWord(itemprop, 'author')) return BylineRank.author;
  }
  if (!classes || !/byline|aut/i.test(classes)) return -1;
  const words = classes.toLowerCase().split(/\s+/);
  if (words.includes('author') && hasAncestor(element, isBylineClass)) return BylineRank.bylineAuthor;
  const at = BYLINE_CLASSES.findIndex((word) => words.includes(word));
  return at < 0 ? -1 : BylineRank.byline + at;
}

function pickRoot(doc: Document, index: Omit<PageIndex, 'root'>): Element | null {
  const articleBody = index.articleBodies[0];
  let article: Element | null = null;
  for (let at = articleBody ?? null; at; at = at.parentElement) {
    if (at.localName === 'article') {
      article = at;
      break;
    }
  }
  return (
    article ??
    index.byTag.get('article')?.[0] ??
    articleBody ??
    index.byTag.get('main')?.[0] ??
    index.roleMains[0] ??
    doc.body
  );
}

/** Indexes the page in one walk of its elements (the <head> and the <body>). */
export function indexPage(doc: Document): PageIndex {
  const byTag = new Map<string, Element[]>();
  const articleBodies: Element[] = [];
  const roleMains: Element[] = [];
  const datesPublished: Element[] = [];
  const bylines: BylineCandidate[] = [];
  const root = doc.documentElement;
  if (root) {
    walkElements(root, (element) => {
      const tag = element.localName;
      if (INDEXED_TAGS.has(tag)) {
        const list = byTag.get(tag);
        if (list) list.push(element);
        else byTag.set(tag, [element]);
      }
      const itemprop = element.getAttribute('itemprop');
      if (itemprop) {
        if (hasWord(itemprop, 'articlebody')) articleBodies.push(element);
        if (hasWord(itemprop, 'datepublished')) datesPublished.push(element);
      }
      if (element.getAttribute('role')?.trim().toLowerCase() === 'main') roleMains.push(element);
      const rank = bylineRank(element, itemprop, classOf(element));
      if (rank >= 0) bylines.push({ element, rank });
      return NOT_ENTERED.has(tag) ? Walk.Skip : Walk.Descend;
    });
  }
  const index = { byTag, articleBodies, roleMains, datesPublished, bylines };
  return { ...index, root: pickRoot(doc, index) };
}
