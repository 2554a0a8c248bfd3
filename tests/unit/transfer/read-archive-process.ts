// A process of its own reading one archive as Annals does, so that its peak memory is the reading's
// alone: `restore` (the CLI's path: a file on disk), `upload` (the window's: the bytes sent as base64),
// or `import` (an export zip parsed, then each article's carried text read as it would be stored).
// Prints one JSON line: what happened and the peak memory. Run by archive-memory.heavy.test.ts.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../../electron/core/index.ts';
import { parseExport } from '../../../electron/core/transfer/import/parse.ts';
import { testDevice } from '../helpers/library.ts';

const [mode, archive, libraryDir] = process.argv.slice(2) as ['restore' | 'upload' | 'import', string, string];

async function read(): Promise<{ ok: boolean; message: string; articles: number }> {
  if (mode === 'import') {
    const parsed = await parseExport(new Uint8Array(await readFile(archive)));
    let carried = 0;
    for (const item of parsed.items) {
      // As an import reads it before writing it to disk as it came: one article at a time.
      const html = typeof item.html === 'function' ? await item.html() : item.html;
      if (html?.length) carried++;
    }
    return { ok: true, message: `${parsed.items.length} items, ${carried} with text`, articles: parsed.items.length };
  }
  const core = await openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'cli',
    version: 'test',
    assetsDir: fileURLToPath(new URL('../../../assets/', import.meta.url)),
  });
  try {
    const input = mode === 'restore' ? { path: archive } : { data: (await readFile(archive)).toString('base64') };
    const answer = await core.dispatch('library.restore', input);
    if (!answer.ok) return { ok: false, message: answer.error.message, articles: 0 };
    const { restored, skipped } = answer.value as { restored: number; skipped: unknown[] };
    return { ok: true, message: `${skipped.length} skipped`, articles: restored };
  } finally {
    await core.close();
  }
}

const outcome = await read().catch((error: Error) => ({ ok: false, message: error.message, articles: 0 }));
process.stdout.write(`${JSON.stringify({ ...outcome, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
