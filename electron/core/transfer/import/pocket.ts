// Pocket's 2024–2025 export: a zip of part_000000.csv, part_000001.csv, … (title,url,time_added,tags,
// status[,cursor]) and, in newer exports, part_*.json files with the highlights of each article.

import { resolveWebUrl } from '../../extract/url-policy.ts';
import { pageKeyOf as urlKey } from '../../library/page-key.ts';
import { fromDateText, fromUnixSeconds, highlight, type ItemCollector } from './collect.ts';
import { readCsvRows } from './csv.ts';
import type { ExportArchive } from './export-archive.ts';
import type { ImportHighlight, ImportItem } from './types.ts';

export function readPocketCsv(text: string, fileName: string, collector: ItemCollector): void {
  readCsvRows(text, fileName, collector, (row, where) => {
    collector.add(where, {
      url: row.url,
      title: row.title,
      savedAt: fromUnixSeconds(row.time_added),
      tags: (row.tags ?? '').split('|'),
      archived: (row.status ?? '').trim().toLowerCase() === 'archive',
    });
  });
}

export const isPocketCsvPart = (path: string) => /(^|\/)part_\d+\.csv$/i.test(path);
export const isPocketJsonPart = (path: string) => /(^|\/)part_\d+\.json$/i.test(path);

export async function readPocketZip(archive: ExportArchive, collector: ItemCollector): Promise<string> {
  const parts = archive.files.filter((file) => isPocketCsvPart(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  for (const part of parts) readPocketCsv(await archive.text(part), part.path, collector);
  const highlightFiles = archive.files.filter((file) => isPocketJsonPart(file.path));
  let highlights = 0;
  for (const file of highlightFiles) highlights += attachHighlights(file.path, await archive.text(file), collector);
  const files = `${parts.length} CSV ${parts.length === 1 ? 'file' : 'files'}`;
  return `Pocket export (zip of ${files}${highlights > 0 ? ' and highlights' : ''})`;
}

type PocketHighlightItem = { url?: unknown; given_url?: unknown; title?: unknown; highlights?: unknown };

/** part_*.json: an array of {url, title, highlights: [{quote, created_at}]}; joined to the CSV rows by address. */
function attachHighlights(path: string, text: string, collector: ItemCollector): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    collector.skip(path, 'the highlights file is not valid JSON');
    return 0;
  }
  if (!Array.isArray(parsed)) {
    collector.skip(path, 'the highlights file does not hold a list of articles');
    return 0;
  }
  const byUrl = new Map<string, ImportItem>();
  for (const item of collector.items) if (!byUrl.has(urlKey(item.url))) byUrl.set(urlKey(item.url), item);
  let count = 0;
  parsed.forEach((entry: PocketHighlightItem, index) => {
    const where = `${path}, item ${index + 1}`;
    const url = resolveWebUrl(String(entry?.url ?? entry?.given_url ?? '').trim(), null);
    const quotes = Array.isArray(entry?.highlights) ? entry.highlights : [];
    const found: ImportHighlight[] = quotes
      .map((raw: { quote?: unknown; created_at?: unknown }) =>
        highlight(String(raw?.quote ?? ''), {
          created: fromUnixSeconds(raw?.created_at) ?? fromDateText(raw?.created_at),
        }),
      )
      .filter((item) => item.quote !== '');
    if (!url) {
      if (found.length > 0) collector.skip(where, 'its highlights name no web address');
      return;
    }
    const item = byUrl.get(urlKey(url));
    if (item) item.highlights.push(...found);
    else collector.add(where, { url, title: String(entry?.title ?? ''), highlights: found });
    count += found.length;
  });
  return count;
}
