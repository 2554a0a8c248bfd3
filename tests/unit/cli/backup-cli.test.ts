import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seedPage = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir();
  await mkdir(join(work.dir, 'backups'));
});
afterAll(() => work.cleanup());

const annals = (library: string, ...args: string[]) =>
  annalsIn(args, { ANNALS_LIBRARY: library, ANNALS_BACKUP_DIR: join(work.dir, 'backups') });

describe('backup and restore from the command line', () => {
  it('backs up to a file, restores it into an empty library and merges it into a used one', async () => {
    const source = join(work.dir, 'source');
    const saved = JSON.parse((await annals(source, 'add', seedPage, '--json')).stdout);
    expect((await annals(source, 'tag', saved.id, 'ukraine')).code).toBe(0);

    const out = join(work.dir, 'my backup.zip');
    const backup = await annals(source, 'backup', '--out', out, '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ path: out, articles: 1 });

    const human = await annals(source, 'backup');
    expect(human.stdout).toMatch(
      /^Backed up 1 article \(\d+ files, [\d.]+ MB\) to .*Annals backup \d{4}-\d{2}-\d{2}\.zip\n$/,
    );

    const empty = join(work.dir, 'empty');
    const restored = await annals(empty, 'restore', out, '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toEqual({
      intoEmpty: true,
      restored: 1,
      merged: 0,
      feedsAdded: 0,
      skipped: [],
    });
    const list = JSON.parse((await annals(empty, 'list', '--json')).stdout);
    expect(list).toEqual([expect.objectContaining({ id: saved.id, tags: ['ukraine'] })]);
    // The stored text, byte for byte (whichever file of the article holds it).
    expect((await annals(empty, 'show', saved.id, '--text')).stdout).toBe(
      (await annals(source, 'show', saved.id, '--text')).stdout,
    );

    const again = await annals(empty, 'restore', out);
    expect(again.stdout).toBe('Restored 0 articles, merged 1 the library already had.\n');
    expect(JSON.parse((await annals(empty, 'list', '--json')).stdout)).toHaveLength(1);
  }, 90_000);

  it('says in one line why a file cannot be restored, with exit codes for scripts', async () => {
    const library = join(work.dir, 'refusing');
    const notZip = join(work.dir, 'notes.zip');
    await writeFile(notZip, 'title,url\n');
    const refused = await annals(library, 'restore', notZip);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^annals: this is not a zip archive, or it is damaged \(no table of contents\)\n$/);

    const missing = await annals(library, 'restore', join(work.dir, 'nowhere.zip'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^annals: There is no backup file at .*nowhere\.zip\.\n$/);

    const usage = await annals(library, 'restore');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('annals: restore needs exactly one backup file\n');
  });
});
