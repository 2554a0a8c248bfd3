import type { Article, ArticleSummary } from '../../contract/index.ts';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { withState } from './article-state.ts';
import { newArticleId } from './article-store.ts';
import type { Catalog } from './catalog.ts';
import { editTags, sameTags } from './tags.ts';

/** An article from another service's export, stored before its text (which is fetched later). */
export interface ImportedArticle {
  url: string;
  title: string;
  tags: string[];
  archived: boolean;
  favorite: boolean;
  /** ISO 8601; now when the export did not say. */
  savedAt: string | null;
}

export type ImportedOnto = Omit<ImportedArticle, 'url' | 'title'> & { id: string };

/**
 * Stores imported articles before their text arrives (title and address only, marked pending), so the
 * library is usable at once. One durable append to the index for all of them.
 */
export async function addImported(catalog: Catalog, items: ImportedArticle[]): Promise<ArticleSummary[]> {
  return catalog.queue.run(async () => {
    const now = catalog.now().toISOString();
    const summaries = await createPlaceholders(
      catalog,
      items.map((item) => placeholder(item, now)),
    );
    catalog.changed(summaries.map((summary) => summary.id));
    return summaries;
  });
}

/**
 * Imports onto articles already here: tags merged, favorite and archived taken when the export says so
 * (never taken away), the earlier saved time kept. Answers the ids that changed.
 */
export async function mergeImported(catalog: Catalog, items: ImportedOnto[]): Promise<string[]> {
  return catalog.queue.run(async () => {
    const changed: string[] = [];
    for (const item of items) {
      const summary = catalog.index.get(item.id);
      // Decided from the index when nothing would change, so importing a file again reads no record.
      if (!summary || wouldNotChange(summary, item)) continue;
      const article = await catalog.get(item.id);
      const next = importedOnto(article, item, catalog.now());
      if (
        sameTags(next.tags, article.tags) &&
        next.favorite === article.favorite &&
        next.state === article.state &&
        next.savedAt === article.savedAt
      )
        continue;
      await writeImported(catalog, next);
      changed.push(item.id);
    }
    catalog.changed(changed);
    return changed;
  });
}

/** An imported article's text is being fetched again ('pending') or could not be ('failed', with why). */
export async function setContentStatus(
  catalog: Catalog,
  id: string,
  status: 'pending' | 'failed',
  error?: string,
): Promise<void> {
  if (!catalog.index.get(id)) return;
  await catalog.queue.run(async () => {
    const article = await catalog.get(id);
    if (!article.contentStatus) return; // its text arrived meanwhile
    const { contentError, ...rest } = article;
    await writeImported(catalog, { ...rest, contentStatus: status, ...(error ? { contentError: error } : {}) });
    catalog.changed([id]);
  });
}

function placeholder(item: ImportedArticle, now: string): Article {
  const savedAt = item.savedAt ?? now;
  return {
    id: newArticleId(),
    url: item.url,
    canonicalUrl: null,
    sourceUrl: item.url,
    title: item.title,
    siteName: null,
    byline: null,
    excerpt: '',
    publishedAt: null,
    savedAt,
    updatedAt: now,
    state: item.archived ? 'archived' : 'unread',
    favorite: item.favorite,
    tags: item.tags,
    wordCount: 0,
    readingMinutes: 0,
    progress: 0,
    leadImage: null,
    lang: null,
    sample: false,
    annotationCount: 0,
    feedId: null,
    contentStatus: 'pending',
    readAt: item.archived ? savedAt : null,
    archivedAt: item.archived ? savedAt : null,
    scrollAnchor: null,
    assets: [],
    schema: 1,
  };
}

function importedOnto(article: Article, item: ImportedOnto, now: Date): Article {
  const next = withState(
    { ...article, tags: editTags(article.tags, item.tags, []) },
    {
      ...(item.favorite && !article.favorite ? { favorite: true } : {}),
      ...(item.archived && article.state !== 'archived' ? { state: 'archived' as const } : {}),
    },
    now,
  );
  return item.savedAt && Date.parse(item.savedAt) < Date.parse(article.savedAt)
    ? { ...next, savedAt: item.savedAt }
    : next;
}

function wouldNotChange(summary: ArticleSummary, item: ImportedOnto): boolean {
  return (
    sameTags(editTags(summary.tags, item.tags, []), summary.tags) &&
    (!item.favorite || summary.favorite) &&
    (!item.archived || summary.state === 'archived') &&
    (!item.savedAt || Date.parse(item.savedAt) >= Date.parse(summary.savedAt))
  );
}

/**
 * The one place new imported articles are written. One fsync per record made a 10,000-row import take
 * minutes. These records hold nothing the reader made, only what the export file holds: the index
 * journal (one durable append) is the acknowledgement, and importing the file again restores anything
 * a crash kept from the disk.
 */
async function createPlaceholders(catalog: Catalog, articles: Article[]): Promise<ArticleSummary[]> {
  await makePrivateFolder(catalog.articles.paths.articles);
  const made = new Map<string, ArticleSummary>();
  await forEachLimited(articles, 16, async (article) => {
    made.set(article.id, await catalog.articles.createRecord(article));
  });
  const summaries = articles.map((article) => made.get(article.id)!);
  await catalog.list(summaries);
  return summaries;
}

/** The one place what an import brings onto an existing article (tags, states, fetch status) is written. */
function writeImported(catalog: Catalog, article: Article): Promise<void> {
  return catalog.rewrite(article);
}
