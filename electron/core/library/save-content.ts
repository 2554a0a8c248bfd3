import type { Article, ArticleSummary } from '../../contract/index.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { newArticleId, toSummary } from './article-store.ts';
import type { Catalog } from './catalog.ts';
import type { ImageLoader, LocalizedImage } from './localize-images.ts';

export interface SaveOptions {
  loadImage: ImageLoader;
  sample?: boolean;
  /** The feed the article came from. */
  feedId?: string;
  /** The article this is the text of (an imported article fetched later), whatever address the page now gives. */
  into?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Stores an extracted article. The same canonical URL updates the saved copy (keeping the reader's
 * state, favorite, tags and progress) instead of adding a duplicate.
 */
export async function saveContent(
  catalog: Catalog,
  extracted: ExtractedArticle,
  options: SaveOptions,
): Promise<{ article: ArticleSummary; created: boolean }> {
  const address = extracted.canonicalUrl ?? extracted.url;
  // An imported article whose text arrives must exist before its images are fetched.
  if (options.into) catalog.summary(options.into);
  const imageUrls = extracted.leadImage ? [...extracted.images, { url: extracted.leadImage }] : extracted.images;
  const { localizeImages } = await import('./localize-images.ts');
  const localized = await localizeImages(
    extracted.html,
    imageUrls.map((image) => image.url),
    options.loadImage,
    options.onProgress ?? (() => {}),
  );
  const leadImage = extracted.leadImage
    ? (localized.images.find((image) => image.source === extracted.leadImage)?.file ?? null)
    : null;

  return catalog.queue.run(async () => {
    // Looked up in turn with the other writes: two saves of one address at once make one article.
    const existing = options.into ? catalog.summary(options.into) : address ? catalog.findByUrl(address) : undefined;
    const current = existing ? await catalog.articles.read(existing.id) : null;
    const article = savedRecord(extracted, current, {
      now: catalog.now().toISOString(),
      leadImage,
      images: localized.images,
      into: options.into !== undefined,
      address,
      sample: options.sample,
      feedId: options.feedId,
    });
    const summary = await writeContent(catalog, article, localized.images, localized.html, extracted.text);
    return { article: summary, created: !current };
  });
}

/**
 * The one place an article's text and images are written, for a new article and a new copy of a saved
 * one alike. The record is written last: a folder without one is a save that never finished.
 */
async function writeContent(
  catalog: Catalog,
  article: Article,
  images: LocalizedImage[],
  html: string,
  text: string,
): Promise<ArticleSummary> {
  for (const image of images) await catalog.articles.writeAsset(article.id, image.file, image.bytes);
  await catalog.articles.writeContent(article.id, html, text);
  await catalog.articles.writeRecord(article);
  const summary = toSummary(article);
  await catalog.list([summary]);
  catalog.changed([article.id]);
  catalog.contentSaved(article.id);
  return summary;
}

/** The record of a page as extracted, keeping what the reader made of an earlier copy (`current`). */
function savedRecord(
  extracted: ExtractedArticle,
  current: Article | null,
  saved: {
    now: string;
    leadImage: string | null;
    images: LocalizedImage[];
    into: boolean;
    address: string | null;
    sample: boolean | undefined;
    feedId: string | undefined;
  },
): Article {
  return {
    id: current?.id ?? newArticleId(),
    // An imported article keeps the address it was imported under, so importing again finds it.
    url: (saved.into ? current?.url : null) ?? saved.address ?? `file:${extracted.title}`,
    canonicalUrl: extracted.canonicalUrl,
    sourceUrl: extracted.url,
    title: extracted.title,
    siteName: extracted.siteName,
    byline: extracted.byline,
    excerpt: extracted.excerpt,
    publishedAt: extracted.publishedAt,
    savedAt: current?.savedAt ?? saved.now,
    updatedAt: saved.now,
    state: current?.state ?? 'unread',
    favorite: current?.favorite ?? false,
    tags: current?.tags ?? [],
    wordCount: extracted.wordCount,
    readingMinutes: extracted.readingMinutes,
    progress: current?.progress ?? 0,
    leadImage: saved.leadImage,
    lang: extracted.lang,
    sample: saved.sample ?? current?.sample ?? false,
    annotationCount: current?.annotationCount ?? 0,
    feedId: current?.feedId ?? saved.feedId ?? null,
    readAt: current?.readAt ?? null,
    archivedAt: current?.archivedAt ?? null,
    scrollAnchor: current?.scrollAnchor ?? null,
    assets: saved.images.map(({ file, source, type, bytes }) => ({ file, source, type, bytes: bytes.byteLength })),
    schema: 1,
  };
}
