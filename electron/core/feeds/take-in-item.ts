import type { ExtractedArticle } from '../extract/types.ts';
import type { Library } from '../library/library.ts';
import type { FeedItem } from './parse-feed.ts';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/**
 * Stores a feed item's full article, with its images, like any saved page; when the page cannot be had,
 * the feed's own content will do. Answers "new", "known" (an article already there under its canonical
 * address, updated instead), or "missed" when neither the page nor the feed gave an article.
 */
export async function takeInItem(
  library: Library,
  item: FeedItem,
  feedId: string,
  mayBeLocal: (url: string) => boolean,
): Promise<'new' | 'known' | 'missed'> {
  const { extractFromHtml, extractFromUrl, fetchImage } = await import('../extract/index.ts');
  let extracted: ExtractedArticle | null = null;
  if (item.url)
    extracted = await extractFromUrl(item.url, { blockPrivateNetwork: !mayBeLocal(item.url) }).catch(() => null);
  if (!extracted && item.contentHtml) {
    const page = `<html><head><title>${escapeHtml(item.title)}</title></head><body><article><h1>${escapeHtml(item.title)}</h1>${item.contentHtml}</article></body></html>`;
    extracted = await extractFromHtml(page, { url: item.url }).catch(() => null);
  }
  if (!extracted) return 'missed';
  if (!extracted.publishedAt && item.publishedAt) extracted = { ...extracted, publishedAt: item.publishedAt };
  if (!extracted.byline && item.author) extracted = { ...extracted, byline: item.author };
  const { created } = await library.save(extracted, {
    feedId,
    loadImage: (url) => fetchImage(url, { blockPrivateNetwork: !mayBeLocal(url) }),
  });
  return created ? 'new' : 'known';
}
