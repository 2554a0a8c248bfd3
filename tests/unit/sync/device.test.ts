import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deviceFromEnvironment, loadOrCreateDevice } from '../../../electron/core/sync/device.ts';

describe('this computer as a device', () => {
  it('is made once and is the same at every start', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'annals-device-')), 'config', 'device.json');
    const first = await loadOrCreateDevice(file, {});
    expect(first.id).toMatch(/^[a-z0-9]{4,40}$/);
    expect(await loadOrCreateDevice(file, {})).toEqual(first);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
  });

  it('is named by ANNALS_DEVICE_ID when set, so two profiles on one computer are two devices', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'annals-device-')), 'device.json');
    expect(await loadOrCreateDevice(file, { ANNALS_DEVICE_ID: 'desktop2', ANNALS_DEVICE_NAME: 'Desk' })).toEqual({
      id: 'desktop2',
      name: 'Desk',
    });
    expect(() => deviceFromEnvironment({ ANNALS_DEVICE_ID: '../etc' })).toThrow(/ANNALS_DEVICE_ID/);
  });

  it('gets a new identity when its file was damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'annals-device-'));
    const file = join(dir, 'device.json');
    await writeFile(file, '{"id": "Not Valid"');
    const device = await loadOrCreateDevice(file, {});
    expect(device.id).toMatch(/^[a-z0-9]{4,40}$/);
  });
});
