// The tuned and study gold articles as the bench tools read them: each page extracted and its dated events found, with
// the save date the bench gives pages that do not say when the reader saved them. Held-out articles are never loaded
// here, whatever the filter says: the per-article tools that build on this must not see them.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { type Event, extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { type GoldArticle, loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
/** The save date of gold pages that do not say when the reader saved them, as the bench has it. */
export const SAVED_AT = '2026-01-01T00:00:00Z';

export interface ExtractedGoldArticle {
  gold: GoldArticle;
  /** The gold file's path: the article's id in merging. */
  id: string;
  text: string;
  publishedAt: string | null;
  events: Event[];
}

/** Extracts one gold article's page and finds its events, as the bench does. */
export async function extractGoldArticle(gold: GoldArticle): Promise<ExtractedGoldArticle> {
  const page = await extractFromHtml(readFileSync(new URL(gold.file, ROOT), 'utf8'), {
    url: `https://bench.example/${gold.file}`,
  });
  const events = extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: gold.savedAt ?? SAVED_AT });
  return { gold, id: gold.file, text: page.text, publishedAt: page.publishedAt, events };
}

/** The tuned and study articles (those `keep` keeps, all of them without it), extracted. */
export function extractGold(keep: (gold: GoldArticle) => boolean = () => true): Promise<ExtractedGoldArticle[]> {
  return Promise.all(
    loadGold()
      .filter((gold) => !gold.heldOut && keep(gold))
      .map(extractGoldArticle),
  );
}

/** Keeps the articles whose story names `only` (all when it is not given): the tools' story-substring argument. */
export const storyNaming =
  (only: string | undefined) =>
  (gold: GoldArticle): boolean =>
    !only || gold.story.includes(only);
