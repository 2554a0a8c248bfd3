// A bundle the build no longer makes (a worker renamed, say) must not stay in dist/main: electron-builder packs
// everything there into the app.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { removeStaleOutputs } from '../../../electron/launch/build.mjs';
import { tempDir } from '../helpers/library.ts';

let work: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.cleanup());

it('removes the bundles and maps a build did not write, and keeps what it wrote', async () => {
  for (const name of ['main.cjs', 'main.cjs.map', 'timeline-worker.cjs', 'text-reading-worker.cjs', 'old.cjs.map']) {
    await writeFile(join(work.dir, name), 'x');
  }
  await mkdir(join(work.dir, 'kept-folder'));

  removeStaleOutputs(
    work.dir,
    ['main.cjs', 'main.cjs.map', 'timeline-worker.cjs'].map((name) => join(work.dir, name)),
  );

  expect((await readdir(work.dir)).sort()).toEqual(['kept-folder', 'main.cjs', 'main.cjs.map', 'timeline-worker.cjs']);
});
