import { linkDensity } from './cleanup.ts';
import { cleanText, hasDescendant, shortText, textLongerThan, Walk, walkElements } from './dom.ts';
import {
  inside,
  isHidden,
  isProseHeading,
  isScreenReaderOnly,
  MAX_ELEMENTS_SCANNED,
  MAX_LEAD_CHARS,
  MIN_LEAD_CHARS,
  NOT_LEAD_CONTAINERS,
  nextInOrder,
  nextOutside,
  pageHeadline,
  SENTENCE_END,
} from './headline-scan.ts';
import { type PageIndex, tagged } from './page-index.ts';

// A short report (a tabloid's one-line paragraphs, a video's few lines) has no single paragraph long enough to be
// its lead: its opening is the first lines of prose under the headline, gathered before Readability runs and put
// back when the article left them out. Without one, the scan says why, for a refusal's trace.

/** The opening of a short report: the first lines of prose under its headline, each in a block of its own. */
export interface Opening {
  texts: string[];
}

const HEADLINE_TAGS = ['h1', 'h2', 'h3'];

/**
 * The heading that says the page's title: its headline, whatever its level. A site may set its logo as the
 * page's <h1> and the story's headline as an <h2>, or a video's title as an <h3> over the player.
 */
function titledHeading(index: PageIndex, title: string | null): Element | null {
  const wanted = cleanText(title).toLowerCase();
  if (!wanted) return null;
  for (const tag of HEADLINE_TAGS) {
    const found = tagged(index, tag).find(
      (heading) => heading.isConnected && shortText(heading, wanted.length)?.toLowerCase() === wanted,
    );
    if (found) return found;
  }
  return null;
}

/** Where a headline may be set when no heading element says the title: a block, a cell or bold type of its own. */
const HEADLINE_HOLDERS = new Set(['h3', 'h4', 'h5', 'h6', 'div', 'p', 'span', 'strong', 'b', 'td', 'font']);
/** Inside these, a line that says the title is a link to the page, a menu entry or code, not the headline. */
const NOT_HEADLINE = new Set(['a', 'li', 'nav', 'select', 'button', 'script', 'style', 'noscript', 'template', 'svg']);

/**
 * The first element of the page whose whole text is the title, when no <h1> or <h2> says it: a small site or an
 * old layout sets its headline in a <div>, a table cell or bold type. Elements shorter than the title are not
 * entered (nothing inside them can say it), nor links and menus.
 */
function titledBlock(body: Element, wanted: string): Element | null {
  let found: Element | null = null;
  walkElements(body, (element) => {
    if (NOT_HEADLINE.has(element.localName)) return Walk.Skip;
    const text = shortText(element, wanted.length);
    if (text === null) return Walk.Descend;
    if (HEADLINE_HOLDERS.has(element.localName) && cleanText(text).toLowerCase() === wanted) {
      found = element;
      return Walk.Stop;
    }
    return Walk.Skip;
  });
  return found;
}

/** A tabloid's one-line paragraph is still a sentence of the story; shorter, a line is a label or a credit. */
const MIN_OPENING_LINE_CHARS = 20;
const TEXT_BLOCKS = new Set(['p', 'div']);
const INNER_BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'section',
  'article',
  'figure',
  'blockquote',
  'h2',
  'h3',
]);

/** A paragraph, or a <div> that holds only text and inline elements (a video's summary is often set so). */
function isTextBlock(element: Element): boolean {
  return TEXT_BLOCKS.has(element.localName) && !hasDescendant(element, INNER_BLOCKS);
}

/** Longer than this, a heading under the headline is a paragraph set large (see isProseHeading), not a subtitle. */
const MAX_SUBTITLE_CHARS = 120;
const SUBTITLE_TAGS = new Set(['h2', 'h3', 'h4']);

/**
 * The headline's own subtitle: a short heading set right after it, its next element ("Diversion until further
 * notice" under "Bridge closed"). It belongs to the headline, so the story's opening is looked for below it; a
 * heading that opens another section ("More videos") sits in a block of its own, not beside the headline.
 */
function headlineSubtitle(headline: Element): Element | null {
  const next = headline.nextElementSibling;
  if (!next || !SUBTITLE_TAGS.has(next.localName) || isProseHeading(next)) return null;
  return shortText(next, MAX_SUBTITLE_CHARS) ? next : null;
}

/**
 * Why no opening was found under the headline: no headline at all, a heading or a long paragraph where the scan
 * stops, the scan's limit reached, or no line under the headline that ends as a sentence (or too few to make one).
 */
export type OpeningMiss =
  | 'no-headline'
  | 'stopped-at-h1'
  | 'stopped-at-h2'
  | 'stopped-at-long-paragraph'
  | 'scan-limit'
  | 'no-lines';

/** Which element stood for the headline: a heading saying the title (by level), the page's <h1>, or a titled block. */
export type HeadlineKind = 'titled-h1' | 'titled-h2' | 'titled-h3' | 'page-h1' | 'titled-block' | 'none';

/** No opening: why, and under what kind of headline (codes only, for a refusal's trace). */
export interface OpeningMissed {
  miss: OpeningMiss;
  headline: HeadlineKind;
  /** Why the lines the scan read were not the opening (each reason once), and how many lines it read. */
  passed: PassedLine[];
  lines: number;
  /** The headline looked under, for the rule that finds the story's text in its section (see headline-section.ts). */
  at: Element | null;
}

/** Why a line under the headline was not taken for the story's opening. */
export type PassedLine = 'not-a-text-block' | 'too-short' | 'no-sentence-end' | 'hidden' | 'link-dense';

function headlineKind(headline: Element | null, titled: Element | null, pageH1: Element | null): HeadlineKind {
  if (!headline) return 'none';
  if (headline === titled) return `titled-${headline.localName}` as HeadlineKind;
  return headline === pageH1 ? 'page-h1' : 'titled-block';
}

/**
 * The opening of the story under the page's headline when no single paragraph is long enough to be its lead: the
 * first blocks of prose that end as sentences, gathered until together they are as long as a lead. A tabloid
 * tells a story in one-line paragraphs; a video's page sets its few lines in a <div>. Bylines, dates and labels
 * do not end as sentences and are passed over, as findLead does; the scan stops where findLead's does, but begins
 * below the headline's subtitle and counts only blocks with text as its steps (a share bar of icons, a byline with
 * an avatar and a picture between headline and story are passed over whole). The headline is the heading that says
 * the page's title, else the page's <h1>, else (a page with no <h1>) the first block whose text is the title.
 * Without an opening, it says why (for a refusal's trace).
 */
export function findOpening(index: PageIndex, title: string | null, body: Element | null): Opening | OpeningMissed {
  const wanted = cleanText(title).toLowerCase();
  const titled = titledHeading(index, title);
  const pageH1 = titled ? null : pageHeadline(index);
  const headline = titled ?? pageH1 ?? (body && wanted ? titledBlock(body, wanted) : null);
  const passed = new Set<PassedLine>();
  let scanned = 0;
  const missed = (miss: OpeningMiss): OpeningMissed => ({
    miss,
    headline: headlineKind(headline, titled, pageH1),
    passed: [...passed],
    lines: scanned,
    at: headline,
  });
  if (!headline) return missed('no-headline');
  const texts: string[] = [];
  let length = 0;
  const subtitle = headlineSubtitle(headline);
  let element = nextOutside(subtitle ?? headline);
  for (; element && scanned < MAX_ELEMENTS_SCANNED; element = nextInOrder(element)) {
    // What a reader sees as nothing (an icon, a picture, an empty advert slot) is no step away from the headline.
    if (!textLongerThan(element, 0)) {
      element = skipped(element);
      continue;
    }
    const tag = element.localName;
    // Type inside a line (a byline's name, a date, a share link) is part of its block's line, no step of its own.
    if (IN_LINE.has(tag) && !hasDescendant(element, INNER_BLOCKS)) {
      element = skipped(element);
      continue;
    }
    if (PASSED_OVER.has(tag)) {
      scanned++;
      element = skipped(element);
      continue;
    }
    // A wrapper's lines are its blocks' own: layouts nest a story a dozen <div>s deep below its headline.
    if (holdsLine(element)) scanned++;
    // A heading only a screen reader hears ("Share this article") labels a toolbar; it ends no section a reader sees.
    const seen = !(tag === 'h1' || tag === 'h2') || !isScreenReaderOnly(element);
    if (tag === 'h1' && seen) return missed('stopped-at-h1');
    if (tag === 'h2' && seen && !isProseHeading(element)) return missed('stopped-at-h2');
    if (!isTextBlock(element) || inside(element, NOT_LEAD_CONTAINERS)) {
      if (holdsLine(element)) passed.add('not-a-text-block');
      continue;
    }
    const text = shortText(element, MAX_LEAD_CHARS);
    // A long paragraph: the story has begun, and findLead answers for it.
    if (text === null) return missed('stopped-at-long-paragraph');
    const fault = lineFault(element, text);
    if (fault) {
      passed.add(fault);
      continue;
    }
    texts.push(text);
    length += text.length;
    if (length >= MIN_LEAD_CHARS) return { texts };
  }
  return missed(element && scanned >= MAX_ELEMENTS_SCANNED ? 'scan-limit' : 'no-lines');
}

/** Why a text block's line is no line of the story's opening, or null when it is one. */
function lineFault(element: Element, text: string): PassedLine | null {
  if (text.length < MIN_OPENING_LINE_CHARS) return 'too-short';
  if (!SENTENCE_END.test(text)) return 'no-sentence-end';
  if (isHidden(element)) return 'hidden';
  return linkDensity(element) > 0.3 ? 'link-dense' : null;
}

/**
 * Passed over whole by the opening's scan, each one step: a line inside them is a caption, a link, a control or a
 * list entry, never the story's opening. A toolbar of share icons or a byline with an avatar between the headline
 * and the story holds dozens of elements; counted one by one they took the scan's every step.
 */
const PASSED_OVER = new Set([
  ...NOT_LEAD_CONTAINERS,
  'svg',
  'picture',
  'button',
  'form',
  'select',
  'iframe',
  'video',
  'audio',
  'ul',
  'ol',
]);

/** Elements set inside a line of text: no opening line is one of them (see isTextBlock). */
const IN_LINE = new Set([
  'span',
  'time',
  'strong',
  'b',
  'em',
  'i',
  'small',
  'label',
  'abbr',
  'cite',
  'font',
  'mark',
  'a',
  'button',
  'svg',
  'img',
  'br',
]);

/** Whether the element shows text of its own, as a line: a text node, or type set inside its line. */
function holdsLine(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 ? /\S/.test(node.textContent ?? '') : IN_LINE.has((node as Element).localName)) return true;
  }
  return false;
}

/** The last element inside `element`, so that the scan's next step leaves it. */
function skipped(element: Element): Element {
  let last = element;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/** Puts back, in front of the article, the lines of a short report's opening that the article left out. */
export function restoreOpening(body: Element, opening: Opening): void {
  const text = cleanText(body.textContent);
  const missing = opening.texts.filter((line) => !text.includes(line));
  body.prepend(
    ...missing.map((line) => {
      const paragraph = body.ownerDocument.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }),
  );
}
