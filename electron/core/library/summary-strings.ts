import type { ArticleSummary } from '../../contract/index.ts';

/** Past this many, new strings are no longer remembered (they are then rarely repeated). */
const MAX_REMEMBERED = 50_000;
/** Longer strings are seldom repeated word for word (titles, excerpts, addresses). */
const MAX_LENGTH = 64;

/**
 * The strings thousands of summaries repeat (a site's name, a byline, a tag, a language, a state, a
 * day), held once: read from disk, each summary had copies of its own, some 15 MB at 100,000 articles.
 */
export class SummaryStrings {
  private readonly known = new Map<string, string>();

  /** The summary with its repeated strings shared with the others' (the same object, changed in place). */
  summary(article: ArticleSummary): ArticleSummary {
    article.state = this.one(article.state) as ArticleSummary['state'];
    if (article.siteName !== null) article.siteName = this.one(article.siteName);
    if (article.byline !== null) article.byline = this.one(article.byline);
    if (article.lang !== null) article.lang = this.one(article.lang);
    if (article.feedId !== null) article.feedId = this.one(article.feedId);
    if (article.publishedAt !== null) article.publishedAt = this.one(article.publishedAt);
    for (let i = 0; i < article.tags.length; i++) article.tags[i] = this.one(article.tags[i]!);
    return article;
  }

  private one(text: string): string {
    if (text.length > MAX_LENGTH) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size < MAX_REMEMBERED) this.known.set(text, text);
    return text;
  }
}
