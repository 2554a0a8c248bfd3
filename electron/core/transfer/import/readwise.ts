// Readwise Reader library CSV: Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen.
// Location is new, later, archive or feed; feed rows are items of subscriptions, not saved articles.
import { fromDateText, type ItemCollector } from './collect.ts';
import { readCsvRows } from './csv.ts';

export function readReadwiseCsv(text: string, fileName: string, collector: ItemCollector): string {
  readCsvRows(text, fileName, collector, (row, where) => {
    const location = (row.location ?? '').trim().toLowerCase();
    if (location === 'feed') {
      collector.skip(where, 'a feed item in Readwise Reader, not a saved article', row.url ?? null);
      return;
    }
    collector.add(where, {
      url: row.url,
      title: row.title,
      savedAt: fromDateText(row['saved date']),
      archived: location === 'archive',
      tags: pythonList(row['document tags']),
    });
  });
  return 'Readwise Reader library (CSV)';
}

/** A Python-style list of strings: ['a', "b's"]. */
function pythonList(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (!text) return [];
  const items = [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((match) =>
    (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1'),
  );
  return items.length > 0 || text.startsWith('[') ? items : text.split(',');
}
