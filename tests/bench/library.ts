import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotations } from '../../electron/core/annotations/annotations.ts';
import { Library } from '../../electron/core/library/library.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { inCoreProcess } from './core-child.ts';
import { generateLibrary } from './generate-library.ts';

export interface LibraryFigures {
  articles: number;
  openMs: number;
  listMs: number;
  stateWriteMsMedian: number;
  tagWriteMsMedian: number;
  highlightWriteMsMedian: number;
  saveArticlesPerSec: number;
  /** The same library opened by a core process of its own (see core-process.ts). */
  core: CoreFigures;
}

export interface CoreFigures {
  /** Open to the first page of the list, with the search index saved (as on every start but the first). */
  openMs: number;
  indexBuildMs: number;
  indexLoadMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  /** Through the dispatcher with the search index loaded: the write is acknowledged before indexing. */
  tagWriteMs: number;
  highlightWriteMs: number;
  /** A search right after such a write, which brings the index up to date first. */
  searchAfterWriteMs: number;
  /** Peak resident memory of that process. */
  rssMB: number;
}

/** Runs core-process.ts on the library in child processes, so their memory is measured alone. */
async function measureCore(dir: string): Promise<CoreFigures> {
  const script = new URL('./core-process.ts', import.meta.url);
  const run = (mode: 'build' | 'load') =>
    inCoreProcess<{
      openMs: number;
      indexMs: number;
      searchP50Ms: number;
      searchP95Ms: number;
      tagWriteMs: number;
      highlightWriteMs: number;
      searchAfterWriteMs: number;
      rssMB: number;
    }>(script, [dir, mode], 60 * 60_000);
  const built = await run('build');
  const loaded = await run('load');
  return {
    openMs: loaded.openMs,
    indexBuildMs: built.indexMs,
    indexLoadMs: loaded.indexMs,
    searchP50Ms: built.searchP50Ms,
    searchP95Ms: built.searchP95Ms,
    tagWriteMs: loaded.tagWriteMs,
    highlightWriteMs: loaded.highlightWriteMs,
    searchAfterWriteMs: loaded.searchAfterWriteMs,
    rssMB: Math.max(built.rssMB, loaded.rssMB),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens a generated library cold, lists it, and times single-article writes. */
export async function benchLibrary(count: number, writes = 60): Promise<LibraryFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-${count}-`));
  try {
    const ids = await generateLibrary(dir, count);
    const openStart = performance.now();
    const library = await Library.open(dir, { device: testDevice });
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
    // A highlight on a random article: its annotations file plus the article's index entry.
    const annotations = new Annotations(library);
    const highlightTimings: number[] = [];
    for (let i = 0; i < 20; i++) {
      const id = ids[(i * 104_729) % ids.length]!;
      const start = performance.now();
      await annotations.create(id, {
        kind: 'highlight',
        range: { start: 0, end: 20 },
        color: 'yellow',
        note: '',
        tags: [],
      });
      highlightTimings.push(performance.now() - start);
    }
    // Saving: the store's part of saving a page (extraction has its own figure).
    const saves = 40;
    const saveStart = performance.now();
    for (let i = 0; i < saves; i++) {
      await library.save(
        {
          url: `https://bench.example/${count}/${i}`,
          canonicalUrl: null,
          title: `Bench article ${i}`,
          byline: null,
          siteName: 'Bench',
          publishedAt: null,
          lang: 'en',
          excerpt: '',
          leadImage: null,
          html: '<p>Words of a benchmark article.</p>'.repeat(40),
          text: 'Words of a benchmark article. '.repeat(40),
          wordCount: 200,
          readingMinutes: 1,
          images: [],
        },
        { loadImage: async () => Promise.reject(new Error('no images')) },
      );
    }
    const saveArticlesPerSec = saves / ((performance.now() - saveStart) / 1000);
    await library.close();
    const core = await measureCore(dir);
    return {
      core,
      highlightWriteMsMedian: median(highlightTimings),
      saveArticlesPerSec,
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
