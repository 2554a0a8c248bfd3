// Wallabag v2 JSON export: an array of entries with their content (HTML), tags, starred and archived
// flags, and annotations {text (the note), quote, ranges} re-anchored by quote.
import { fromDateText, highlight, type ItemCollector } from './collect.ts';

type WallabagEntry = {
  url?: unknown;
  title?: unknown;
  is_archived?: unknown;
  is_starred?: unknown;
  created_at?: unknown;
  content?: unknown;
  mimetype?: unknown;
  tags?: unknown;
  annotations?: unknown;
};
type WallabagAnnotation = { text?: unknown; quote?: unknown; created_at?: unknown };

const truthy = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function readWallabag(entries: unknown[], collector: ItemCollector): string {
  entries.forEach((raw, index) => {
    if (!collector.open) return;
    const where = `entry ${index + 1}`;
    if (!raw || typeof raw !== 'object') {
      collector.skip(where, 'it is not an article entry');
      return;
    }
    const entry = raw as WallabagEntry;
    const annotations = (Array.isArray(entry.annotations) ? entry.annotations : []) as WallabagAnnotation[];
    const isHtml = !text(entry.mimetype) || /html/i.test(text(entry.mimetype));
    collector.add(where, {
      url: text(entry.url),
      title: text(entry.title),
      archived: truthy(entry.is_archived),
      favorite: truthy(entry.is_starred),
      savedAt: fromDateText(entry.created_at),
      html: isHtml ? text(entry.content) : null,
      tags: (Array.isArray(entry.tags) ? entry.tags : []).map((tag) =>
        typeof tag === 'object' && tag ? text((tag as { label?: unknown }).label) : String(tag),
      ),
      highlights: annotations
        .filter((annotation) => text(annotation.quote).trim())
        .map((annotation) =>
          highlight(text(annotation.quote), {
            note: text(annotation.text),
            created: fromDateText(annotation.created_at),
          }),
        ),
      notes: annotations
        .filter((annotation) => !text(annotation.quote).trim())
        .map((annotation) => text(annotation.text)),
    });
  });
  return 'Wallabag export (JSON)';
}
