import { descendantsByTag, shortText, textLongerThan } from './dom.ts';

// A grid of teasers for other stories or videos ("More videos", "Watch next"), each card a headline linking to
// another page of the site and a sentence of its own. The sentences keep the grid's link density low, so the
// link-list rules in cleanup.ts never take it, and beside a video report of two lines it can be most of the text
// Readability keeps. Each card is short and opens another page; a story's paragraphs are neither.

/** Fewer cards than this are a pair of links in a story, not a grid. */
const MIN_CARDS = 3;
/** A card says a headline and a sentence or two: longer, it is prose of the story. */
const MAX_CARD_CHARS = 400;
/** A headline is a few words at least ("Floods close roads"), not a "More" or an arrow. */
const MIN_HEADLINE_WORDS = 3;

const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'aside']);
const CARD_TAGS = new Set(['li', 'article', 'div', 'section', 'p']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function hasHeadingAround(link: Element): boolean {
  for (let at = link.parentElement; at; at = at.parentElement) if (HEADINGS.has(at.localName)) return true;
  return false;
}

/**
 * A teaser card: one link target on the page's own site, a headline of a few words (in or around a heading, or
 * over a picture), and little besides. A paragraph (Readability turns a card's <div> into one) counts only with a
 * heading or a picture in its link: a paragraph of prose may well open with a link.
 */
function isCard(card: Element, site: string, siteOf: (url: string | null) => string | null): boolean {
  if (!CARD_TAGS.has(card.localName) || shortText(card, MAX_CARD_CHARS) === null) return false;
  const links = card.getElementsByTagName('a');
  const first = links[0];
  if (!first) return false;
  const href = first.getAttribute('href');
  if (siteOf(href) !== site) return false;
  for (const link of links) if (link.getAttribute('href') !== href) return false;
  const headline = `${first.textContent ?? ''}`.trim().split(/\s+/).length >= MIN_HEADLINE_WORDS;
  const framed =
    hasHeadingAround(first) ||
    first.getElementsByTagName('img').length > 0 ||
    [...HEADINGS].some((tag) => first.getElementsByTagName(tag).length > 0);
  return headline && framed;
}

/** The heading right before a grid ("More videos"): a title of the grid, left alone without it. */
function gridTitle(grid: Element): Element | null {
  const before = grid.previousElementSibling;
  if (!before || !HEADINGS.has(before.localName)) return null;
  return shortText(before, 60) !== null ? before : null;
}

/**
 * Removes grids of teaser cards: a container of MIN_CARDS or more cards, every child with text being one, with
 * the heading over it. `site` is the page's own (as `siteOf` tells it from an address): teasers point at their
 * own site, so without it nothing is taken.
 */
export function removeTeaserGrids(
  root: Element,
  site: string | null,
  siteOf: (url: string | null) => string | null,
): void {
  if (!site) return;
  for (const container of descendantsByTag(root, CONTAINERS)) {
    if (container.children.length < MIN_CARDS || !root.contains(container)) continue;
    let cards = 0;
    let others = 0;
    for (const child of container.children) {
      if (isCard(child, site, siteOf)) cards++;
      // Read only as far as its first letter: the child may wrap the whole story.
      else if (textLongerThan(child, 0)) others++;
      if (others > 0) break;
    }
    if (others > 0 || cards < MIN_CARDS) continue;
    gridTitle(container)?.remove();
    container.remove();
  }
}
