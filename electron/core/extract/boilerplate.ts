import { classOf, collapsedLength, hiddenByPage, textLongerThan, Walk, walkElements } from './dom.ts';
import { NEVER_CONTENT, type PageIndex, tagged } from './page-index.ts';

// Page regions that are usually furniture, removed unless they hold the article (ASP.NET pages wrap the
// whole page in one <form>; some themes put the story inside an <aside> or a role="main" <nav>).
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
]);

// Class or id words of page furniture: banners, sharing, teasers, comments, ads, paging. Consent tools are named
// by their own words (cmpbox, cmp-banner…): a bare "cmp-" is also a CMS's prefix for every block of a story.
const FURNITURE =
  /^(?:[a-z0-9]+[-_])*(?:cookies?|consent|gdpr|cmpbox|cmpwrapper|cmp2|cmp-banner|cmp-wrapper|cmp-dialog|cmp-modal|cmp-root|newsletter|subscribe|subscription|signup|share|sharing|social|related|recommended|recirculation|more-stories|read-more|most-read|most-popular|popular|trending|ticker|breaking-bar|comments?|disqus|respond|advert|advertisement|ads?|ad-slot|adslot|sponsored|promo|outbrain|taboola|popup|modal|overlay|breadcrumbs?|pagination|pager|paging|sidebar|widget|masthead|site-header|site-footer|skip-link|print-only|tags|tag-list)(?:[-_][a-z0-9]+)*$/i;

// The byline and dateline block: read into metadata already, and noise at the top of the text.
const BYLINE =
  /^(?:[a-z0-9]+[-_])*(?:byline|bylines|dateline|autor|auteur|author-info|meta|meta-info|timestamp|published-date|pubdate)(?:[-_][a-z0-9]+)*$/i;

function words(element: Element): string[] {
  const names = `${classOf(element)} ${element.getAttributeNode('id')?.value ?? ''}`;
  return names.length > 1 ? names.split(/\s+/).filter(Boolean) : [];
}

function textLength(node: Node | null): number {
  return collapsedLength(node?.textContent ?? '');
}

/**
 * The elements that must never be removed: the article root, every article container, the containers of the
 * story's opening paragraph (when known), and their ancestors.
 */
function protectedElements(index: PageIndex, opening: Element | null): Set<Element> {
  const kept = new Set<Element>();
  const holders = [...tagged(index, 'article'), ...tagged(index, 'main'), ...index.articleBodies];
  if (index.root) holders.push(index.root);
  if (opening) holders.push(opening);
  for (const holder of holders) {
    for (let el: Element | null = holder; el && !kept.has(el); el = el.parentElement) kept.add(el);
  }
  return kept;
}

/**
 * Removes navigation, banners, share bars, teasers, comments and the byline block before Readability runs,
 * in one walk of the tree. Guarded: an element holding the article, the story's opening paragraph (see
 * findStoryOpening) or most of the page's text is never removed, whatever its class.
 */
export function removeBoilerplate(doc: Document, index: PageIndex, opening: Element | null = null): void {
  const body = doc.body;
  if (!body) return;
  // First, so that the share of the page's text below counts no script or style text.
  for (const tag of NEVER_CONTENT) for (const element of tagged(index, tag)) element.remove();
  const kept = protectedElements(index, opening);
  let pageText = -1;
  const mostOfPage = (element: Element) => {
    if (pageText < 0) pageText = textLength(body);
    return textLongerThan(element, pageText * 0.4);
  };
  const holdsArticle = (element: Element) => kept.has(element);
  const guards: Guards = { holdsArticle, protects: (element) => holdsArticle(element) || mostOfPage(element) };
  walkElements(body, (element) => (isBoilerplate(element, guards) ? Walk.Remove : Walk.Descend));
}

interface Guards {
  /** The element holds the article (or is one). */
  holdsArticle: (element: Element) => boolean;
  /** That, or it holds most of the page's text. */
  protects: (element: Element) => boolean;
}

/** A furniture word that, inside the story's body, names the wrapper of one of its pictures or embeds. */
const EMBED_WRAPPER = /^(?:[a-z0-9]+[-_])*widgets?(?:[-_][a-z0-9]+)*$/i;

/** Inside an element the page marks as the article's body (itemprop="articleBody"). */
function inArticleBody(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (/(?:^|\s)articlebody(?:\s|$)/i.test(at.getAttribute('itemprop') ?? '')) return true;
  }
  return false;
}

function inArticle(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (at.localName === 'article') return true;
  return false;
}

function isBoilerplate(element: Element, { holdsArticle, protects }: Guards): boolean {
  const tag = element.localName;
  if (NEVER_CONTENT.has(tag)) return true;
  // A <form> may wrap the whole page (ASP.NET); nav, footer and aside only stay when the article is inside.
  if (tag === 'form') return !protects(element);
  if (element.hasAttribute('hidden') || FURNITURE_TAGS.has(tag)) return !holdsArticle(element);
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return !holdsArticle(element);
  // A site header is chrome; a header inside the article holds the headline and stays.
  if (tag === 'header' && !inArticle(element) && element.getElementsByTagName('h1').length === 0) {
    return !protects(element);
  }
  const names = words(element);
  if (names.length === 0) return false;
  const furniture = names.filter((w) => FURNITURE.test(w));
  // Editors wrap the story's own pictures and embeds in "widgets": inside the article's body that word is no
  // sign. Readability would still mark the wrapper down for it, so the names go (the sanitizer drops them anyway).
  if (furniture.length > 0 && furniture.every((w) => EMBED_WRAPPER.test(w)) && inArticleBody(element)) {
    element.removeAttribute('class');
    element.removeAttribute('id');
    return false;
  }
  if (furniture.length > 0) return !protects(element);
  return (
    names.some((w) => BYLINE.test(w)) &&
    !textLongerThan(element, 200) &&
    element.getElementsByTagName('h1').length === 0 &&
    !protects(element)
  );
}

/**
 * Whether the element sits in page chrome or in something the page hides until asked: a menu, a footer, a
 * dialog, a pop-up or a hidden layer (by tag, role, class words or the page's own hiding). A sign-in form
 * there is a site's account box, not a wall in front of the page.
 */
export function inPageChrome(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const tag = at.localName;
    if (FURNITURE_TAGS.has(tag) || tag === 'header' || tag === 'dialog' || hiddenByPage(at)) return true;
    const role = at.getAttribute('role');
    if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
    if (words(at).some((word) => FURNITURE.test(word))) return true;
  }
  return false;
}
