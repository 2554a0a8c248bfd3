// Shared by the timeline tests: the sample library's articles and the seed article, as extraction leaves them.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { extractEntities } from '../../../electron/core/timeline/entities.ts';
import type { StoryArticle } from '../../../electron/core/timeline/stories.ts';

const SAMPLES = new URL('../../../assets/sample/', import.meta.url);
const PAGES = new URL('../../fixtures/pages/', import.meta.url);

/** The five sample articles following the Kellbridge flood, oldest first. */
export const KELLBRIDGE = [
  'old-mill-bridge-closed',
  'sollen-dam-gate-jams',
  'kellbridge-ferry-pontoon',
  'steinholt-wins-bridge-contract',
  'kellbridge-scour-lessons',
];
/** Sample articles unrelated to the flood. */
export const UNRELATED = ['larkspur-library-ceiling', 'city-frogs-sing-later'];

export interface LoadedArticle extends StoryArticle {
  publishedAt: string | null;
}

async function load(id: string, folder: URL): Promise<LoadedArticle> {
  const html = readFileSync(new URL(`${id}.html`, folder), 'utf8');
  const article = await extractFromHtml(html, { url: `https://sample.example/${id}` });
  return {
    id,
    title: article.title,
    text: article.text,
    publishedAt: article.publishedAt,
    entities: extractEntities(article.text),
  };
}

export function loadSample(id: string): Promise<LoadedArticle> {
  return load(id, SAMPLES);
}

export function loadSeed(): Promise<LoadedArticle> {
  return load('seed-article', PAGES);
}
