// What a large restore tells the windows while it places articles: its progress now and then, and
// the articles it listed a batch at a time, never one event per article nor one naming them all.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName, TaskProgress } from '../../../electron/contract/index.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { tempDir } from '../helpers/library.ts';
import { call, openTestCore } from './support.ts';

// Past one listing batch (500) and several progress reports (one per 100), so both limits are seen.
const ARTICLES = 600;

let work: Awaited<ReturnType<typeof tempDir>>;
let generated: string[];
let archive: string;

beforeAll(async () => {
  work = await tempDir();
  generated = await generateLibrary(join(work.dir, 'source'), ARTICLES);
  const source = await openTestCore(join(work.dir, 'source'));
  try {
    archive = (await call<{ path: string }>(source, 'library.backup', { path: join(work.dir, 'backup.zip') })).path;
  } finally {
    await source.close();
  }
}, 120_000);

afterAll(async () => {
  await work.cleanup();
});

describe('restoring a backup of many articles', () => {
  it('reports its progress now and then and lists the articles a batch at a time', async () => {
    const target = await openTestCore(join(work.dir, 'restored'));
    const events: [EventName, unknown][] = [];
    target.onEvent((name, payload) => events.push([name, payload]));
    try {
      const result = await call<{ restored: number }>(target, 'library.restore', { path: archive });
      expect(result.restored).toBe(ARTICLES);
    } finally {
      await target.close();
    }
    const progress = events
      .filter(([name, payload]) => name === 'progress' && (payload as TaskProgress).label === 'Restoring a backup')
      .map(([, payload]) => payload as TaskProgress);
    // A report per hundred articles placed, and the end: not one per article.
    expect(progress.length).toBeLessThan(20);
    expect(progress.at(-1)?.state).toBe('done');
    const placed = progress.filter((report) => report.state === 'running' && report.total === ARTICLES);
    expect(placed.at(-1)?.done).toBe(ARTICLES);

    // Every article named once it was listed, in batches of a few hundred.
    const batches = events
      .filter(([name]) => name === 'libraryChanged')
      .map(([, payload]) => (payload as { ids?: string[] }).ids ?? []);
    const named = batches.flat();
    expect(new Set(named)).toEqual(new Set(generated));
    expect(Math.max(...batches.map((ids) => ids.length))).toBeLessThanOrEqual(500);
  }, 120_000);
});
