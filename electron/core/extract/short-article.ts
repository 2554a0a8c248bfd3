import { inPageChrome } from './boilerplate.ts';
import { linkDensity } from './cleanup.ts';
import type { Lead } from './lead.ts';
import type { PageMetadata } from './metadata.ts';
import type { Opening } from './opening.ts';
import { type PageIndex, tagged } from './page-index.ts';
import { countWords } from './plain-text.ts';

// When every strategy finds fewer than MIN_WORDS, the text found may still be the page's whole story: a notice,
// a video report's few lines, a picture post. These rules tell such a story from a shell's notice, a menu or a
// sign-in page by what the page itself says about the text: where it sits, how the page sums itself up.

/** A text found, as the rules here see it. */
export interface FoundText {
  body: Element;
  text: string;
  wordCount: number;
}

/** Below this a page says too little to keep on its own (a menu, a one-line stub). */
export const SHORT_PAGE_MIN_WORDS = 15;
/** A text shorter than MIN_WORDS is kept when it is at least this share of all the words on the page. */
const SHORT_PAGE_SHARE = 0.6;
/** Above this share of its text in links, a short text is a list of headlines, not a story. */
const MAX_SHORT_LINK_DENSITY = 0.5;

/** What a page drawn by a script says while it draws: a notice only as a line of its own, not in a story's sentence. */
const LOADING_NOTICE = /\b(?:loading|wird geladen|chargement|cargando)\b/i;
/** What a page drawn by a script says when it cannot: a notice wherever it appears in a short text. */
const JAVASCRIPT_NOTICE =
  /\b(?:(?:enable|activate|turn on|requires?|needs?) javascript|javascript (?:is )?(?:required|disabled|needed)|javascript aktivieren)\b/i;

/**
 * Whether a short text is what a script-drawn page says before (or instead of) drawing it, never a post of its
 * own. "Loading" in a sentence of fifteen words or more is a story's word ("stopped loading ships").
 */
export function isScriptNotice(found: Pick<FoundText, 'text' | 'wordCount'>): boolean {
  return (
    JAVASCRIPT_NOTICE.test(found.text) || (found.wordCount < SHORT_PAGE_MIN_WORDS && LOADING_NOTICE.test(found.text))
  );
}

/** What a sign-in or subscription prompt says, in a sentence of its own ("Sign in to keep reading."). */
const SIGN_IN_PROMPT =
  /\b(?:sign(?:ing)? (?:in|up)|log(?:ging)? ?in|create (?:a |an |your )?(?:free )?account|registered (?:readers|users|members)|subscribers? only|subscribe|subscription|anmelden|einloggen|registrieren|abonnieren|connectez-vous|se connecter|abonnez-vous|inicia(?:r)? sesión|suscríbete)\b/i;
/** What a consent banner says. */
const CONSENT_NOTICE = /\b(?:cookies?|consent|einwilligung|datenschutzeinstellungen)\b/i;

/** The words of a text's sentences that match a pattern. */
function wordsInSentences(text: string, pattern: RegExp): number {
  return text
    .split(/\n+|(?<=[.!?…])\s+/)
    .filter((sentence) => pattern.test(sentence))
    .reduce((words, sentence) => words + countWords(sentence), 0);
}

/**
 * Whether a short text is a prompt to sign in or subscribe: such sentences are most of it. A report's closing "Subscribe
 * to our channel" is one sentence of several, and stays a report.
 */
export function isSignInPrompt(found: Pick<FoundText, 'text' | 'wordCount'>): boolean {
  return wordsInSentences(found.text, SIGN_IN_PROMPT) * 2 >= found.wordCount;
}

/** A sign-in prompt, or a consent banner (most of its sentences about cookies): what a page shows instead of a story. */
export function isAccessNotice(found: Pick<FoundText, 'text' | 'wordCount'>): boolean {
  return isSignInPrompt(found) || wordsInSentences(found.text, CONSENT_NOTICE) * 2 >= found.wordCount;
}

/**
 * A sign-in or paywall page: a password field is the one sure sign, when it is the page's own content. One in a
 * menu, a footer, a dialog or a hidden layer is the site's account box, which news pages carry on every story.
 * Asked before furniture removal, which takes every form field out of the page.
 */
export function isSignInWall(index: PageIndex): boolean {
  return tagged(index, 'input').some(
    (input) => input.getAttribute('type')?.toLowerCase() === 'password' && !inPageChrome(input),
  );
}

/** What the page itself says about a short text it holds: where it sits and how it is summarised. */
export interface PageSigns {
  /** The page marks its article (<article>, <main>, role="main" or itemprop="articleBody"). */
  marksArticle: boolean;
  /**
   * The page is a bare document: no footer and at most MAX_BARE_LINKS links. A site's page that holds one line
   * among its menus may be a shell or a stub; a bare page of one line has nothing else to say.
   */
  bare: boolean;
}

/** More links than this on a page are a menu or a footer: the page is a site's, not a bare document. */
const MAX_BARE_LINKS = 2;

export function isBarePage(index: PageIndex): boolean {
  return tagged(index, 'footer').length === 0 && tagged(index, 'a').length <= MAX_BARE_LINKS;
}

/** Letters and digits only: how texts are compared, whatever their spacing and punctuation. */
export const squashed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A summary shorter than this says too little to vouch for a text. */
const MIN_SUMMARY_CHARS = 80;

/** One of the page's own summaries (its meta, Open Graph, Twitter or JSON-LD description) is in the text, or the text in it. */
function agreesWithSummary(found: FoundText, summaries: string[]): boolean {
  const text = squashed(found.text);
  const paragraphs = found.text
    .split(/\n+/)
    .map(squashed)
    .filter((paragraph) => paragraph.length >= MIN_SUMMARY_CHARS);
  return summaries.some((description) => {
    const summary = squashed(description);
    if (summary.length < MIN_SUMMARY_CHARS) return false;
    return text.includes(summary) || paragraphs.some((paragraph) => summary.includes(paragraph));
  });
}

/** Why a short text is not the page's article (see shortArticleFault). */
export type ShortArticleFault = 'links' | 'few-words' | 'small-share';

/**
 * Whether a short text (under MIN_WORDS) is the page's article: null when it is, else why not. It must be most of
 * the page's prose, and prose rather than links (a home page's few headlines are links). Fifteen words are
 * enough; fewer only when the page marks the text as its article (a one-line post, a picture post) or is a bare
 * document. A teaser that is less of the page than that is still its article when one of the page's own summaries
 * says the same (a video's page).
 */
export function shortArticleFault(
  found: FoundText,
  pageWords: number,
  meta: PageMetadata,
  signs: PageSigns,
): ShortArticleFault | null {
  if (isLinkList(found)) return 'links';
  const hasContent =
    (found.wordCount > 0 && !isScriptNotice(found)) || found.body.getElementsByTagName('img').length > 0;
  const longEnough = found.wordCount >= SHORT_PAGE_MIN_WORDS || ((signs.marksArticle || signs.bare) && hasContent);
  if (!longEnough) return 'few-words';
  if (found.wordCount >= pageWords * SHORT_PAGE_SHARE) return null;
  return found.wordCount >= SHORT_PAGE_MIN_WORDS && agreesWithSummary(found, meta.summaries) ? null : 'small-share';
}

/** Why a short text is not a headlined report (see headlinedReportFault). */
export type HeadlinedReportFault =
  | 'no-opening'
  | 'not-a-story'
  | 'script-notice'
  | 'access-notice'
  | 'links'
  | 'opening-missing';

/**
 * Whether a short text is a short report, null when it is, else why not: the page says it is one story (a date,
 * an article or video type) and the text holds the paragraph right under the page's headline (its lead). A video
 * report's few lines beside lists of other videos, or a brief among a busy page's teasers, are most of nothing on
 * their page and may be summed up in other words, yet they are the story the page is about. A section page says
 * it is no story; a sign-in page or a shell has no paragraph under its headline. The opening may stand for the
 * lead: a story told in lines too short to be one (see findOpening), every line of it in the text.
 */
export function headlinedReportFault(
  found: FoundText,
  opening: Lead | Opening | null,
  meta: Pick<PageMetadata, 'declaresStory'>,
): HeadlinedReportFault | null {
  if (!opening) return 'no-opening';
  if (!meta.declaresStory) return 'not-a-story';
  if (isScriptNotice(found)) return 'script-notice';
  // A paywall's prompt or a consent banner under the headline is what the page shows instead of the story.
  if (isAccessNotice(found)) return 'access-notice';
  if (isLinkList(found)) return 'links';
  const text = squashed(found.text);
  const lines = 'texts' in opening ? opening.texts : [opening.text];
  return lines.every((line) => text.includes(squashed(line))) ? null : 'opening-missing';
}

export function isHeadlinedReport(
  found: FoundText,
  opening: Lead | Opening | null,
  meta: Pick<PageMetadata, 'declaresStory'>,
): boolean {
  return headlinedReportFault(found, opening, meta) === null;
}

/** Above MAX_SHORT_LINK_DENSITY of its text in links, a short text is a list of headlines, not a story. */
export function isLinkList(found: FoundText): boolean {
  return linkDensity(found.body) > MAX_SHORT_LINK_DENSITY;
}
