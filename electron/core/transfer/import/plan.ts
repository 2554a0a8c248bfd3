import type { ImportPreview } from '../../../contract/index.ts';
import type { Library } from '../../library/library.ts';
import { pageKeyOf as urlKey } from '../../library/page-key.ts';
import { editTags, tagKey } from '../../library/tags.ts';
import type { ImportItem, ParsedExport } from './types.ts';

/** One article the import will add or merge into, after rows naming the same address were merged. */
export interface PlannedArticle {
  item: ImportItem;
  /** The article already in the library under the same canonical address, if any. */
  existingId: string | null;
  /** Its text will be fetched from the web: the file carries none and the library has none yet. */
  fetchesText: boolean;
}

export interface ImportPlan {
  parsed: ParsedExport;
  articles: PlannedArticle[];
  duplicatesInFile: number;
}

/**
 * Merges rows of the file that name the same article (tracking parameters and fragments ignored) and
 * finds the ones already in the library. Reads the library, writes nothing.
 */
export function planImport(parsed: ParsedExport, library: Library): ImportPlan {
  const byKey = new Map<string, ImportItem>();
  let duplicatesInFile = 0;
  for (const item of parsed.items) {
    const key = urlKey(item.url);
    const seen = byKey.get(key);
    if (seen) {
      duplicatesInFile++;
      byKey.set(key, mergeItems(seen, item));
    } else byKey.set(key, item);
  }
  const articles = [...byKey.values()].map((item) => {
    const existing = library.findByUrl(item.url);
    const fetchesText = item.html === null && (!existing || existing.contentStatus === 'pending');
    return { item, existingId: existing?.id ?? null, fetchesText };
  });
  return { parsed, articles, duplicatesInFile };
}

function mergeItems(a: ImportItem, b: ImportItem): ImportItem {
  const earliest = [a.savedAt, b.savedAt].filter((date): date is string => date !== null).sort()[0] ?? null;
  return {
    ...a,
    title: a.title === a.url && b.title !== b.url ? b.title : a.title,
    tags: editTags(a.tags, b.tags, []),
    archived: a.archived || b.archived,
    favorite: a.favorite || b.favorite,
    savedAt: earliest,
    html: a.html ?? b.html,
    highlights: [...a.highlights, ...b.highlights],
    notes: [...a.notes, ...b.notes],
  };
}

export const SKIPPED_SHOWN = 500;

/** What importing would do, in counts the reader can check before anything is written. */
export function previewOf(plan: ImportPlan): Omit<ImportPreview, 'previewId'> {
  const { parsed, articles } = plan;
  const tags = new Map<string, { name: string; count: number }>();
  for (const { item } of articles) {
    for (const tag of item.tags) {
      const entry = tags.get(tagKey(tag)) ?? { name: tag, count: 0 };
      entry.count++;
      tags.set(tagKey(tag), entry);
    }
  }
  const existing = articles.filter((article) => article.existingId !== null).length;
  return {
    format: parsed.format,
    description: parsed.description,
    articles: articles.length,
    new: articles.length - existing,
    existing,
    duplicatesInFile: plan.duplicatesInFile,
    withContent: articles.filter(({ item }) => item.html !== null).length,
    toFetch: articles.filter((article) => article.fetchesText).length,
    archived: articles.filter(({ item }) => item.archived).length,
    favorites: articles.filter(({ item }) => item.favorite).length,
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 200),
    highlights: articles.reduce((sum, { item }) => sum + item.highlights.length, 0),
    notes: articles.reduce((sum, { item }) => sum + item.notes.length, 0),
    feeds: parsed.feeds.length,
    skipped: parsed.skipped.slice(0, SKIPPED_SHOWN),
    skippedCount: parsed.skipped.length,
  };
}
