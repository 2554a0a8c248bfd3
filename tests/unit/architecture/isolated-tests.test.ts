// The unit suite's files share the modules a worker has loaded (tests/vitest.config.ts): a file that replaces a
// module would find it loaded already and test the real one, or leave its replacement to the next file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const unitDir = fileURLToPath(new URL('..', import.meta.url));
const REPLACES_A_MODULE = /\bvi\.(do)?mock\(/;

it('names every test file that replaces a module .isolated.test.ts, so that it runs with modules of its own', async () => {
  const entries = await readdir(unitDir, { recursive: true, withFileTypes: true });
  const testFiles = entries
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const misnamed: string[] = [];
  for (const file of testFiles) {
    if (file.endsWith('.isolated.test.ts') || file.endsWith('.heavy.test.ts')) continue;
    if (REPLACES_A_MODULE.test(await readFile(file, 'utf8'))) misnamed.push(relative(unitDir, file));
  }
  expect(testFiles.length).toBeGreaterThan(100);
  expect(misnamed).toEqual([]);
});
