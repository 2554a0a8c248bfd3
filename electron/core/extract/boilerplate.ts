import { articleRoot } from './dom.ts';

// Elements that are never article content. Readability drops most of them by scoring, but a short sentence
// next to the article (a cookie banner's "We use cookies.") passes its sibling test, so they go first.
const NEVER_CONTENT = [
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'nav',
  'footer',
  'aside',
  '[hidden]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="search"]',
].join(', ');

// Class or id words of page furniture: banners, sharing, teasers, comments, ads, paging.
const FURNITURE =
  /^(?:[a-z0-9]+[-_])*(?:cookies?|consent|gdpr|cmp|newsletter|subscribe|subscription|signup|share|sharing|social|related|recommended|recirculation|more-stories|read-more|most-read|most-popular|popular|trending|ticker|breaking-bar|comments?|disqus|respond|advert|advertisement|ads?|ad-slot|adslot|sponsored|promo|outbrain|taboola|popup|modal|overlay|breadcrumbs?|pagination|pager|paging|sidebar|widget|masthead|site-header|site-footer|skip-link|print-only|tags|tag-list)(?:[-_][a-z0-9]+)*$/i;

// The byline and dateline block: read into metadata already, and noise at the top of the text.
const BYLINE =
  /^(?:[a-z0-9]+[-_])*(?:byline|bylines|dateline|autor|auteur|author-info|meta|meta-info|timestamp|published-date|pubdate)(?:[-_][a-z0-9]+)*$/i;

function words(element: Element): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
}

function textLength(node: Node | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Removes navigation, banners, share bars, teasers, comments and the byline block before Readability runs.
 * Guarded: an element holding the article (or most of the page's text) is never removed, whatever its class.
 */
export function removeBoilerplate(doc: Document): void {
  for (const element of [...doc.querySelectorAll(NEVER_CONTENT)]) element.remove();
  // A site header is chrome; a header inside the article holds the headline and stays.
  for (const header of [...doc.querySelectorAll('header')]) {
    if (!header.closest('article') && !header.querySelector('h1')) header.remove();
  }
  const root = articleRoot(doc);
  const pageText = textLength(doc.body);
  const protects = (element: Element) =>
    element === root ||
    (root !== null && element.contains(root)) ||
    element.querySelector('article, [itemprop="articleBody"]') !== null ||
    element.tagName === 'BODY' ||
    element.tagName === 'MAIN' ||
    element.tagName === 'ARTICLE' ||
    textLength(element) > pageText * 0.4;
  for (const element of [...doc.querySelectorAll('[class], [id]')]) {
    if (!element.isConnected) continue;
    const names = words(element);
    if (names.some((w) => FURNITURE.test(w)) && !protects(element)) {
      element.remove();
      continue;
    }
    if (
      names.some((w) => BYLINE.test(w)) &&
      textLength(element) < 200 &&
      !element.querySelector('h1') &&
      !protects(element)
    ) {
      element.remove();
    }
  }
}
