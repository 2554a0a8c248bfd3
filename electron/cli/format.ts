import type { Article, ArticleSummary, ArticleVersion } from '../contract/index.ts';

const stateMark: Record<ArticleSummary['state'], string> = { unread: '●', read: ' ', archived: 'A' };

/** One line per article for `annals list`. */
export function formatSummaryLine(article: ArticleSummary): string {
  const date = (article.publishedAt ?? article.savedAt).slice(0, 10);
  const star = article.favorite ? '★' : ' ';
  const site = article.siteName ? ` — ${article.siteName}` : '';
  return `${article.id}  ${stateMark[article.state]}${star} ${date}  ${article.title}${site}${article.feedId ? `  (feed ${article.feedId})` : ''}`;
}

/** An article for reading in a terminal; an earlier text says which one it is. */
export function formatArticle(article: Article, text: string, version?: ArticleVersion): string {
  const facts = [article.byline, article.siteName, article.publishedAt, `${article.readingMinutes} min`].filter(
    Boolean,
  );
  const which = version
    ? `Version ${version.versionId}, saved ${version.savedAt}${version.current ? ' (shown now)' : ' (an earlier text)'}\n`
    : '';
  return `${article.title}\n${facts.join(' · ')}\n${article.url}\n${which}\n${text}\n`;
}

export { formatCount, plural } from '../contract/plural.ts';
