import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seedPage = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let work: Awaited<ReturnType<typeof tempDir>>;
let env: Record<string, string>;
beforeAll(async () => {
  work = await tempDir();
  // This computer's app folder is under XDG_CONFIG_HOME: the default library, and the pointer to where it moved.
  env = { XDG_CONFIG_HOME: join(work.dir, 'config') };
});
afterAll(() => work.cleanup());

const titles = async (...args: string[]) =>
  (JSON.parse((await annalsIn(['list', '--json', ...args], env)).stdout) as { title: string }[]).map((a) => a.title);

describe('annals move-library', () => {
  it('moves the default library, and every command opens it there from then on', async () => {
    expect((await annalsIn(['add', seedPage], env)).code).toBe(0);
    const [title] = await titles();

    const target = join(work.dir, 'Sync', 'Annals');
    const moved = await annalsIn(['move-library', target, '--json'], env);
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({
      path: target,
      previousPath: join(work.dir, 'config', 'Annals', 'library'),
      oldFolder: expect.stringMatching(/Annals\/library\.moved-\d{4}-\d\d-\d\d$/),
      isDefault: true,
    });
    const pointer = JSON.parse(await readFile(join(work.dir, 'config', 'Annals', 'library-location.json'), 'utf8'));
    expect(pointer).toEqual({ version: 1, path: target });

    // No --library, no ANNALS_LIBRARY: the moved library.
    expect(await titles()).toEqual([title]);
    expect((await annalsIn(['add', seedPage], env)).code).toBe(0);
    expect(await titles('--library', target)).toEqual([title]);
    // Both still win over the pointer.
    const other = join(work.dir, 'other');
    expect(await titles('--library', other)).toEqual([]);
    expect(
      JSON.parse((await annalsIn(['list', '--json'], { ...env, ANNALS_LIBRARY: other })).stdout) as unknown[],
    ).toEqual([]);
  });

  it('says so, and makes no empty library, when the folder it was moved to is not there', async () => {
    const usb = join(work.dir, 'usb');
    const moved = await annalsIn(['move-library', join(usb, 'Annals')], env);
    expect(moved.code).toBe(0);
    // The drive is unplugged.
    await rename(usb, join(work.dir, 'usb-unplugged'));
    const refused = await annalsIn(['list'], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/moved to .*usb\/Annals, which is not there now \(is its disk connected\?\)/);
    expect(existsSync(usb)).toBe(false);
    await rename(join(work.dir, 'usb-unplugged'), usb);
    expect((await annalsIn(['list'], env)).code).toBe(0);
  });

  it('refuses a folder that is not empty in one line, and the library stays where it was', async () => {
    const photos = join(work.dir, 'Photos');
    await mkdir(photos, { recursive: true });
    await writeFile(join(photos, 'cat.jpg'), 'meow');
    const before = await titles();
    const refused = await annalsIn(['move-library', photos], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^annals: .*Photos is not empty \(it holds cat\.jpg\); pick an empty folder/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(await titles()).toEqual(before);
  });

  it('takes a folder relative to where it runs, and needs exactly one', async () => {
    expect((await annalsIn(['move-library'], env)).stderr).toMatch(/move-library needs the folder/);
    const moved = await annalsIn(['move-library', 'Elsewhere/Annals', '--json'], env, { cwd: work.dir });
    expect(JSON.parse(moved.stdout).path).toBe(join(work.dir, 'Elsewhere', 'Annals'));
  });
});
