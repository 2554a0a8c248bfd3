import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../electron/contract/index.ts';
import { openCore } from '../../../electron/core/index.ts';
import {
  DeviceSettingsFile,
  type SettingsRecord,
  settingsRecordKind,
} from '../../../electron/core/settings/settings-file.ts';
import { SettingsService } from '../../../electron/core/settings/settings-service.ts';
import { formatStamp, HybridClock } from '../../../electron/core/sync/clock.ts';
import { mergeConflictCopy } from '../../../electron/core/sync/record-file.ts';
import { damages } from '../helpers/damage.ts';
import { libraryFolders } from './support/library-folders.ts';
import { orders } from './support/orders.ts';

const library = libraryFolders();

/** A device's settings as a fresh start of Annals reads them. */
async function settingsOf(dir: string, device: string) {
  const messages: string[] = [];
  const service = new SettingsService(
    new DeviceSettingsFile(dir, device, new HybridClock(device), (message) => messages.push(message)),
  );
  await service.load();
  return Object.assign(service, { messages });
}

const chosen: Settings = {
  ...defaultSettings,
  reader: { theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 72 },
  sort: 'published',
  savedSearches: ['tag:kellbridge', 'flood'],
  feedRetentionDays: 14,
};

describe('settings kept per device in the library', () => {
  it('let each device keep its own, written to settings/<device>.json', async () => {
    const dir = await library();
    const laptop = await settingsOf(dir, 'laptop1');
    await laptop.set({ reader: { theme: 'dark' } });
    const desktop = await settingsOf(dir, 'desktop1');
    await desktop.set({ reader: { fontSize: 24 } });
    expect((await settingsOf(dir, 'laptop1')).get().reader).toMatchObject({ theme: 'dark', fontSize: 19 });
    expect((await settingsOf(dir, 'desktop1')).get().reader).toMatchObject({ theme: 'system', fontSize: 24 });
    expect((await readdir(join(dir, 'settings'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
  });

  it('start from a format-1 settings.json, which stays as it was', async () => {
    const dir = await library();
    // As conf and electron-store wrote it: the settings object, indented with tabs.
    const legacy = `${JSON.stringify(chosen, null, '\t')}\n`;
    await writeFile(join(dir, 'settings.json'), legacy);
    const laptop = await settingsOf(dir, 'laptop1');
    expect(laptop.get()).toEqual(chosen);
    await laptop.set({ sort: 'saved' });
    expect((await settingsOf(dir, 'laptop1')).get()).toEqual({ ...chosen, sort: 'saved' });
    // Another device still starts from the format-1 file, untouched.
    expect((await settingsOf(dir, 'desktop1')).get()).toEqual(chosen);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(legacy);
  });

  it('merge a conflict copy by which was saved later, filling fields the later one lacks', () => {
    const record = (ms: number, settings: SettingsRecord['settings']): SettingsRecord => ({
      format: 2,
      kind: 'settings',
      device: 'laptop1',
      at: formatStamp(ms, 0, 'laptop1'),
      settings,
    });
    const older = record(1_000, { sort: 'published', feedRetentionDays: 7 });
    const newer = record(2_000, { sort: 'saved', reader: { theme: 'dark' } });
    for (const [a, b] of orders([older, newer]))
      expect(settingsRecordKind.combine(a!, b!).settings).toEqual({
        sort: 'saved',
        feedRetentionDays: 7,
        reader: { theme: 'dark' },
      });
    const serialize = settingsRecordKind.serialize;
    expect(JSON.parse(mergeConflictCopy(settingsRecordKind, serialize(older), serialize(newer))!).at).toBe(newer.at);
  });
});

describe('a damaged settings file', () => {
  for (const { name, damage } of damages) {
    it(`is never reset when ${name}: what reads is kept, the rest recovered, and the reader told`, async () => {
      const dir = await library();
      await (await settingsOf(dir, 'laptop1')).set(chosen);
      const file = join(dir, 'settings', 'laptop1.json');
      await writeFile(
        file,
        damage(await readFile(file, 'utf8'), { inside: '"fontSize"', path: ['settings', 'reader', 'fontSize'] }),
      );
      const again = await settingsOf(dir, 'laptop1');
      expect(again.get()).toEqual(chosen);
      expect(again.messages.join('\n')).toMatch(/settings of this device \(settings\/laptop1\.json\) was damaged/);
      expect(JSON.parse(await readFile(file, 'utf8')).settings.reader.fontSize).toBe(22);
      expect((await readdir(join(dir, 'corrupt'))).some((f) => f.startsWith('settings__laptop1.json'))).toBe(true);
    });

    it(`keeps every field of a ${name} settings.json that still reads, and says which went back to defaults`, async () => {
      const dir = await library();
      await writeFile(join(dir, 'settings.json'), JSON.stringify(chosen, null, '\t'));
      const text = await readFile(join(dir, 'settings.json'), 'utf8');
      await writeFile(join(dir, 'settings.json'), damage(text, { inside: '"fontSize"', path: ['reader', 'fontSize'] }));
      // This device never read it whole: no last good copy to fall back on.
      const laptop = await settingsOf(dir, 'laptop1');
      const message = laptop.messages.join('\n');
      expect(message).toMatch(/The settings \(settings\.json\) was damaged/);
      const kept = laptop.get();
      for (const key of ['sort', 'savedSearches', 'feedRetentionDays'] as const) {
        if (JSON.stringify(kept[key]) !== JSON.stringify(chosen[key])) expect(message).toContain(key);
      }
      if (kept.reader.fontSize !== 22) expect(message).toMatch(/Back to their defaults: .*reader\.fontSize/);
      if (name === 'one bad entry among good ones')
        expect(kept).toEqual({ ...chosen, reader: { ...chosen.reader, fontSize: 19 } });
    });
  }

  it('is recovered from its last good copy when deleted', async () => {
    const dir = await library();
    await (await settingsOf(dir, 'laptop1')).set(chosen);
    await rm(join(dir, 'settings', 'laptop1.json'));
    const again = await settingsOf(dir, 'laptop1');
    expect(again.get()).toEqual(chosen);
    expect(again.messages.join('\n')).toMatch(/was missing; Annals recovered it from its last good copy/);
  });

  it('is reported by the core among what it recovered', async () => {
    const dir = await library();
    const open = () =>
      openCore({
        libraryDir: dir,
        device: { id: 'laptop1', name: 'Laptop' },
        shell: 'test',
        version: '0.0.0',
        assetsDir: fileURLToPath(new URL('../../../assets/', import.meta.url)),
      });
    const core = await open();
    await core.dispatch('settings.set', { reader: { theme: 'dark' }, feedRetentionDays: 9 });
    await core.close();
    const file = join(dir, 'settings', 'laptop1.json');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('"feedRetentionDays": 9', '"feedRetentionDays": "nine"'),
    );
    const again = await open();
    const info = await again.dispatch('app.info', {});
    const settings = await again.dispatch('settings.get', {});
    await again.close();
    expect(info.ok && (info.value as { recovered: string[] }).recovered.join('\n')).toMatch(/settings.*damaged/);
    expect(settings.ok && (settings.value as Settings)).toMatchObject({
      feedRetentionDays: 9,
      reader: { theme: 'dark' },
    });
  });
});
