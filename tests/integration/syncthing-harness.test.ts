import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeConflictCopies } from '../../electron/core/sync/conflict-merge.ts';
import { parseConflictName } from '../../electron/core/sync/conflict-names.ts';
import { defaultConflictRules } from '../../electron/core/sync/conflict-rules.ts';
import { tempDir } from '../unit/helpers/library.ts';
import { listUnionRule } from '../unit/sync/support/list-union-rule.ts';
import { SyncthingPair } from './support/syncthing.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let pair: SyncthingPair | undefined;
let folderA: string;
let folderB: string;

beforeEach(async () => {
  work = await tempDir('annals-syncthing-');
  folderA = join(work.dir, 'library-a');
  folderB = join(work.dir, 'library-b');
  pair = await SyncthingPair.start(work.dir, folderA, folderB);
});

afterEach(async () => {
  await pair?.stop();
  pair = undefined;
  await work.cleanup();
});

/** The files of a folder (not Syncthing's own marker), relative paths sorted. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .filter((path) => !path.startsWith('.st'))
    .sort();
}

describe('two Syncthing daemons on loopback', () => {
  it('carry new files both ways, into nested folders', async () => {
    await mkdir(join(folderA, 'articles', 'a1'), { recursive: true });
    await writeFile(join(folderA, 'articles', 'a1', 'article.json'), '{"title":"From the laptop"}');
    await writeFile(join(folderB, 'feeds.json'), '{"feeds":[]}');

    await pair!.waitUntilInSync();

    expect(await readFile(join(folderB, 'articles', 'a1', 'article.json'), 'utf8')).toBe('{"title":"From the laptop"}');
    expect(await readFile(join(folderA, 'feeds.json'), 'utf8')).toBe('{"feeds":[]}');
    expect(await filesIn(folderA)).toEqual(await filesIn(folderB));
  });

  it('keep both texts of a file changed on both sides while apart, one as a sync-conflict copy', async () => {
    await writeFile(join(folderA, 'notes.txt'), 'first text');
    await pair!.waitUntilInSync();

    await pair!.disconnect();
    await writeFile(join(folderA, 'notes.txt'), 'written on alpha');
    await writeFile(join(folderB, 'notes.txt'), 'written on beta, later and longer');
    await pair!.reconnect();
    await pair!.waitUntilInSync();

    const files = await filesIn(folderA);
    expect(files).toEqual(await filesIn(folderB));
    const copies = files.filter((file) => parseConflictName(file)?.tool === 'syncthing');
    expect(copies).toHaveLength(1);
    expect(parseConflictName(copies[0]!)).toEqual({ original: 'notes.txt', tool: 'syncthing' });
    const kept = await readFile(join(folderA, 'notes.txt'), 'utf8');
    const copy = await readFile(join(folderA, copies[0]!), 'utf8');
    expect([kept, copy].sort()).toEqual(['written on alpha', 'written on beta, later and longer']);
    expect(await readFile(join(folderB, 'notes.txt'), 'utf8')).toBe(kept);
    expect(await readFile(join(folderB, copies[0]!), 'utf8')).toBe(copy);
    // The copy is named after the device whose change lost: one of the two.
    const shortIds = [pair!.a.deviceId, pair!.b.deviceId].map((id) => id.slice(0, 7));
    expect(shortIds).toContain(/-([A-Z0-9]{7})\.txt$/.exec(copies[0]!)?.[1]);
  });

  it('converge on one merged file once the conflict copy is settled by its rule on one side', async () => {
    const record = 'articles/a1/records/laptop1.json';
    await mkdir(join(folderA, 'articles/a1/records'), { recursive: true });
    await writeFile(join(folderA, record), '["climate"]');
    await pair!.waitUntilInSync();

    await pair!.disconnect();
    await writeFile(join(folderA, record), '["climate","energy"]');
    await writeFile(join(folderB, record), '["climate","flood"]');
    await pair!.reconnect();
    await pair!.waitUntilInSync();
    const settled = await mergeConflictCopies(folderA, defaultConflictRules().register(listUnionRule));
    await pair!.waitUntilInSync();

    expect(settled.map((entry) => [entry.tool, entry.outcome])).toEqual([['syncthing', 'merged']]);
    for (const folder of [folderA, folderB]) {
      expect(await filesIn(folder)).toEqual([record]);
      expect(await readFile(join(folder, record), 'utf8')).toBe('["climate","energy","flood"]');
    }
  });
});
