import { isProseHeading, isScreenReaderOnly, nextInOrder, nextOutside } from './headline-scan.ts';
import { countWords } from './plain-text.ts';
import {
  type FoundText,
  isAccessNotice,
  isLinkList,
  isScriptNotice,
  SHORT_PAGE_MIN_WORDS,
  squashed,
} from './short-article.ts';

// A short story's lines are not always clean paragraphs: an agency brief ends with its credit in brackets, a video's
// standfirst is bare text beside the video's credit, a brief's names are links. The look for the opening under the
// headline (findOpening) passes such lines over, so a story page's brief of a few sentences was refused while
// Readability kept it. Here Readability's own text vouches for itself when it is the prose of the headline's section.

/** Where the page's text is no line a reader reads. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/** Where the look for the opening stops (see findOpening): an <h1>, or an <h2> that opens another section. */
function endsSection(element: Element): boolean {
  const tag = element.localName;
  if (tag !== 'h1' && tag !== 'h2') return false;
  return !isScreenReaderOnly(element) && (tag === 'h1' || !isProseHeading(element));
}

/**
 * The text of the headline's section, read before Readability rewrites the page: the headline and every line after
 * it in the page's order, up to where the look for the story's opening stops (the next <h1> or section's <h2>).
 */
export function headlineSection(headline: Element | null): string | null {
  if (!headline) return null;
  const parts = [headline.textContent ?? ''];
  let element = nextOutside(headline);
  while (element && !endsSection(element)) {
    if (NOT_TEXT.has(element.localName)) {
      element = nextOutside(element);
      continue;
    }
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push((node as Text).data);
    }
    element = nextInOrder(element);
  }
  return parts.join(' ');
}

/** Why a short text is not the story of its headline's section (see headlineSectionFault). */
export type HeadlineSectionFault =
  | 'not-a-story'
  | 'few-words'
  | 'script-notice'
  | 'access-notice'
  | 'links'
  | 'no-sentence'
  | 'no-headline'
  | 'not-under-headline';

/** A sentence ends here: a stop, a question or an exclamation mark, perhaps a closing quote, then a space or the end. */
const SENTENCE = /[.!?…]["'»”’)]?(?:\s|$)/;
/** Of a short text, the share of its words that must be lines of the headline's section. */
const UNDER_HEADLINE_SHARE = 2 / 3;

/**
 * Whether a short text (fifteen words or more, under MIN_WORDS) is the story under the page's headline: null when it
 * is, else why not. The page says it is one story; the text holds a sentence, is no list of links, no script's notice
 * and no sign-in prompt or consent banner; and most of its lines are in the headline's section, so it is what the page
 * says under its headline, not a notice at its top or a blurb in its footer.
 */
export function headlineSectionFault(
  found: FoundText,
  section: string | null,
  meta: { declaresStory: boolean },
): HeadlineSectionFault | null {
  if (!meta.declaresStory) return 'not-a-story';
  if (found.wordCount < SHORT_PAGE_MIN_WORDS) return 'few-words';
  if (isScriptNotice(found)) return 'script-notice';
  if (isAccessNotice(found)) return 'access-notice';
  if (isLinkList(found)) return 'links';
  if (!SENTENCE.test(found.text)) return 'no-sentence';
  if (section === null) return 'no-headline';
  const text = squashed(section);
  const underHeadline = found.text
    .split(/\n+/)
    .filter((line) => squashed(line) && text.includes(squashed(line)))
    .reduce((words, line) => words + countWords(line), 0);
  const enough = underHeadline >= SHORT_PAGE_MIN_WORDS && underHeadline >= found.wordCount * UNDER_HEADLINE_SHARE;
  return enough ? null : 'not-under-headline';
}
