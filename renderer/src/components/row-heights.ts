import type { ArticleSummary } from '../../../electron/contract/model.ts';

/** A first guess at a row's height before any row like it was measured: title, meta and excerpt, plus a line of tags. */
const guessRow = (article: ArticleSummary) => 104 + (article.tags.length ? 28 : 0);

/** The most lines the list shows of a title and of an excerpt (list.css clamps them). */
const TITLE_LINES = 3;
const EXCERPT_LINES = 2;
/** Tag chips wrap without a clamp; a row with more lines of tags than this is rare and estimated as this. */
const TAG_LINES = 3;

/** Rows measured that are kept to learn from again (a list shows a few dozen at a time). */
const SAMPLES = 200;

/** A badge after the title (★, Archived, arriving) takes about this many title characters of the line. */
const BADGE_CHARS = 10;

/** How much text a row holds, counted once per article: characters of the title (and its badges), the excerpt and the tags. */
interface RowText {
  titleChars: number;
  /** Unread titles are bold, so fewer characters fit on a line. */
  bold: boolean;
  excerptChars: number;
  tagChars: number;
  picture: boolean;
  progress: boolean;
}

/** Kept per article, as long as the article is the same object: the list estimates all 10,000 rows at a time. */
const texts = new WeakMap<ArticleSummary, RowText>();

export function rowText(article: ArticleSummary): RowText {
  let text = texts.get(article);
  if (text === undefined) {
    const badges = (article.favorite ? 1 : 0) + (article.state === 'archived' ? 1 : 0) + (article.arriving ? 1 : 0);
    text = {
      titleChars: article.title.length + badges * BADGE_CHARS,
      bold: article.state === 'unread',
      // A row whose text is not here says so in a line of its own instead of an excerpt.
      excerptChars: article.contentStatus ? 40 : article.excerpt.length,
      // Each chip's padding and the gap after it take about four characters.
      tagChars: article.tags.reduce((sum, tag) => sum + tag.length + 4, 0),
      picture: Boolean(article.leadImage),
      progress: article.progress > 0.02 && article.progress < 0.98,
    };
    texts.set(article, text);
  }
  return text;
}

/**
 * How many characters of one kind of text (a title, an excerpt, tags) fit on a line of the list at its width, learnt
 * from the rows measured: the most characters seen on one line, and the fewest seen needing more than one.
 * Words wrap whole, so between the two it is a guess; the range narrows with every row measured.
 */
export class LineFit {
  private mostOnOne = 0;
  private fewestOnMore = Number.POSITIVE_INFINITY;

  constructor(
    private readonly maxLines: number,
    /** Before any row was measured. */
    private readonly guessPerLine: number,
  ) {}

  learn(chars: number, lines: number): void {
    if (chars === 0 || lines === 0) return;
    if (lines === 1) this.mostOnOne = Math.max(this.mostOnOne, chars);
    // Its first lines were full (a clamped text's more so): a line holds fewer characters than a line's share.
    else this.fewestOnMore = Math.min(this.fewestOnMore, Math.ceil(chars / (lines - 1)));
  }

  lines(chars: number): number {
    if (chars === 0) return 0;
    if (chars <= this.mostOnOne) return 1;
    const perLine =
      this.fewestOnMore === Number.POSITIVE_INFINITY
        ? Math.max(this.guessPerLine, this.mostOnOne)
        : this.mostOnOne === 0
          ? Math.min(this.guessPerLine, this.fewestOnMore - 1)
          : (this.mostOnOne + this.fewestOnMore) / 2;
    return Math.min(this.maxLines, Math.max(1, Math.ceil(chars / Math.max(1, perLine))));
  }
}

/** What a measured row's parts turned out as, in pixels: the title's, the excerpt's and the tags' heights. */
export interface RowParts {
  title: number;
  excerpt: number;
  tags: number;
}

/** Reads a row's parts. Called as the row is measured (from the list's ResizeObserver), when layout is up to date. */
export function rowParts(row: Element): RowParts {
  const height = (selector: string) => (row.querySelector(selector) as HTMLElement | null)?.offsetHeight ?? 0;
  return { title: height('.title-text'), excerpt: height('.row-excerpt'), tags: height('.row-tags') };
}

/**
 * Row heights learnt from the rows measured so far, by shape: how many lines its title, excerpt and tags take,
 * and whether it has a picture and a reading-progress note. A row's shape is predicted from how many characters
 * of each fit on a line (learnt too, from the same rows), so a row scrolled into view is as tall as its estimate:
 * the list then neither moves the rows below it nor works out the place of every later row again (10,000 of
 * them), which at reading speed (a few new rows a frame) is what cost frames. Rows are learnt under the shape
 * they turned out to have, not the predicted one, so a wrong guess is not taught to the rows that follow.
 */
export class RowHeights {
  private readonly byShape = new Map<number, number>();
  private width = 0;
  private fits = this.freshFits();
  /** One line's height of each part: the smallest non-zero height seen (a part is at least one line). */
  private lineHeights: RowParts = { title: 0, excerpt: 0, tags: 0 };
  /** The last rows measured, to learn from again if their lines were counted wrong. */
  private samples: { text: RowText; height: number; parts: RowParts }[] = [];

  private freshFits() {
    return {
      title: new LineFit(TITLE_LINES, 70),
      boldTitle: new LineFit(TITLE_LINES, 66),
      excerpt: new LineFit(EXCERPT_LINES, 110),
      tags: new LineFit(TAG_LINES, 110),
    };
  }

  /** The list's width decides how titles wrap: what was learnt at another width no longer holds. */
  setWidth(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.forgetAll();
  }

  private forget(): void {
    this.byShape.clear();
    this.fits = this.freshFits();
  }

  /** A new width: nothing learnt holds, not even the rows measured (their lines wrap anew). */
  private forgetAll(): void {
    this.forget();
    this.samples = [];
  }

  estimate(article: ArticleSummary | undefined): number {
    if (!article) return 104;
    const text = rowText(article);
    const shape = shapeKey(
      text,
      (text.bold ? this.fits.boldTitle : this.fits.title).lines(text.titleChars),
      this.fits.excerpt.lines(text.excerptChars),
      this.fits.tags.lines(text.tagChars),
    );
    return this.byShape.get(shape) ?? guessRow(article);
  }

  /** A measured row: its height, and (when it was read) its parts' heights, from which its lines are counted. */
  learn(article: ArticleSummary | undefined, height: number, parts?: RowParts): void {
    if (!article || height <= 0) return;
    const text = rowText(article);
    if (!parts) {
      this.byShape.set(this.shapeOf(text), height);
      return;
    }
    if (this.learnLineHeights(parts)) {
      // The lines counted so far were wrong: count them again from the rows measured.
      this.forget();
      for (const sample of this.samples) this.learnParts(sample.text, sample.height, sample.parts);
    }
    this.samples.push({ text, height, parts });
    if (this.samples.length > SAMPLES) this.samples.shift();
    this.learnParts(text, height, parts);
  }

  private learnParts(text: RowText, height: number, parts: RowParts): void {
    const lines = (part: keyof RowParts) => (parts[part] > 0 ? Math.round(parts[part] / this.lineHeights[part]) : 0);
    const [title, excerpt, tags] = [lines('title'), lines('excerpt'), lines('tags')];
    (text.bold ? this.fits.boldTitle : this.fits.title).learn(text.titleChars, title);
    this.fits.excerpt.learn(text.excerptChars, excerpt);
    this.fits.tags.learn(text.tagChars, tags);
    this.byShape.set(shapeKey(text, title, excerpt, Math.min(tags, TAG_LINES)), height);
  }

  private shapeOf(text: RowText): number {
    const title = (text.bold ? this.fits.boldTitle : this.fits.title).lines(text.titleChars);
    return shapeKey(text, title, this.fits.excerpt.lines(text.excerptChars), this.fits.tags.lines(text.tagChars));
  }

  /**
   * Takes a smaller line height than known for a part; answers whether one changed from an earlier value, in which
   * case the lines counted so far (from a first row whose part took two lines, say) were wrong.
   */
  private learnLineHeights(parts: RowParts): boolean {
    let changed = false;
    for (const part of ['title', 'excerpt', 'tags'] as const) {
      const known = this.lineHeights[part];
      if (parts[part] > 0 && (known === 0 || parts[part] < known * 0.75)) {
        changed ||= known !== 0;
        this.lineHeights[part] = parts[part];
      }
    }
    return changed;
  }
}

/** A shape as one number: lines of title (0–3), excerpt (0–2) and tags (0–3), a picture, a progress note. */
function shapeKey(text: RowText, title: number, excerpt: number, tags: number): number {
  return title | (excerpt << 2) | (tags << 4) | ((text.picture ? 1 : 0) << 6) | ((text.progress ? 1 : 0) << 7);
}
