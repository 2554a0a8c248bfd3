import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../electron/contract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import type { FetchedImage } from '../../../electron/core/library/localize-images.ts';

/** A fresh library folder per test, removed afterwards. */
export async function tempDir(prefix = 'annals-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A plausible extracted article, as the extraction pipeline would hand it to the library. */
export function extractedArticle(n: number, overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const text = `Paragraph one of story ${n}.\n\nThe council met on Tuesday to discuss item ${n}.`;
  return {
    url: `https://news.example/story-${n}`,
    canonicalUrl: `https://news.example/story-${n}`,
    title: `Story number ${n}`,
    byline: 'A. Reporter',
    siteName: 'News Example',
    publishedAt: `2025-05-${String((n % 28) + 1).padStart(2, '0')}T09:00:00-07:00`,
    lang: 'en',
    excerpt: `Paragraph one of story ${n}.`,
    leadImage: null,
    html: `<p>Paragraph one of story ${n}.</p><p>The council met on Tuesday to discuss item ${n}.</p>`,
    text,
    wordCount: 16,
    readingMinutes: 1,
    images: [],
    ...overrides,
  };
}

/** An article.json as a format-1 Annals wrote it. */
export function legacyArticle(overrides: Partial<Article> & { id: string }): Article {
  return {
    url: `https://news.example/${overrides.id}`,
    canonicalUrl: null,
    sourceUrl: null,
    title: 'Saved by an older Annals',
    siteName: null,
    byline: null,
    excerpt: '',
    publishedAt: null,
    savedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    state: 'unread',
    favorite: false,
    tags: [],
    wordCount: 1,
    readingMinutes: 1,
    progress: 0,
    leadImage: null,
    lang: null,
    sample: false,
    annotationCount: 0,
    feedId: null,
    readAt: null,
    archivedAt: null,
    scrollAnchor: null,
    assets: [],
    schema: 1,
    ...overrides,
  };
}

/** Serves images from memory, like a web server would. */
export function imageLoader(images: Record<string, Uint8Array>) {
  return async (url: string): Promise<FetchedImage> => {
    const bytes = images[url];
    if (!bytes) throw new Error(`404 ${url}`);
    return { bytes, type: 'image/png', ext: 'png', sha256: createHash('sha256').update(bytes).digest('hex') };
  };
}

export const noImages = imageLoader({});

/** The device every test library is written by, unless a test plays several computers. */
export const testDevice = { id: 'testdevice', name: 'Test computer' };
