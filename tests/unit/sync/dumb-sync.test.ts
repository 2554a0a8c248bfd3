import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeConflictCopies } from '../../../electron/core/sync/conflict-merge.ts';
import { parseConflictName } from '../../../electron/core/sync/conflict-names.ts';
import { defaultConflictRules } from '../../../electron/core/sync/conflict-rules.ts';
import { tempDir } from '../helpers/library.ts';
import { DumbSync } from './support/dumb-sync.ts';
import { listUnionRule } from './support/list-union-rule.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let a: string;
let b: string;
let sync: DumbSync;

beforeEach(async () => {
  work = await tempDir('annals-dumb-sync-');
  a = join(work.dir, 'a');
  b = join(work.dir, 'b');
  await mkdir(a);
  await mkdir(b);
  sync = new DumbSync(a, b, { deviceA: 'LAPTOP1', deviceB: 'DESKTOP', now: () => new Date('2026-12-02T10:15:00Z') });
});

afterEach(() => work.cleanup());

/** Writes a file with a given modification time (seconds into the test's day), so "newer" is exact. */
async function write(root: string, path: string, text: string, second: number): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
  const when = new Date(Date.UTC(2026, 11, 2, 10, 0, second));
  await utimes(join(root, path), when, when);
}

async function files(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(root.length + 1);
    out[path] = await readFile(join(root, path), 'utf8');
  }
  return out;
}

describe('the dumbest sync', () => {
  it('carries new files both ways, into nested folders', async () => {
    await write(a, 'articles/a1/article.json', '{"title":"one"}', 1);
    await write(b, 'feeds.json', '[]', 2);

    const report = await sync.sync();

    expect(report).toEqual({ toB: ['articles/a1/article.json'], toA: ['feeds.json'], deleted: [], conflicts: [] });
    expect(await files(a)).toEqual({ 'articles/a1/article.json': '{"title":"one"}', 'feeds.json': '[]' });
    expect(await files(b)).toEqual(await files(a));
  });

  it('carries a change made on one side over the other without a conflict copy, even an older one', async () => {
    await write(a, 'notes.txt', 'first', 5);
    await sync.sync();
    await write(b, 'notes.txt', 'edited on the desktop, whose clock is behind', 1);

    const report = await sync.sync();

    expect(report.conflicts).toEqual([]);
    expect(await readFile(join(a, 'notes.txt'), 'utf8')).toBe('edited on the desktop, whose clock is behind');
  });

  it('carries a deletion, but a file changed on one side and deleted on the other comes back', async () => {
    await write(a, 'gone.txt', 'x', 1);
    await write(a, 'kept.txt', 'y', 1);
    await sync.sync();
    await write(b, 'kept.txt', 'y, edited', 2);
    await rm(join(a, 'gone.txt'));
    await rm(join(a, 'kept.txt'));

    const report = await sync.sync();

    expect(report.deleted).toEqual(['gone.txt']);
    expect(await files(a)).toEqual({ 'kept.txt': 'y, edited' });
    expect(await files(b)).toEqual({ 'kept.txt': 'y, edited' });
  });

  it('settles a file changed on both sides as Syncthing does: the newer wins, the older is kept as a named copy', async () => {
    await write(a, 'articles/a1/article.json', '{"v":0}', 1);
    await sync.sync();
    await write(a, 'articles/a1/article.json', '{"v":"laptop"}', 10);
    await write(b, 'articles/a1/article.json', '{"v":"desktop"}', 20);

    const report = await sync.sync();

    const copy = 'articles/a1/article.sync-conflict-20261202-101500-LAPTOP1.json';
    expect(report.conflicts).toEqual([copy]);
    expect(parseConflictName('article.sync-conflict-20261202-101500-LAPTOP1.json')).toEqual({
      original: 'article.json',
      tool: 'syncthing',
    });
    const expected = { 'articles/a1/article.json': '{"v":"desktop"}', [copy]: '{"v":"laptop"}' };
    expect(await files(a)).toEqual(expected);
    expect(await files(b)).toEqual(expected);
    expect((await sync.sync()).conflicts).toEqual([]);
  });

  it('leaves out what .stignore lists and the temp files of writes in progress', async () => {
    await write(a, '.stignore', '.annals\n// per device\n*.tmp\n', 1);
    await write(a, '.annals/laptop1/library.json', '{}', 1);
    await write(a, 'articles/a1/.article.json.123.abc.tmp', 'half', 1);
    await write(a, 'articles/a1/article.json', '{}', 1);

    await sync.sync();

    expect(Object.keys(await files(b))).toEqual(['articles/a1/article.json']);
  });
});

describe('two devices through the dumbest sync', () => {
  it('converge on one merged file once the conflict copy is settled by its rule and synced again', async () => {
    await write(a, 'articles/a1/records/laptop1.json', '["climate"]', 1);
    await sync.sync();
    await write(a, 'articles/a1/records/laptop1.json', '["climate","energy"]', 10);
    await write(b, 'articles/a1/records/laptop1.json', '["climate","flood"]', 20);
    expect((await sync.sync()).conflicts).toHaveLength(1);

    const settled = await mergeConflictCopies(a, defaultConflictRules().register(listUnionRule));
    await sync.sync();

    expect(settled.map((entry) => entry.outcome)).toEqual(['merged']);
    const merged = { 'articles/a1/records/laptop1.json': '["climate","energy","flood"]' };
    expect(await files(a)).toEqual(merged);
    expect(await files(b)).toEqual(merged);
  });
});
