import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { openCore } from '../../electron/core/index.ts';
import { testDevice } from '../unit/helpers/library.ts';

export interface ImportFigures {
  rows: number;
  bytes: number;
  /** Preview (parse, dedupe, compare with the library), nothing written. */
  previewMs: number;
  /** import.run of the whole file into an empty library, without fetching. */
  importMs: number;
  /** Baseline in the same run: papaparse alone parsing the same file into rows. */
  papaparseMs: number;
  /** Baseline in the same run: the disk's share, a folder with one small file per row (16 at a time). */
  filesMs: number;
  articlesAfter: number;
}

/** A Pocket CSV as the 2025 export writes it: tags with spaces, some archived, quoted multi-line titles. */
export function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++) {
    const title =
      i % 50 === 0 ? `"A title with ""quotes"",\nover two lines ${i}"` : `Article number ${i} about the harbour`;
    const tags = ['news', i % 3 === 0 ? 'long reads' : 'politics', `topic ${i % 40}`].join('|');
    lines.push(
      `${title},https://site${i % 200}.example/articles/${i}?utm_source=pocket_saves,${1_600_000_000 + i * 60},${tags},${i % 4 === 0 ? 'archive' : 'unread'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Creates `count` folders holding one 1 KB file each, 16 at a time: what any store of one folder per article pays. */
async function timeFolders(root: string, count: number): Promise<number> {
  await mkdir(root, { recursive: true });
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const folder = join(root, `a${next++}`);
      await mkdir(folder);
      await writeFile(join(folder, 'record.json'), 'x'.repeat(1024), { flag: 'wx' });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return performance.now() - start;
}

/** Imports a generated 10,000-row Pocket CSV (no fetching), beside papaparse parsing the same text. */
export async function benchImport(rows = 10_000): Promise<ImportFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'annals-bench-import-'));
  const text = pocketCsv(rows);
  try {
    const baselineStart = performance.now();
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
    const papaparseMs = performance.now() - baselineStart;
    if (parsed.data.length !== rows) throw new Error(`papaparse read ${parsed.data.length} rows, not ${rows}`);
    const filesMs = await timeFolders(join(dir, 'baseline'), rows);

    const core = await openCore({
      libraryDir: dir,
      device: testDevice,
      settings: { read: () => ({}), write: () => {} },
      shell: 'test',
      version: '0.0.0',
      assetsDir: fileURLToPath(new URL('../../assets/', import.meta.url)),
    });
    try {
      const previewStart = performance.now();
      const preview = await core.dispatch('import.preview', { fileName: 'pocket.csv', text });
      const previewMs = performance.now() - previewStart;
      if (!preview.ok) throw new Error(preview.error.message);
      const importStart = performance.now();
      const result = await core.dispatch('import.run', { fileName: 'pocket.csv', text });
      const importMs = performance.now() - importStart;
      if (!result.ok) throw new Error(result.error.message);
      return { rows, bytes: text.length, previewMs, importMs, papaparseMs, filesMs, articlesAfter: core.library.size };
    } finally {
      await core.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/import.ts` runs this figure alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await benchImport();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
