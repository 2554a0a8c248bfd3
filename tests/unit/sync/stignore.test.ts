import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devices, fixturePage, stignoreOf } from './support/devices.ts';
import { DumbSync } from './support/dumb-sync.ts';
import { libraryFolders } from './support/library-folders.ts';

// What a sync tool carries of a library is what every computer shares: never what one computer keeps
// for itself (its index, import queue, caches), never a backup's staging copies or a write in flight.

const folder = libraryFolders();
const { open, close, annals } = devices();

/** Every file under `dir`, by relative path. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('the .stignore Annals writes', () => {
  it('keeps a computer’s own files out of what a sync tool carries, its import queue and backup staging included', async () => {
    const a = join(await folder(), 'laptop');
    const b = join(await folder(), 'desktop');
    const id = (
      JSON.parse(await annals(a, 'laptop1', 'add', fixturePage('seed-article.html'), '--json')) as { id: string }
    ).id;
    const laptop = await open(a, 'laptop1');
    await laptop.importer.queue.add([{ id, url: 'https://news.example/talks', title: 'Talks' }]);
    await close(laptop);
    // What a backup cut short by a crash leaves: hard links of the library in a staging folder.
    await mkdir(join(a, '.backup-0123456789ab', 'articles', id), { recursive: true });
    await writeFile(join(a, '.backup-0123456789ab', 'articles', id, 'article.json'), '{}');
    await mkdir(b);

    await new DumbSync(a, b).sync();

    const mine = await filesIn(a);
    expect(mine).toEqual(expect.arrayContaining([join('.annals', 'laptop1', 'import-queue.json')]));
    const carried = await filesIn(b);
    expect(carried.length).toBeGreaterThan(0);
    expect(
      carried.filter((path) => /^(\.annals|\.backup-|\.restore-|corrupt|backups)|import-queue|\.tmp$/.test(path)),
    ).toEqual([]);
    expect(carried.every((path) => /^(articles|devices|feeds|stories|tags|settings)\//.test(path))).toBe(true);
  });

  it('adds the lines an older Annals did not write, keeping the reader’s own', async () => {
    const a = await folder();
    await writeFile(
      join(a, '.stignore'),
      '// mine\n*.bak\n// Annals: each computer’s own data and temporary files, never synced\n.annals\n.*.tmp\ncorrupt\nbackups\n',
    );

    await annals(a, 'laptop1', 'sync', 'status', '--json');

    const lines = (await stignoreOf(a)).split('\n');
    expect(lines.slice(0, 2)).toEqual(['// mine', '*.bak']);
    expect(lines).toEqual(
      expect.arrayContaining(['.annals', '.*.tmp', '.backup-*', '.restore-*', 'corrupt', 'backups']),
    );
    expect(lines.filter((line) => line.startsWith('// Annals'))).toHaveLength(1);
  });
});
