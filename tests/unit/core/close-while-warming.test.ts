// Closing the core while it warms up at start (building the search index, finding the events): the command line's
// `serve` is stopped this way, and a library moved or removed next must not be written to afterwards.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

const open = (libraryDir: string) =>
  openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '1.2.3',
    assetsDir,
  });

/** Every file under the folder with its size and modification time. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const described = await Promise.all(
    files.map(async (file) => {
      const { size, mtimeMs } = await stat(file);
      return `${file} ${size} ${mtimeMs}`;
    }),
  );
  return described.sort();
}

it('writes nothing to the library once close has resolved, even when closed while warming up', async () => {
  const temp = await tempDir();
  try {
    const first = await open(temp.dir);
    const installed = await first.dispatch('sample.install', {});
    expect(installed.ok).toBe(true);
    await first.close();

    // Opened again with no search index and no events found yet: warming up has everything to do.
    const core = await open(temp.dir);
    const stopBackgroundWork = core.startBackgroundWork();
    stopBackgroundWork();
    await core.close();
    const closed = await tree(temp.dir);
    // The index built so far was saved by close, not by a timer that outlives it.
    expect(closed.some((file) => file.includes('/search/'))).toBe(true);
    // Long enough for the events of the sample to be written, were their finding still going.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await tree(temp.dir)).toEqual(closed);
  } finally {
    await temp.cleanup();
  }
});
