import { removeBoilerplate } from './boilerplate.ts';
import {
  type Candidate,
  embeddedCandidate,
  MIN_WORDS,
  outweighs,
  readabilityAsItCame,
  THIN_WORDS,
  withOpening,
} from './candidate.ts';
import { cleanArticle, linkDensity, siteOf } from './cleanup.ts';
import { parsePage } from './dom.ts';
import { headlineSection, headlineSectionFault } from './headline-section.ts';
import { largestProseBlock, proseText } from './largest-block.ts';
import type { Lead } from './lead.ts';
import type { PageMetadata } from './metadata.ts';
import { findOpening, type Opening } from './opening.ts';
import { indexPage } from './page-index.ts';
import { countWords, htmlToText } from './plain-text.ts';
import { prepareDocument } from './prepare.ts';
import { NotAnArticleError, openingTrace, type RefusalReason, wordsCode } from './refusal.ts';
import { sanitizeTree } from './sanitize.ts';
import {
  headlinedReportFault,
  isHeadlinedReport,
  isLinkList,
  isScriptNotice,
  isSignInPrompt,
  type PageSigns,
  SHORT_PAGE_MIN_WORDS,
  shortArticleFault,
} from './short-article.ts';
import { removeTeaserGrids } from './teaser-grid.ts';

// What is tried when the first reading of a page finds no article or too little of one, down to the largest
// block of running text, and the refusal (with each rule's answer) when nothing is found: kept apart from
// extractFromHtml so the usual path reads in a screen.

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
export function fallback(html: string, meta: PageMetadata, first: Candidate | null, look: FirstLook): Candidate {
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
