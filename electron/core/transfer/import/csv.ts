import Papa from 'papaparse';
import type { ItemCollector } from './collect.ts';

export type CsvRow = Record<string, string>;

/** The header of a CSV text, lowercased and trimmed, without parsing the rest. */
export function csvHeader(text: string): string[] {
  const first = Papa.parse<string[]>(stripBom(text), { preview: 1 }).data[0] ?? [];
  return first.map((name) => name.trim().toLowerCase());
}

/**
 * Reads CSV rows by header name (never by position: column sets differ between export versions), as
 * plain text: a cell like `=HYPERLINK(…)` stays those characters. Rows the parser finds broken are
 * reported with their row number (the header is row 1) and left out; `each` sees the rest.
 */
export function readCsvRows(
  text: string,
  fileName: string,
  collector: ItemCollector,
  each: (row: CsvRow, where: string) => void,
): void {
  const parsed = Papa.parse<CsvRow>(stripBom(text), {
    header: true,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    transformHeader: (name) => name.trim().toLowerCase(),
  });
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    // Papa reports a row with too few or too many fields but still answers it; those are refused here.
    if (error.row !== undefined && error.row !== null && !broken.has(error.row)) broken.set(error.row, error.message);
  }
  parsed.data.forEach((row, index) => {
    if (!collector.open) return;
    const where = `${fileName}, row ${index + 2}`;
    const problem = broken.get(index);
    if (problem) {
      collector.skip(where, `the row is malformed (${problem.toLowerCase()})`, row.url ?? null);
      return;
    }
    each(row, where);
  });
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
