import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { extractFromHtml } from '../extract/index.ts';
import type { Library } from '../library/library.ts';
import type { FetchedImage } from '../library/localize-images.ts';

const Manifest = z.array(
  z.object({ file: z.string().regex(/^[a-z0-9-]+\.html$/), url: z.string().url(), story: z.boolean() }),
);

const imageTypes: Record<string, { type: string; ext: string }> = {
  '.svg': { type: 'image/svg+xml', ext: 'svg' },
  '.png': { type: 'image/png', ext: 'png' },
  '.jpg': { type: 'image/jpeg', ext: 'jpg' },
};

/**
 * The sample library: original articles shipped in assets/sample, saved through the same pipeline as
 * any page. Their images come from assets/sample/images, never from the network.
 */
export async function installSampleLibrary(library: Library, assetsDir: string): Promise<number> {
  const folder = join(assetsDir, 'sample');
  const manifest = Manifest.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')));
  let added = 0;
  for (const entry of manifest) {
    const html = await readFile(join(folder, entry.file), 'utf8');
    const extracted = await extractFromHtml(html, { url: entry.url });
    const { created } = await library.save(extracted, {
      sample: true,
      loadImage: (url) => loadSampleImage(folder, url),
    });
    if (created) added++;
  }
  return added;
}

async function loadSampleImage(folder: string, url: string): Promise<FetchedImage> {
  const name = basename(new URL(url).pathname);
  const kind = imageTypes[name.slice(name.lastIndexOf('.'))];
  if (!kind || !/^[a-z0-9-]+\.[a-z]+$/.test(name)) throw new Error(`not a sample image: ${name}`);
  const bytes = await readFile(join(folder, 'images', name));
  return { bytes, ...kind, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function removeSampleLibrary(library: Library): Promise<number> {
  const ids = library
    .list('all', 'saved')
    .filter((article) => article.sample)
    .map((article) => article.id);
  if (ids.length > 0) await library.delete(ids);
  return ids.length;
}
