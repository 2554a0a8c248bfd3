import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../contract/index.ts';
import { articleUrlKey as urlKey } from '../extract/canonical-url.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { toSummary } from './article-store.ts';
import type { Catalog } from './catalog.ts';
import type { ImageLoader, LocalizedImage } from './localize-images.ts';
import { trustedCanonical } from './trusted-address.ts';
import { type VersionMeta, versionIdOf } from './version-meta.ts';

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export interface SaveOptions {
  loadImage: ImageLoader;
  sample?: boolean;
  /** The feed the article came from. */
  feedId?: string;
  /** The article this is the text of (an imported article fetched later), whatever address the page now gives. */
  into?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * The text shown now stays shown: a differing text of a saved article is only added as a version beside
   * it (saving from the browser, whose token may add but never replace).
   */
  keepShown?: boolean;
}

/**
 * Stores an extracted article. The same canonical URL updates the saved copy (keeping the reader's
 * state, favorite, tags and progress) instead of adding a duplicate; a changed text is a new version
 * and the earlier ones are kept.
 */
export async function saveContent(
  catalog: Catalog,
  extracted: ExtractedArticle,
  options: SaveOptions,
): Promise<{ article: ArticleSummary; created: boolean }> {
  // A canonical address on another site than the page's own is not believed (it could name another article).
  const canonical = trustedCanonical(extracted);
  // A page from a file has no address (its canonical cannot be checked): it is known by its title, as
  // a file's article always was, so adding the file again finds it and never an article from the web.
  const address = canonical ?? extracted.url ?? `file:${extracted.title}`;
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
    // A page now naming a canonical it did not name when saved is still found by its own address.
    const listed = options.into
      ? catalog.summary(options.into)
      : (catalog.findByUrl(address) ?? (extracted.url ? catalog.findByUrl(extracted.url) : undefined));
    // Unlisted, an address still names its article: one deleted here, or arriving from another device.
    const id = listed?.id ?? articleIdFromAddress(address);
    const current = await catalog.articles.load(id);
    const meta = versionMeta(
      { ...extracted, canonicalUrl: canonical },
      {
        now: catalog.now().toISOString(),
        leadImage,
        images: localized.images,
        url: address,
        source: options.feedId ? 'feed' : options.into ? 'import' : 'save',
        device: catalog.articles.paths.device,
      },
    );
    if (options.keepShown && listed && current && !current.deleted) {
      for (const image of localized.images) await catalog.articles.writeAsset(id, image.file, image.bytes);
      await addVersion(catalog, id, meta, { html: localized.html, text: extracted.text }, false);
      return { article: catalog.summary(id), created: false };
    }
    const summary = await writeContent(catalog, id, meta, localized, extracted.text, {
      sample: options.sample,
      feedId: options.feedId,
    });
    return { article: summary, created: !current || current.deleted || !listed };
  });
}

/**
 * Adds a text to a saved article as a version: made current, or kept beside the text shown now. The
 * same text again adds nothing (a version is named by its text).
 */
export async function addVersion(
  catalog: Catalog,
  id: string,
  meta: VersionMeta,
  content: { html: string; text: string },
  current: boolean,
): Promise<boolean> {
  const before = (await catalog.articles.load(id, 'always'))?.currentVersion;
  // The text shown now, named: else the newest version, this one, would be shown instead.
  const shown = current ? meta.versionId : before;
  const added = await catalog.articles.writeVersion(id, meta, content.html, content.text);
  if (!added && shown === before) return false;
  await catalog.write(id, (record, stamp) => {
    if (!shown) return false;
    record.fields.currentVersion = { value: shown, at: stamp() };
    return true;
  });
  catalog.changed([id]);
  return added;
}

/** An article saved from an address gets an id made from it, so two devices saving one page make one article. */
export function articleIdFromAddress(address: string): string {
  const digest = createHash('sha256').update(urlKey(address)).digest();
  return Array.from(digest.subarray(0, 20), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/**
 * The one place an article's text and images are written, for a new article and a new text of a saved
 * one alike: the images, then the version (nothing when that text is already there), then this
 * device's record, which makes it current. Earlier texts stay as versions.
 */
async function writeContent(
  catalog: Catalog,
  id: string,
  meta: VersionMeta,
  localized: { html: string; images: LocalizedImage[] },
  text: string,
  saved: { sample: boolean | undefined; feedId: string | undefined },
): Promise<ArticleSummary> {
  for (const image of localized.images) await catalog.articles.writeAsset(id, image.file, image.bytes);
  await catalog.articles.writeVersion(id, meta, localized.html, text);
  const merged = await catalog.write(id, (record, stamp, current) => {
    const article = current && !current.deleted ? current.article : null;
    const at = stamp();
    let changed = false;
    const set = <K extends 'currentVersion' | 'savedAt' | 'feedId' | 'sample' | 'contentStatus' | 'contentError'>(
      name: K,
      value: unknown,
    ) => {
      (record.fields as Record<string, unknown>)[name] = { value, at };
      changed = true;
    };
    if (current?.currentVersion !== meta.versionId) set('currentVersion', meta.versionId);
    if (!article) set('savedAt', meta.savedAt);
    if (current?.deleted) {
      record.fields.deleted = { value: false, at };
      changed = true;
    }
    if (saved.feedId && !article?.feedId) set('feedId', saved.feedId);
    if (saved.sample !== undefined && saved.sample !== (article?.sample ?? false)) set('sample', saved.sample);
    if (article?.contentStatus) {
      set('contentStatus', null);
      set('contentError', null);
    }
    return changed;
  });
  catalog.changed([id]);
  catalog.contentSaved(id);
  return toSummary(merged.article);
}

/** What a text was saved with, as its version's JSON. */
function versionMeta(
  extracted: ExtractedArticle,
  saved: {
    now: string;
    leadImage: string | null;
    images: LocalizedImage[];
    url: string;
    source: VersionMeta['source'];
    device: string;
  },
): VersionMeta {
  return {
    versionId: versionIdOf(extracted.text),
    savedAt: saved.now,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    excerpt: extracted.excerpt,
    publishedAt: extracted.publishedAt,
    url: saved.url,
    canonicalUrl: extracted.canonicalUrl,
    sourceUrl: extracted.url,
    lang: extracted.lang,
    leadImage: saved.leadImage,
    wordCount: extracted.wordCount,
    readingMinutes: extracted.readingMinutes,
    assets: saved.images.map(({ file, source, type, bytes }) => ({ file, source, type, bytes: bytes.byteLength })),
    source: saved.source,
    device: saved.device,
  };
}
