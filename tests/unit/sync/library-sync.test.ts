import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettledConflict } from '../../../electron/core/sync/conflict-merge.ts';
import { defaultConflictRules } from '../../../electron/core/sync/conflict-rules.ts';
import { type LibrarySync, startLibrarySync } from '../../../electron/core/sync/library-sync.ts';
import type { LibraryChanges } from '../../../electron/core/sync/watch.ts';
import { tempDir } from '../helpers/library.ts';
import { listUnionRule } from './support/list-union-rule.ts';
import { recorder } from './support/recorder.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let sync: LibrarySync | undefined;

beforeEach(async () => {
  work = await tempDir('annals-library-sync-');
});
afterEach(async () => {
  await sync?.close();
  sync = undefined;
  await work.cleanup();
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(work.dir, path)), { recursive: true });
  await writeFile(join(work.dir, path), text);
}

describe('files arriving while the library is open', () => {
  it('settles a conflict copy by its rule before handing the batch on', async () => {
    await put('articles/a1/records/laptop1.json', '["climate"]');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const dir of ['', 'articles', 'articles/a1', 'articles/a1/records'])
      await utimes(join(work.dir, dir), hourAgo, hourAgo);
    const arrived = recorder<{ changes: LibraryChanges; settled: SettledConflict[] }>();
    sync = startLibrarySync(work.dir, {
      rules: defaultConflictRules().register(listUnionRule),
      debounceMs: 50,
      rescanIntervalMs: 60_000,
      onArrived: (changes, settled) => arrived.record({ changes, settled }),
    });
    await sync.ready;

    await put('articles/a1/records/laptop1.sync-conflict-20261202-101500-ABCDEF1.json', '["flood"]');

    const batches = await arrived.until((all) => all.some((entry) => entry.settled.length > 0), 'settled');
    const batch = batches.find((entry) => entry.settled.length > 0)!;
    expect(batch.settled).toEqual([expect.objectContaining({ outcome: 'merged', kind: 'test-tag-list' })]);
    expect(batch.changes.articles.map((article) => article.id)).toEqual(['a1']);
    expect(JSON.parse(await readFile(join(work.dir, 'articles/a1/records/laptop1.json'), 'utf8'))).toEqual([
      'climate',
      'flood',
    ]);
    expect(await readdir(join(work.dir, 'articles/a1/records'))).toEqual(['laptop1.json']);
  });
});
