import type { ArticleSummary } from '../../contract/index.ts';

/** Past this many, new strings are no longer remembered (they are then rarely repeated). */
const MAX_REMEMBERED = 50_000;
/** Longer strings are seldom repeated word for word (titles, excerpts, addresses). */
const MAX_LENGTH = 64;
/** Most articles have no tag: they share one list, which nothing may change. */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * Summaries as the index holds them, 100,000 at a time: the strings thousands of them repeat (a site's
 * name, a byline, a tag, a language, a state, a day) held once, an unchanged article's `updatedAt` the
 * same string as its `savedAt`, and every field in the object itself. Read from disk, each summary had
 * copies of its own, some 15 MB more at 100,000 articles.
 */
export class SummaryStrings {
  private readonly known = new Map<string, string>();

  /** A copy of the summary sharing what it repeats with the others. */
  summary(article: ArticleSummary): ArticleSummary {
    const compact: ArticleSummary = {
      id: article.id,
      url: article.url,
      title: article.title,
      siteName: this.maybe(article.siteName),
      byline: this.maybe(article.byline),
      excerpt: article.excerpt,
      publishedAt: this.maybe(article.publishedAt),
      savedAt: article.savedAt,
      updatedAt: article.updatedAt === article.savedAt ? article.savedAt : article.updatedAt,
      state: this.one(article.state) as ArticleSummary['state'],
      favorite: article.favorite,
      tags: article.tags.length === 0 ? NO_TAGS : article.tags.map((tag) => this.one(tag)),
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      progress: article.progress,
      leadImage: article.leadImage,
      lang: this.maybe(article.lang),
      sample: article.sample,
      annotationCount: article.annotationCount,
      feedId: this.maybe(article.feedId),
    };
    if (article.contentStatus !== undefined) compact.contentStatus = article.contentStatus;
    if (article.arriving !== undefined) compact.arriving = article.arriving;
    return compact;
  }

  private maybe(text: string | null): string | null {
    return text === null ? null : this.one(text);
  }

  private one(text: string): string {
    if (text.length > MAX_LENGTH) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size < MAX_REMEMBERED) this.known.set(text, text);
    return text;
  }
}

/** Whether two summaries say the same of their article, field by field (tags in order). */
export function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  const keys = Object.keys(a) as (keyof ArticleSummary)[];
  const theirKeys = Object.keys(b);
  if (keys.length !== theirKeys.length || theirKeys.some((key) => !(key in a))) return false;
  for (const key of keys) {
    const mine = a[key];
    const theirs = b[key];
    if (mine === theirs) continue;
    if (!Array.isArray(mine) || !Array.isArray(theirs) || mine.length !== theirs.length) return false;
    if (mine.some((item, i) => item !== theirs[i])) return false;
  }
  return true;
}
