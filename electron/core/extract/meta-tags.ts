import { type PageIndex, tagged } from './page-index.ts';

/** All <meta> values of a page, keyed by lowercased name / property / itemprop / http-equiv, in page order. */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(index: PageIndex): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of tagged(index, 'meta')) {
    const content = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** The first value found under any of the keys, in the order of the keys. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
