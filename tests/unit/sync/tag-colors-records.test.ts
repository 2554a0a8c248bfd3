import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  legacyTagColorsKind,
  TagColors,
  type TagColorsRecord,
  tagColorsRecordKind,
} from '../../../electron/core/library/tag-colors.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { mergeConflictCopy } from '../../../electron/core/sync/record-file.ts';
import { damages } from '../helpers/damage.ts';
import { libraryFolders } from './support/library-folders.ts';
import { orders } from './support/orders.ts';

const library = libraryFolders();

/** A device's view of the library's tag colours, as a fresh start of Annals would read them. */
async function device(dir: string, id: string, clock = () => new Date()) {
  const messages: string[] = [];
  const colors = new TagColors(dir, id, clock, (message) => messages.push(message));
  await colors.load();
  return Object.assign(colors, { messages });
}

const record = (device: string, colors: TagColorsRecord['colors']): TagColorsRecord => ({
  format: 2,
  kind: 'tag-colors',
  device,
  colors,
});

describe('tag colour records merged from every device', () => {
  it('give every tag the colour chosen last, whatever order the records are read in', () => {
    const laptop = record('laptop1', {
      floods: { value: 'blue', at: formatStamp(1_000, 0, 'laptop1') },
      energy: { value: 'pink', at: formatStamp(3_000, 0, 'laptop1') },
    });
    const desktop = record('desktop1', {
      floods: { value: 'green', at: formatStamp(2_000, 0, 'desktop1') },
      energy: { value: null, at: formatStamp(2_500, 0, 'desktop1') },
    });
    const phone = record('phone01', { floods: { value: null, at: formatStamp(2_000, 0, 'phone01') } });
    const results = orders([laptop, desktop, phone]).map(
      (list) => list.reduce((merged, next) => tagColorsRecordKind.combine(merged, next)).colors,
    );
    for (const colors of results) {
      expect(colors).toEqual(results[0]);
      // Same millisecond on two devices: the device id decides, the same way everywhere.
      expect(colors.floods?.value).toBe(null);
      expect(colors.energy?.value).toBe('pink');
    }
  });

  it('converge on two devices sharing one library folder, each writing only its own record', async () => {
    const dir = await library();
    const laptop = await device(dir, 'laptop1');
    const desktop = await device(dir, 'desktop1');
    await laptop.set('Floods', 'blue');
    await desktop.set('energy', 'pink');
    await desktop.set('floods', 'green'); // made without having seen the laptop's choice
    await laptop.set('climate', 'yellow');
    const [again, other] = [await device(dir, 'laptop1'), await device(dir, 'desktop1')];
    for (const view of [again, other]) {
      expect(view.all()).toEqual({ floods: 'green', energy: 'pink', climate: 'yellow' });
    }
    expect((await readdir(join(dir, 'tags', 'records'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
  });

  it('let a change made after seeing another device’s change win, even when this computer’s clock is behind', async () => {
    const dir = await library();
    const ahead = await device(dir, 'desktop1', () => new Date('2026-01-01T01:00:00Z'));
    await ahead.set('floods', 'green');
    const behind = await device(dir, 'laptop1', () => new Date('2026-01-01T00:00:00Z'));
    await behind.set('floods', 'purple');
    expect((await device(dir, 'desktop1')).get('floods')).toBe('purple');
  });

  it('keep a renamed tag’s colour and a merged tag the target’s, across devices', async () => {
    const dir = await library();
    const laptop = await device(dir, 'laptop1');
    await laptop.set('floods', 'blue');
    await laptop.set('flooding', 'green');
    const desktop = await device(dir, 'desktop1');
    await desktop.rename('floods', 'Flood');
    await desktop.rename('Flood', 'flooding');
    const view = await device(dir, 'laptop1');
    expect(view.get('flood')).toBe(null);
    expect(view.get('floods')).toBe(null);
    expect(view.get('Flooding')).toBe('green');
  });

  it('merge a conflict copy of a record into the record, and say when the copy adds nothing', () => {
    const original = record('laptop1', { floods: { value: 'blue', at: formatStamp(1_000, 0, 'laptop1') } });
    const copy = record('laptop1', {
      floods: { value: 'green', at: formatStamp(2_000, 0, 'laptop1') },
      energy: { value: 'pink', at: formatStamp(500, 0, 'laptop1') },
    });
    const serialize = tagColorsRecordKind.serialize;
    const merged = JSON.parse(mergeConflictCopy(tagColorsRecordKind, serialize(original), serialize(copy))!);
    expect(merged.colors).toEqual(copy.colors);
    expect(mergeConflictCopy(tagColorsRecordKind, serialize(copy), serialize(original))).toBe(null);
    // A format-1 file's copy: the original's colours stay, the copy adds the tags it lacks.
    const legacy = mergeConflictCopy(
      legacyTagColorsKind,
      JSON.stringify({ schema: 1, colors: { floods: 'blue' } }),
      JSON.stringify({ schema: 1, colors: { floods: 'green', energy: 'pink' } }),
    );
    expect(JSON.parse(legacy!).colors).toEqual({ floods: 'blue', energy: 'pink' });
  });
});

describe('tag colours of a format-1 library', () => {
  it('are read from tags.json, which is never written again', async () => {
    const dir = await library();
    const legacy = `${JSON.stringify({ schema: 1, colors: { floods: 'blue', energy: 'pink' } }, null, 2)}\n`;
    await writeFile(join(dir, 'tags.json'), legacy);
    const colors = await device(dir, 'laptop1');
    expect(colors.all()).toEqual({ floods: 'blue', energy: 'pink' });
    await colors.set('floods', 'green');
    await colors.rename('energy', 'power');
    expect(await readFile(join(dir, 'tags.json'), 'utf8')).toBe(legacy);
    expect((await device(dir, 'desktop1')).all()).toEqual({ floods: 'green', power: 'pink' });
  });
});

describe('a damaged tag colours file', () => {
  const colors = { climate: 'yellow', floods: 'blue', energy: 'pink' } as const;

  for (const { name, damage, othersSurvive } of damages) {
    it(`gives back every colour when this device's record is ${name}, and says so`, async () => {
      const dir = await library();
      const first = await device(dir, 'laptop1');
      for (const [tag, color] of Object.entries(colors)) await first.set(tag, color);
      const file = join(dir, 'tags', 'records', 'laptop1.json');
      const text = await readFile(file, 'utf8');
      await writeFile(file, damage(text, { inside: '"floods"', path: ['colors', 'floods'] }));
      const view = await device(dir, 'laptop1');
      expect(view.all()).toEqual(colors);
      expect(view.messages.join('\n')).toMatch(/tags\/records\/laptop1\.json\) was damaged/);
      // Written whole again, and the damaged bytes kept.
      expect(JSON.parse(await readFile(file, 'utf8')).colors.floods.value).toBe('blue');
      expect((await readdir(join(dir, 'corrupt'))).some((f) => f.startsWith('tags__records__laptop1.json'))).toBe(true);
      // Told once: the next start has nothing to report.
      expect((await device(dir, 'laptop1')).messages).toEqual([]);
      void othersSurvive;
    });

    it(`keeps what a ${name} tags.json still says and recovers the rest from its last good copy`, async () => {
      const dir = await library();
      const legacy = JSON.stringify({ schema: 1, colors }, null, 2);
      await writeFile(join(dir, 'tags.json'), legacy);
      await device(dir, 'laptop1'); // read once whole: its last good copy is kept
      await writeFile(join(dir, 'tags.json'), damage(legacy, { inside: '"floods"', path: ['colors', 'floods'] }));
      const view = await device(dir, 'laptop1');
      expect(view.all()).toEqual(colors);
      expect(view.messages.join('\n')).toMatch(/tag colors \(tags\.json\) was damaged/i);
      // A device that never saw it whole keeps every colour that still reads.
      const stranger = await device(dir, 'desktop1');
      if (othersSurvive) expect(stranger.get('climate')).toBe('yellow');
      expect(stranger.messages.join('\n')).toMatch(/damaged/);
    });
  }

  it('comes back from its last good copy when tags.json is deleted', async () => {
    const dir = await library();
    await writeFile(join(dir, 'tags.json'), JSON.stringify({ schema: 1, colors }));
    await device(dir, 'laptop1');
    await writeFile(join(dir, 'tags.json'), '');
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'tags.json'));
    const view = await device(dir, 'laptop1');
    expect(view.all()).toEqual(colors);
    expect(view.messages.join('\n')).toMatch(/was missing; Annals recovered it from its last good copy/);
  });
});
