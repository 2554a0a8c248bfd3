// Writes every development-set page's whole extraction result (or its error) to one file, so that a change
// meant to make extraction faster can be proved to change no output: dump before, dump after, compare.
// Usage: npx tsx tests/bench/extract-dump.ts --devset DIR --out FILE
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { devsetDirFromArgs, loadDevSet } from './devset/load.ts';
import { fragmentText } from './extract.ts';

const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? process.argv[outAt + 1] : undefined;
if (!out) throw new Error('Pass --out FILE');

const lines: string[] = [];
const digest = createHash('sha256');
for (const page of loadDevSet(devsetDirFromArgs(), fragmentText).pages) {
  let result: unknown;
  try {
    result = await extractFromHtml(page.html, { url: page.url });
  } catch (error) {
    result = { error: { code: (error as { code?: string }).code ?? 'THROWN', message: String(error) } };
  }
  const line = JSON.stringify({ id: page.id, result });
  digest.update(line);
  lines.push(line);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} pages, sha256 ${digest.digest('hex')}\n`);
