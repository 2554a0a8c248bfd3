// Counts were written "1984" in the list's header and the sidebar, and "1,984" (always English) in the timeline's
// progress: every count the window shows now goes through one helper, formatCount (electron/contract/plural.ts),
// which writes it as the reader's locale does.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const rendererDir = fileURLToPath(new URL('../../../renderer/src', import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

it('formats no count of the window but through the locale’s helper', async () => {
  const offenders: string[] = [];
  for (const file of await sources(rendererDir)) {
    const text = await readFile(file, 'utf8');
    // A number's own toLocaleString (dates keep theirs: they are Date objects, named so).
    for (const line of text.split('\n'))
      if (/\.toLocaleString\(/.test(line) && !/[Dd]ate/.test(line))
        offenders.push(`${path.relative(rendererDir, file)}: ${line.trim()}`);
  }
  expect(offenders).toEqual([]);
});
