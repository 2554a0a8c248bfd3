import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendDurable, replaceFileAtomic, writeFileAtomic } from '../../../electron/core/storage/atomic-write.ts';
import { tempDir } from '../helpers/library.ts';

let cleanup: () => Promise<void> = async () => {};
afterEach(() => cleanup());

describe('durable atomic writes', () => {
  it('replaces a file whole and leaves no temporary files behind', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'data.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(temp.dir)).toEqual(['data.json']);
  });

  for (const [name, write] of [
    ['synced', writeFileAtomic],
    ['unsynced (a cache)', replaceFileAtomic],
  ] as const) {
    it(`lets concurrent writers race without ever producing a mixed file (${name})`, async () => {
      const temp = await tempDir();
      cleanup = temp.cleanup;
      const file = join(temp.dir, 'data.json');
      const versions = Array.from({ length: 40 }, (_, i) => JSON.stringify({ version: i, pad: 'x'.repeat(5000 + i) }));
      await Promise.all(versions.map((version) => write(file, version)));
      expect(versions).toContain(await readFile(file, 'utf8'));
      expect(await readdir(temp.dir)).toEqual(['data.json']);
    });
  }

  it('appends journal records in order', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'journal');
    for (let i = 0; i < 5; i++) await appendDurable(file, `${i}\n`);
    expect(await readFile(file, 'utf8')).toBe('0\n1\n2\n3\n4\n');
  });
});
