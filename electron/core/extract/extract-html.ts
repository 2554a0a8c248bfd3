import { AnnalsError } from '../../contract/errors.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { cleanArticle, linkDensity, siteOf } from './cleanup.ts';
import { cleanText, parsePage } from './dom.ts';
import { headlineSection, headlineSectionFault } from './headline-section.ts';
import { largestProseBlock, proseText } from './largest-block.ts';
import {
  findLead,
  findOpening,
  findStoryOpening,
  type Lead,
  type Opening,
  restoreLead,
  restoreOpening,
} from './lead.ts';
import { copyMarkedBody, type MarkedBody, MIN_MARKED_WORDS, prefersMarked } from './marked-body.ts';
import { type PageMetadata, readMetadata } from './metadata.ts';
import { indexPage } from './page-index.ts';
import { countWords, htmlToText, makeExcerpt, readingMinutes } from './plain-text.ts';
import { firstLargeImage, prepareDocument } from './prepare.ts';
import { extractMainContent, type MainContent } from './readability.ts';
import { NotAnArticleError, openingTrace, type RefusalReason, wordsCode } from './refusal.ts';
import { sanitizeTree, serializeSafe } from './sanitize.ts';
import {
  headlinedReportFault,
  isBarePage,
  isHeadlinedReport,
  isLinkList,
  isScriptNotice,
  isSignInPrompt,
  isSignInWall,
  type PageSigns,
  SHORT_PAGE_MIN_WORDS,
  shortArticleFault,
} from './short-article.ts';
import { removeTeaserGrids } from './teaser-grid.ts';
import type { ExtractedArticle } from './types.ts';
import { displayHost, parseWebUrl } from './url-policy.ts';

export interface ExtractHtmlOptions {
  /** Where the HTML came from (after redirects), to resolve relative links and images; null for a bare file. */
  url?: string | null;
  /** Name of the file the HTML was read from: the title of last resort. */
  fileName?: string;
  /**
   * The HTML is what an export kept of a page, not the page: a bare line or two of it is a stub (a paywall's
   * teaser, a failed capture), not a document of one line, so the page itself is fetched instead.
   */
  carried?: boolean;
}

const MAX_HTML_CHARS = 10 * 1024 * 1024;
const MIN_WORDS = 40;

/** Removes a heading (or a block of bare text) at the very top of the article that only repeats the title. */
function dropRepeatedTitle(body: Element, title: string): void {
  let first = body.firstElementChild;
  // Descend through wrappers that begin with an element (no text of their own before it).
  while (first && !/^H[1-6]$/i.test(first.tagName) && first.firstElementChild && startsWithElement(first)) {
    first = first.firstElementChild;
  }
  // A heading, or a block of bare text: a small site sets its headline in a <div> of its own.
  const headingLike = first && (/^H[1-6]$/i.test(first.tagName) || !first.firstElementChild);
  if (first && headingLike && cleanText(first.textContent) === cleanText(title)) first.remove();
}

function startsWithElement(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) return true;
    if (node.nodeType === 3 && cleanText(node.textContent)) return false;
  }
  return false;
}

function imageUrls(body: Element): string[] {
  const urls = new Set<string>();
  // By tag, not by selector: on linkedom a selector costs a matcher call per element of the article.
  for (const img of body.getElementsByTagName('img')) {
    const src = img.getAttribute('src');
    if (src !== null) urls.add(src);
  }
  return [...urls];
}

/** "harbour_report-2025.html" -> "harbour report 2025": the title of last resort. */
export function titleFromFileName(fileName: string | undefined): string | null {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  return cleanText(base.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ')) || null;
}

interface Candidate {
  body: Element;
  /** An embedded body that belongs to the page's own article (JSON-LD, or state carrying the page's title). */
  titled?: boolean;
  text: string;
  wordCount: number;
  readabilityTitle: string | null;
}

/** What the cleanups know of the page: its title, byline and address. */
type PageContext = Pick<PageMetadata, 'title' | 'byline' | 'baseUrl'>;

/** Readability on a prepared document, sanitized, as plain text; null when Readability finds nothing. */
function candidate(doc: Document, page: PageContext, lead: Lead | null): Candidate | null {
  const main = extractMainContent(doc);
  if (!main) return null;
  cleanArticle(main.root, page.byline, page.baseUrl);
  return finished(main, page, lead);
}

/** Sanitized, without a heading that repeats the title, the lead put back: the text a candidate offers. */
function finished(main: MainContent, page: PageContext, lead: Lead | null): Candidate {
  const body = sanitizeTree(main.root);
  const heading = page.title ?? main.title;
  if (heading) dropRepeatedTitle(body, heading);
  restoreLead(body, lead);
  const text = htmlToText(body);
  return { body, text, wordCount: countWords(text), readabilityTitle: main.title };
}

/**
 * Readability on the page as it came, cleaned by our cleanups, and as Readability left it (sanitized only): the
 * second is what a reader view without Annals shows, kept for when the cleanups took the story with the furniture.
 */
function readabilityAsItCame(doc: Document, page: PageContext): { cleaned: Candidate; own: () => Candidate } | null {
  const main = extractMainContent(doc);
  if (!main) return null;
  const copy = { ...main, root: main.root.cloneNode(true) as Element };
  cleanArticle(main.root, page.byline, page.baseUrl);
  let own: Candidate | null = null;
  return { cleaned: finished(main, page, null), own: () => (own ??= finished(copy, page, null)) };
}

/**
 * The page's marked article body (itemprop="articleBody") on a page of its own, through Readability as the
 * whole page was: inside the marked body too, a video player or a gallery's controls are furniture.
 */
function markedCandidate(marked: MarkedBody, page: PageContext, lead: Lead | null) {
  const doc = parsePage(`<!DOCTYPE html><html><body><article>${marked.root.innerHTML}</article></body></html>`);
  return candidate(doc, page, lead);
}

/**
 * A text this short may be all a script-drawn page's shell says (a cookie notice, a footer); the page's
 * embedded body replaces it when that is longer, and at least EMBEDDED_SHARE times as long when nothing
 * ties it to the page's own article.
 */
const THIN_WORDS = 150;
const EMBEDDED_SHARE = 2;

function outweighs(embedded: Candidate, found: Candidate): boolean {
  return embedded.wordCount > found.wordCount * (embedded.titled ? 1 : EMBEDDED_SHARE);
}

/** The page's embedded body (JSON-LD or script state) when the text found is a shell's and the body is far fuller. */
function fullerEmbedded(found: Candidate, meta: PageMetadata, wall: boolean): Candidate {
  if (found.wordCount >= THIN_WORDS || wall) return found;
  const embedded = embeddedCandidate(meta);
  return embedded && outweighs(embedded, found) ? embedded : found;
}

/** The article's body from the page's JSON-LD or script state, cleaned and sanitized as a page's own article is. */
function embeddedCandidate(meta: PageMetadata): Candidate | null {
  const embedded = meta.embeddedBody();
  if (!embedded) return null;
  const { html, titled } = embedded;
  const doc = parsePage(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  const root = doc.body?.firstElementChild;
  if (!root) return null;
  prepareDocument(doc, indexPage(doc), meta.baseUrl);
  cleanArticle(root, meta.byline, meta.baseUrl);
  const body = sanitizeTree(root);
  const text = htmlToText(body);
  return { body, text, wordCount: countWords(text), readabilityTitle: null, titled };
}

/** What the first look at the page learnt, before furniture removal took its form fields and pop-ups away. */
interface FirstLook extends PageSigns {
  /** The page is a sign-in or paywall page (see isSignInWall). */
  wall: boolean;
  /** The paragraph under the page's headline, if any. */
  lead: Lead | null;
}

/**
 * The second strategy, when the first found no article or too little of one: Readability alone on the page
 * as it came (our furniture removal can take a real article's container for a widget), then the article's
 * body from the page's JSON-LD or script state (a page drawn by a script). A short text is still an article
 * when the page is not a sign-in wall and shortArticleFault or headlinedReportFault finds no fault; when
 * every rule fails, the refusal says what the page was and carries each rule's answer.
 */
function fallback(html: string, meta: PageMetadata, first: Candidate | null, look: FirstLook): Candidate {
  const doc = parsePage(html);
  const index = indexPage(doc);
  const wall = look.wall;
  prepareDocument(doc, index, meta.baseUrl);
  const pageWords = doc.body ? countWords(proseText(doc.body)) : 0;
  // Read before Readability rewrites the page.
  const scanned = findOpening(index, meta.title, doc.body);
  const opening = 'texts' in scanned ? scanned : null;
  const section = 'at' in scanned ? headlineSection(scanned.at) : null;
  const asItCame = readabilityAsItCame(doc, meta);
  const second = asItCame?.cleaned ?? null;
  const best = [second].reduce<Candidate | null>(
    (top, next) => (next && (!top || next.wordCount > top.wordCount) ? next : top),
    first,
  );
  // The embedded body only when the page's own markup has too little: it is parsed and cleaned like a page.
  const embedded = wall || (best && best.wordCount >= THIN_WORDS) ? null : embeddedCandidate(meta);
  if (embedded && embedded.wordCount >= MIN_WORDS) {
    if (!best || best.wordCount < MIN_WORDS || outweighs(embedded, best)) return embedded;
  }
  if (best && best.wordCount >= MIN_WORDS) return best;
  // Each rule's answer, in order, for the refusal: which one a refused real article failed.
  const trace = pageTrace(best, pageWords, meta, look);
  if (!opening && 'miss' in scanned) trace.push(...openingTrace(scanned));
  trace.push(...candidateTrace(first, asItCame));
  if (wall) throw new NotAnArticleError('sign-in', trace);
  // A short text must have survived furniture removal (on the page as it came, Readability can settle on a
  // pop-up banner) unless it holds the paragraph under the page's headline.
  const short = first ? shortArticleFault(first, pageWords, meta, look) : 'no-text';
  if (first && !short) return first;
  trace.push(`short-article:${short}`);
  const openings = [look.lead && { texts: [look.lead.text] }, opening].filter((o): o is Opening => !!o);
  const reportFaults = new Set<string>();
  for (const found of [first, second]) {
    if (!found) continue;
    for (const o of openings.length > 0 ? openings : [null]) {
      const fault = headlinedReportFault(found, o, meta);
      if (!fault) return found;
      reportFaults.add(fault);
    }
  }
  trace.push(...[...reportFaults].map((fault) => `headlined-report:${fault}`));
  // The safety net: Readability's own text held the story's opening and our cleanups took it with the furniture
  // around it (a call to follow in the same block): the cleaned text, with the opening put back.
  const own = asItCame && openings.length > 0 ? asItCame.own() : null;
  const taken = own && openings.find((o) => isHeadlinedReport(own, o, meta));
  if (asItCame && taken) return withOpening(asItCame.cleaned, taken);
  trace.push(`safety-net:${own ? 'opening-missing' : 'no-opening'}`);
  // No opening passed the line tests: Readability's text is the story when it is the prose under the headline.
  const sectionFaults = new Set<string>();
  for (const found of opening ? [] : [first, second]) {
    const fault = found && headlineSectionFault(found, section, meta);
    if (found && !fault) return found;
    if (fault) sectionFaults.add(`headline-section:${fault}`);
  }
  trace.push(...sectionFaults);
  const block = largestBlockCandidate(html, meta);
  if (typeof block !== 'string') return block;
  trace.push(`largest-block:${block}`);
  throw new NotAnArticleError(refusalReason(best, block), trace);
}

/**
 * What the page is, as far as a refused page's text tells: its best short text, or when that says next to
 * nothing (a caption, a button), its largest block.
 */
function refusalReason(found: Candidate | null, block: LargestBlockFault): RefusalReason {
  if (found && isScriptNotice(found)) return 'script-notice';
  if (found && isSignInPrompt(found)) return 'sign-in';
  const words = found?.wordCount ?? 0;
  if ((found && isLinkList(found)) || (block === 'links' && words < SHORT_PAGE_MIN_WORDS)) return 'link-list';
  return words === 0 ? 'no-text' : 'too-short';
}

/** The facts about the page the short-text rules weigh, as codes (no words of the page): the trace's start. */
function pageTrace(best: Candidate | null, pageWords: number, meta: PageMetadata, look: FirstLook): string[] {
  const words = best?.wordCount ?? 0;
  const share = pageWords > 0 ? words / pageWords : 0;
  return [
    `words:${words === 0 ? '0' : words < SHORT_PAGE_MIN_WORDS ? 'few' : 'under-40'}`,
    `share:${share >= 0.6 ? '60%+' : share >= 0.3 ? '30-59%' : share >= 0.1 ? '10-29%' : 'under-10%'}`,
    `page:${meta.declaresStory ? 'story' : 'no-story'}`,
    `page:${look.marksArticle ? 'marked' : 'unmarked'}`,
    `lead:${look.lead ? 'found' : 'none'}`,
    ...(look.wall ? ['page:password-field'] : []),
  ];
}

/**
 * The words each Readability pass found, as codes: on the page after furniture removal, on the page as it came
 * with our cleanups, and as Readability left it there (what a reader view without Annals would keep).
 */
function candidateTrace(first: Candidate | null, asItCame: ReturnType<typeof readabilityAsItCame>): string[] {
  return [
    `first:${wordsCode(first?.wordCount ?? null, MIN_WORDS)}`,
    `as-it-came:${wordsCode(asItCame?.cleaned.wordCount ?? null, MIN_WORDS)}`,
    `readability-own:${wordsCode(asItCame ? asItCame.own().wordCount : null, MIN_WORDS)}`,
  ];
}

function withOpening(found: Candidate, opening: Opening): Candidate {
  restoreOpening(found.body, opening);
  const text = htmlToText(found.body);
  return { ...found, text, wordCount: countWords(text) };
}

/** Of the page's running text, the share its largest block must hold to stand for the article. */
const LARGEST_BLOCK_SHARE = 0.5;
/** Above this share of its text in links, a block is a list of teasers or a menu. */
const MAX_BLOCK_LINK_DENSITY = 0.5;

/**
 * The last strategy: the block that gathers most of the page's running text, when Readability found too little
 * anywhere (a story set as list items or in a layout it took for chrome). Furniture goes first, as on the first
 * try; the block must hold at least MIN_WORDS and most of what the page says outside links and menus.
 */
type LargestBlockFault = 'none' | 'links' | 'few-words' | 'small-share' | 'script-notice';

function largestBlockCandidate(html: string, meta: PageMetadata): Candidate | LargestBlockFault {
  const doc = parsePage(html);
  const index = indexPage(doc);
  prepareDocument(doc, index, meta.baseUrl);
  removeBoilerplate(doc, index);
  const page = doc.body;
  // A grid of other stories' teasers, each with a sentence, can gather more running text than a short story.
  if (page) removeTeaserGrids(page, siteOf(meta.baseUrl), siteOf);
  const block = page ? largestProseBlock(page) : null;
  if (!page || !block) return 'none';
  if (linkDensity(block) > MAX_BLOCK_LINK_DENSITY) return 'links';
  const pageWords = countWords(proseText(page));
  const root = doc.createElement('div');
  root.append(...block.childNodes);
  cleanArticle(root, meta.byline, meta.baseUrl);
  const body = sanitizeTree(root);
  const text = htmlToText(body);
  const wordCount = countWords(text);
  if (wordCount < MIN_WORDS) return 'few-words';
  if (wordCount < pageWords * LARGEST_BLOCK_SHARE) return 'small-share';
  // A long story may mention JavaScript; a short block that asks for it is the notice of a script's shell.
  return wordCount < THIN_WORDS && isScriptNotice({ text, wordCount })
    ? 'script-notice'
    : { body, text, wordCount, readabilityTitle: null };
}

/**
 * Turns a page's HTML into a saved-article record: metadata first (Readability rewrites the DOM), then
 * images and links made usable offline, page furniture removed, Readability, the allowlist sanitizer, plain text.
 */
export async function extractFromHtml(html: string, options: ExtractHtmlOptions = {}): Promise<ExtractedArticle> {
  if (typeof html !== 'string' || !html.trim()) throw new AnnalsError('BAD_INPUT', 'The page is empty');
  if (html.length > MAX_HTML_CHARS) throw new AnnalsError('TOO_LARGE', 'That page is larger than 10 MB');
  const pageUrl = options.url ? parseWebUrl(options.url).href : null;

  const doc = parsePage(html);
  const index = indexPage(doc);
  const meta = readMetadata(doc, index, pageUrl);
  meta.datelineElement?.remove();
  prepareDocument(doc, index, meta.baseUrl);
  const wall = isSignInWall(index);
  removeBoilerplate(doc, index, findStoryOpening(index));
  const leadImage = meta.leadImage ?? firstLargeImage(index);

  const lead = findLead(index);
  const marked = copyMarkedBody(index, doc);
  let found = candidate(doc, meta, lead);
  if (marked && prefersMarked(marked, found)) {
    // Judged again on the marked body as cleaned: its raw text may differ from Readability's by furniture alone.
    const fromMarkup = markedCandidate(marked, meta, lead);
    if (fromMarkup && fromMarkup.wordCount >= MIN_MARKED_WORDS && prefersMarked(fromMarkup, found)) found = fromMarkup;
  }
  if (!found || found.wordCount < MIN_WORDS)
    found = fallback(html, meta, found, {
      marksArticle: index.root !== doc.body,
      bare: !options.carried && isBarePage(index),
      wall,
      lead,
    });
  else found = fullerEmbedded(found, meta, wall);
  const { body, text, wordCount } = found;
  const title =
    meta.title ??
    found.readabilityTitle ??
    titleFromFileName(options.fileName) ??
    displayHost(pageUrl) ??
    'Untitled article';
  const images = imageUrls(body);

  return {
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedAt: meta.publishedAt,
    lang: meta.lang,
    excerpt: makeExcerpt(meta.description, text),
    leadImage: leadImage ?? images[0] ?? null,
    html: serializeSafe(body).trim(),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    images: images.map((url) => ({ url })),
  };
}
