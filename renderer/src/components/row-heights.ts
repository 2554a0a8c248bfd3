import type { ArticleSummary } from '../../../electron/contract/model.ts';

/** A first guess at a row's height before any row like it was measured: title, meta and excerpt, plus a line of tags. */
const guessRow = (article: ArticleSummary) => 104 + (article.tags.length ? 28 : 0);

/** Title characters that make up one step of the shape: rows whose titles differ by less usually wrap alike. */
const TITLE_STEP = 24;

/**
 * What decides a row's height, short of laying it out: how long its title is, whether it has an
 * excerpt, a reading-progress note, tags (and how many) and a picture.
 */
export function rowShape(article: ArticleSummary): string {
  let shape = shapes.get(article);
  if (shape === undefined) {
    shape = shapeOf(article);
    shapes.set(article, shape);
  }
  return shape;
}

/**
 * Shapes by article, as long as the article is the same object: the list works out every row's place again (10,000
 * estimates) each time a row turns out taller or shorter than estimated, often while the list first scrolls.
 */
const shapes = new WeakMap<ArticleSummary, string>();

function shapeOf(article: ArticleSummary): string {
  const tagChars = article.tags.reduce((sum, tag) => sum + tag.length + 4, 0);
  return [
    Math.ceil(article.title.length / TITLE_STEP),
    article.contentStatus ?? (article.excerpt ? 'excerpt' : ''),
    article.tags.length ? Math.ceil(tagChars / TITLE_STEP) : 0,
    article.leadImage ? 'picture' : '',
    article.progress > 0.02 && article.progress < 0.98 ? 'progress' : '',
  ].join('|');
}

/**
 * Row heights learnt from the rows measured so far, by shape. A list of thousands of articles holds a
 * handful of shapes, so a row scrolled into view is usually as tall as the estimate said: the list then
 * neither moves the rows below it nor works out the place of every later row again, which at reading
 * speed (a few new rows a frame) is what cost frames.
 */
export class RowHeights {
  private readonly byShape = new Map<string, number>();
  private width = 0;

  /** The list's width decides how titles wrap: what was learnt at another width no longer holds. */
  setWidth(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.byShape.clear();
  }

  estimate(article: ArticleSummary | undefined): number {
    if (!article) return 104;
    return this.byShape.get(rowShape(article)) ?? guessRow(article);
  }

  learn(article: ArticleSummary | undefined, height: number): void {
    if (article && height > 0) this.byShape.set(rowShape(article), height);
  }
}
