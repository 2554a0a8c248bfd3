import { AnnalsError } from '../../contract/errors.ts';
import type { OpeningMissed } from './opening.ts';
import { SHORT_PAGE_MIN_WORDS } from './short-article.ts';

// Why a page was refused, so that the reader is told what the page was (a sign-in page, a list of links) rather
// than only that nothing was found, and so that the bench can count the refusals of pages it may not name.

/**
 * What the page turned out to be when every strategy failed:
 * - `sign-in`: its own content is a sign-in or paywall form (a password field outside menus and layers);
 * - `no-text`: no strategy found any text in it;
 * - `script-notice`: all it says is what a script-drawn page says before drawing ("enable JavaScript", "Loading");
 * - `link-list`: what it holds is mostly links, a home or section page;
 * - `too-short`: a text too short to be an article, and nothing on the page vouches for it as its story.
 */
export type RefusalReason = 'sign-in' | 'no-text' | 'script-notice' | 'link-list' | 'too-short';

const NOTHING_FOUND = 'No article text found on that page';

const MESSAGES: Record<RefusalReason, string> = {
  'sign-in': `${NOTHING_FOUND}: it asks you to sign in or subscribe`,
  'no-text': NOTHING_FOUND,
  'script-notice': `${NOTHING_FOUND}: it is drawn by a script and only says it needs JavaScript or is loading`,
  'link-list': `${NOTHING_FOUND}: it is a list of links, like a home or section page`,
  'too-short': `${NOTHING_FOUND}: its only text is too short to be an article`,
};

/**
 * A refusal: the code every caller knows (NOT_AN_ARTICLE), a message that says what the page was, the reason as
 * a value, and each strategy's answer in order (`trace`, short codes such as "short-article:small-share") for the
 * bench: they tell which rule a refused real article failed without showing the page.
 */
export class NotAnArticleError extends AnnalsError {
  readonly reason: RefusalReason;
  readonly trace: readonly string[];
  constructor(reason: RefusalReason, trace: readonly string[] = []) {
    super('NOT_AN_ARTICLE', MESSAGES[reason]);
    this.reason = reason;
    this.trace = trace;
  }
}

export function isNotAnArticleError(error: unknown): error is NotAnArticleError {
  return error instanceof NotAnArticleError;
}

/** How many words a strategy found (null: it found nothing), as a trace code. */
export function wordsCode(words: number | null, minWords: number): string {
  if (words === null) return 'none';
  const bounds: [number, string][] = [
    [0, '0'],
    [SHORT_PAGE_MIN_WORDS - 1, `1-${SHORT_PAGE_MIN_WORDS - 1}`],
    [minWords - 1, `${SHORT_PAGE_MIN_WORDS}-${minWords - 1}`],
    [99, `${minWords}-99`],
    [299, '100-299'],
  ];
  return bounds.find(([top]) => words <= top)?.[1] ?? '300+';
}

/** Why no opening was found under the headline, as codes: the miss, the headline's kind, the lines read and passed. */
export function openingTrace(missed: OpeningMissed): string[] {
  const lines = missed.lines === 0 ? '0' : missed.lines < 10 ? '1-9' : missed.lines < 40 ? '10-39' : '40+';
  return [
    `opening:${missed.miss}`,
    `headline:${missed.headline}`,
    `opening-lines:${lines}`,
    ...missed.passed.map((why) => `opening-passed:${why}`),
  ];
}
