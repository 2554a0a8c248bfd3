import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../electron/core/library/library.ts';
import { generateLibrary } from './generate-library.ts';

export interface LibraryFigures {
  articles: number;
  openMs: number;
  listMs: number;
  stateWriteMsMedian: number;
  tagWriteMsMedian: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens a generated library cold, lists it, and times single-article writes. */
export async function benchLibrary(count: number, writes = 60): Promise<LibraryFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-${count}-`));
  try {
    const ids = await generateLibrary(dir, count);
    const openStart = performance.now();
    const library = await Library.open(dir);
    const openMs = performance.now() - openStart;
    const listStart = performance.now();
    library.list('inbox', 'saved').slice(0, 50);
    const listMs = performance.now() - listStart;
    const timings: number[] = [];
    const tagTimings: number[] = [];
    for (let i = 0; i < writes; i++) {
      const id = ids[(i * 7919) % ids.length]!;
      let start = performance.now();
      await library.update([id], { favorite: i % 2 === 0 });
      timings.push(performance.now() - start);
      start = performance.now();
      await library.tag([id], i % 2 === 0 ? ['bench tag'] : [], i % 2 === 0 ? [] : ['bench tag']);
      tagTimings.push(performance.now() - start);
    }
    await library.close();
    return {
      articles: count,
      openMs,
      listMs,
      stateWriteMsMedian: median(timings),
      tagWriteMsMedian: median(tagTimings),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
