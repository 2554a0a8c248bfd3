import type { ImportResult } from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Feeds } from '../../feeds/feeds.ts';
import type { Library } from '../../library/library.ts';
import type { ExportedText } from './exported-text.ts';
import type { FetchQueue } from './fetch-queue.ts';
import { type ImportPlan, SKIPPED_SHOWN } from './plan.ts';

export interface ApplyContext {
  library: Library;
  annotations: Annotations;
  feeds: Feeds;
  queue: FetchQueue;
  exportedText: ExportedText;
  onProgress: (done: number, total: number) => void;
}

/**
 * Writes an import plan: new articles stored at once (text pending), existing ones merged, highlights
 * anchored by quote (orphaned until the text arrives), and every article without text queued for the
 * background work, which stores the text the file carried or fetches the page. Importing the same
 * plan again changes nothing.
 */
export async function applyImport(plan: ImportPlan, context: ApplyContext): Promise<ImportResult> {
  const { library, annotations, queue } = context;
  const fresh = plan.articles.filter((article) => article.existingId === null);
  const known = plan.articles.filter((article) => article.existingId !== null);
  // One step per article, and a last one for queueing the rest and following feeds.
  const total = plan.articles.length + 1;
  let done = 0;
  context.onProgress(done, total);

  const added = await library.addImported(fresh.map(({ item }) => item));
  const updated = new Set(
    await library.mergeImported(
      known.map(({ item, existingId }) => ({
        id: existingId!,
        tags: item.tags,
        archived: item.archived,
        favorite: item.favorite,
        savedAt: item.savedAt,
      })),
    ),
  );
  const targets = [
    ...fresh.map((article, index) => ({ ...article, id: added[index]!.id })),
    ...known.map((article) => ({ ...article, id: article.existingId! })),
  ];

  let highlights = 0;
  let notes = 0;
  for (const { item, id, existingId } of targets) {
    // Text the export carries is stored in the background instead of fetching the page, unless the
    // article already has text of its own.
    if (item.html && library.findSummary(id)?.contentStatus) {
      const html = typeof item.html === 'string' ? item.html : await item.html();
      if (typeof html === 'string' ? html.trim() : html?.length) await context.exportedText.keep(id, html!);
    }
    if (item.highlights.length > 0 || item.notes.length > 0) {
      const counts = await annotations.importMany(id, item.highlights, item.notes);
      highlights += counts.highlights;
      notes += counts.notes;
      if (existingId && counts.highlights + counts.notes > 0) updated.add(id);
    }
    context.onProgress(++done, total);
  }

  const pending = targets
    .map(({ id }) => library.findSummary(id))
    .filter((summary) => summary?.contentStatus === 'pending' && !queue.has(summary.id))
    .map((summary) => ({ id: summary!.id, url: summary!.url, title: summary!.title }));
  await queue.add(pending);

  const feedsAdded = plan.parsed.opml ? (await context.feeds.importOpml(plan.parsed.opml)).added : 0;
  context.onProgress(total, total);
  return {
    format: plan.parsed.format,
    description: plan.parsed.description,
    added: added.length,
    updated: updated.size,
    unchanged: known.length - updated.size,
    highlights,
    notes,
    feedsAdded,
    queued: queue.status().pending,
    skipped: plan.parsed.skipped.slice(0, SKIPPED_SHOWN),
    skippedCount: plan.parsed.skipped.length,
  };
}
