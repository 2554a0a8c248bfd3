// Instapaper CSV: URL,Title,Selection,Folder,Timestamp,Tags (older exports: URL,Title,Selection,Folder).
// Folder is Unread, Archive, Starred or a folder of the reader's own (kept as a tag).
import { fromUnixSeconds, highlight, type ItemCollector } from './collect.ts';
import { readCsvRows } from './csv.ts';

export function readInstapaperCsv(text: string, fileName: string, collector: ItemCollector): string {
  let newer = false;
  readCsvRows(text, fileName, collector, (row, where) => {
    const folder = (row.folder ?? '').trim();
    const special = folder.toLowerCase();
    const selection = (row.selection ?? '').trim();
    if (row.timestamp !== undefined) newer = true;
    const savedAt = fromUnixSeconds(row.timestamp);
    collector.add(where, {
      url: row.url,
      title: row.title,
      savedAt,
      archived: special === 'archive',
      favorite: special === 'starred',
      tags: [...(folder && !['unread', 'archive', 'starred'].includes(special) ? [folder] : []), ...jsonTags(row.tags)],
      // The words were selected as the article was saved.
      highlights: selection ? [highlight(selection, { created: savedAt })] : [],
    });
  });
  return newer ? 'Instapaper export (CSV)' : 'Instapaper export (CSV, older columns)';
}

/** Tags written as a JSON array of strings: ["a","b"]. Anything else is read as one tag. */
function jsonTags(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (!text || text === '[]') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed))
      return parsed.map((tag) =>
        String(typeof tag === 'object' && tag ? ((tag as { name?: unknown }).name ?? '') : tag),
      );
  } catch {
    // Not JSON: a tag of its own, below.
  }
  return [text];
}
