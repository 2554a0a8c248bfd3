import { linkDensity } from './cleanup.ts';
import { cleanText, shortText, textLongerThan } from './dom.ts';
import {
  inside,
  isHidden,
  isProseHeading,
  MAX_ELEMENTS_SCANNED,
  MAX_LEAD_CHARS,
  MIN_LEAD_CHARS,
  NOT_LEAD_CONTAINERS,
  nextInOrder,
  nextOutside,
  pageHeadline,
  SENTENCE_END,
} from './headline-scan.ts';
import type { PageIndex } from './page-index.ts';

// News pages often set the standfirst (the paragraph under the headline that sums up the story) apart
// from the story's own container, in the page header beside the headline. Readability keeps only the
// container, so the lead is found before it runs and put back in front of the article when it was left out.

export interface Lead {
  element: Element;
  text: string;
}

/** The first paragraph of prose under the page's headline, read before Readability rewrites the page. */
export function findLead(index: PageIndex): Lead | null {
  const headline = pageHeadline(index);
  if (!headline) return null;
  let element = nextOutside(headline);
  for (let scanned = 0; element && scanned < MAX_ELEMENTS_SCANNED; scanned++, element = nextInOrder(element)) {
    const tag = element.localName;
    if (tag === 'h1') return null;
    // Some pages set the standfirst as an <h2>: a whole sentence, where a section heading is a few words.
    const proseHeading = tag === 'h2' && isProseHeading(element);
    if (tag === 'h2' && !proseHeading) return null;
    if ((tag !== 'p' && !proseHeading) || inside(element, NOT_LEAD_CONTAINERS)) continue;
    const text = shortText(element, MAX_LEAD_CHARS);
    if (text === null) return null; // the story itself has begun
    if (text.length < MIN_LEAD_CHARS || !SENTENCE_END.test(text) || isHidden(element)) continue;
    if (linkDensity(element) > 0.3) continue;
    return { element, text };
  }
  return null;
}

/** Paragraphs of prose after the lead, in its own container, that show it opens the story's running text. */
const OPENING_FOLLOWERS = 2;

/**
 * The paragraph under the headline when it opens the story's running text (OPENING_FOLLOWERS paragraphs of
 * prose follow it in its container): looked for before furniture removal, so that a class word on the story's
 * container ("content-with-ads", "has-sidebar") cannot take the story away. A lone promotion under the
 * headline (a newsletter box) has no paragraphs after it.
 */
export function findStoryOpening(index: PageIndex): Element | null {
  const lead = findLead(index);
  if (!lead) return null;
  let followers = 0;
  for (let at = lead.element.nextElementSibling; at && followers < OPENING_FOLLOWERS; at = at.nextElementSibling) {
    if (at.localName === 'p' && textLongerThan(at, MIN_LEAD_CHARS)) followers++;
  }
  return followers >= OPENING_FOLLOWERS ? lead.element : null;
}

/** Puts the lead in front of the article when the article left it out (neither the element nor its text). */
export function restoreLead(body: Element, lead: Lead | null): void {
  if (!lead || body.contains(lead.element)) return;
  if (cleanText(body.textContent).includes(lead.text)) return;
  const paragraph = body.ownerDocument.createElement('p');
  paragraph.textContent = lead.text;
  body.prepend(paragraph);
}
