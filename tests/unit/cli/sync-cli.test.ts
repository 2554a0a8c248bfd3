import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/index.ts';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));
const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

let library: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  library = await tempDir();
});
afterEach(() => library.cleanup());

const as =
  (device: string, name: string) =>
  (...args: string[]) =>
    annalsIn(args, { ANNALS_LIBRARY: library.dir, ANNALS_DEVICE_ID: device, ANNALS_DEVICE_NAME: name });

describe('annals sync status', () => {
  it('names this device and the others that changed the library, and counts the conflict copies it merged', async () => {
    const desktop = as('desktop1', 'Desktop');
    const laptop = as('laptop1', 'Laptop');
    const id = JSON.parse((await desktop('add', seed, '--json')).stdout).id as string;
    expect((await desktop('tag', id, 'peace talks')).code).toBe(0);
    // A sync tool kept an older copy of the desktop's record aside.
    const records = join(library.dir, 'articles', id, 'records');
    const record = await readFile(join(records, 'desktop1.json'), 'utf8');
    await writeFile(join(records, 'desktop1 (conflicted copy 2026-12-02 101500).json'), record);

    const result = await laptop('sync', 'status', '--json');

    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    // Exactly the keys scripts were promised, in this order.
    expect(Object.keys(status)).toEqual(['device', 'devices', 'conflictsMerged', 'arriving']);
    expect(status).toEqual({
      device: 'laptop1',
      devices: [{ id: 'desktop1', name: 'Desktop', lastChangeAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }],
      conflictsMerged: 1,
      arriving: 0,
    });
    expect(Date.parse(status.devices[0].lastChangeAt)).toBeLessThanOrEqual(Date.now());
    expect(await readdir(records)).toEqual(['desktop1.json']);
    const human = (await laptop('sync', 'status')).stdout;
    expect(human).toMatch(/^This device: Laptop \(laptop1\)\n {2}Desktop \(desktop1\): last change \d{4}-/);
    expect(human).toMatch(/Conflict copies merged: 0\nArticles still arriving: 0\n$/);
  });

  it('merges what arrived before a command that only reads answers, when no other Annals holds the library', async () => {
    const desktop = as('desktop1', 'Desktop');
    const id = JSON.parse((await desktop('add', seed, '--json')).stdout).id as string;
    expect((await desktop('tag', id, 'peace talks')).code).toBe(0);
    const records = join(library.dir, 'articles', id, 'records');
    const record = JSON.parse(await readFile(join(records, 'desktop1.json'), 'utf8'));
    record.tags.turkey = { on: true, at: '0000001000000000.0000.desktop1', name: 'turkey' };
    await writeFile(join(records, 'desktop1.sync-conflict-20261202-101500-ABCDEF1.json'), JSON.stringify(record));

    const listed = JSON.parse((await as('laptop1', 'Laptop')('list', '--json')).stdout);

    expect(listed[0].tags.sort()).toEqual(['peace talks', 'turkey']);
    expect(await readdir(records)).toEqual(['desktop1.json']);
  });

  it('refuses a command that writes while the app has the library open, saying why, and answers one that reads', async () => {
    const desktop = as('desktop1', 'Desktop');
    const id = JSON.parse((await desktop('add', seed, '--json')).stdout).id as string;
    const app = await openCore({
      libraryDir: library.dir,
      device: { id: 'desktop1', name: 'Desktop' },
      shell: 'test',
      version: '0.0.0',
      assetsDir,
    });
    try {
      const refused = await desktop('tag', id, 'elsewhere');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/This library is open in another Annals process \(pid \d+\)\. Close it/);
      const listed = await desktop('list', '--json');
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)[0].tags).toEqual([]);
    } finally {
      await app.close();
    }
    expect((await desktop('tag', id, 'elsewhere')).code).toBe(0);
  });

  it('says what it needs when asked for anything but status', async () => {
    const result = await as('laptop1', 'Laptop')('sync', 'now');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sync needs: status/);
  });
});
