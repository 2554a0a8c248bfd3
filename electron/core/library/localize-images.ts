import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import { sanitizeTree, serializeSafe } from '../extract/sanitize.ts';

export interface FetchedImage {
  bytes: Uint8Array;
  type: string;
  ext: string;
  sha256: string;
}

export interface LocalizedImage {
  file: string;
  source: string;
  type: string;
  bytes: Uint8Array;
}

export type ImageLoader = (url: string) => Promise<FetchedImage>;

const MAX_IMAGES = 60;
const CONCURRENCY = 4;

/**
 * Downloads an article's images and points them at local files (`assets/<sha256>.<ext>`), so the
 * article reads the same offline. An image that cannot be fetched is dropped rather than left
 * pointing at the network.
 */
export async function localizeImages(
  html: string,
  urls: string[],
  load: ImageLoader,
  onProgress: (done: number, total: number) => void,
): Promise<{ html: string; images: LocalizedImage[] }> {
  const wanted = [...new Set(urls)].slice(0, MAX_IMAGES);
  const fetched = new Map<string, LocalizedImage>();
  let done = 0;
  onProgress(0, wanted.length);
  await forEachLimited(wanted, CONCURRENCY, async (url) => {
    try {
      const image = await load(url);
      const sha = image.sha256 || createHash('sha256').update(image.bytes).digest('hex');
      fetched.set(url, { file: `assets/${sha}.${image.ext}`, source: url, type: image.type, bytes: image.bytes });
    } catch {
      // Dropped below; the article is still worth keeping without it.
    }
    onProgress(++done, wanted.length);
  });

  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const img of [...document.querySelectorAll('img')]) {
    const local = fetched.get(img.getAttribute('src') ?? '');
    img.removeAttribute('srcset');
    if (local) {
      img.setAttribute('src', local.file);
    } else {
      const figure = img.closest('figure');
      if (figure && figure.querySelectorAll('img').length === 1 && !figure.textContent?.trim()) figure.remove();
      else img.remove();
    }
  }
  for (const source of [...document.querySelectorAll('picture source')]) source.remove();
  // Written by the sanitizer that restores use as well: a stored text reads back the same through it.
  const stored = serializeSafe(sanitizeTree(document.body, 'stored'));
  return { html: stored, images: [...fetched.values()] };
}
