import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { loadDeviceHome } from '../../../electron/core/sync/device.ts';
import { libraryFolders } from './support/library-folders.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const folder = libraryFolders();
const opened: Core[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

async function openAs(libraryDir: string, home: Awaited<ReturnType<typeof loadDeviceHome>>) {
  const core = await openCore({
    libraryDir,
    ...home,
    shell: 'test',
    version: '0.0.0',
    assetsDir,
    validateOutput: true,
  });
  opened.push(core);
  return core;
}

describe('renaming this computer', () => {
  it('keeps the new name for the next start and tells the other computers, the id unchanged', async () => {
    const appFolder = await folder();
    const deviceFile = join(appFolder, 'device.json');
    const library = await folder();
    const laptop = await openAs(library, await loadDeviceHome(deviceFile, {}));
    const before = (await laptop.dispatch('sync.status', {})) as { ok: true; value: SyncStatus };

    const renamed = await laptop.dispatch('sync.renameDevice', { name: '  Kitchen laptop ' });
    expect(renamed).toMatchObject({ ok: true, value: { device: before.value.device, deviceName: 'Kitchen laptop' } });

    // The next start, here or in the command line, is the same device under its new name.
    expect(await loadDeviceHome(deviceFile, {})).toEqual({
      device: { id: before.value.device, name: 'Kitchen laptop' },
      deviceFile,
    });
    // Another computer reading the library sees the new name.
    const shared = JSON.parse(await readFile(join(library, 'devices', `${before.value.device}.json`), 'utf8'));
    expect(shared).toEqual({ id: before.value.device, name: 'Kitchen laptop' });
    const desktop = await openAs(library, { device: { id: 'desktop1', name: 'Desk' } });
    const seen = (await desktop.dispatch('sync.status', {})) as { ok: true; value: SyncStatus };
    expect(seen.value.devices).toContainEqual(
      expect.objectContaining({ id: before.value.device, name: 'Kitchen laptop' }),
    );
  });

  it('refuses an empty name, and a device named by ANNALS_DEVICE_ID, with the reason', async () => {
    const appFolder = await folder();
    const named = await loadDeviceHome(join(appFolder, 'device.json'), {
      ANNALS_DEVICE_ID: 'profile2',
      ANNALS_DEVICE_NAME: 'Second profile',
    });
    expect(named.deviceFile).toBeUndefined();
    const core = await openAs(await folder(), named);
    expect(await core.dispatch('sync.renameDevice', { name: 'Other' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('ANNALS_DEVICE_NAME') },
    });
    expect(await core.dispatch('sync.renameDevice', { name: '   ' })).toMatchObject({ ok: false });
    expect((await core.dispatch('sync.status', {})) as { value: SyncStatus }).toMatchObject({
      value: { deviceName: 'Second profile' },
    });
  });
});
