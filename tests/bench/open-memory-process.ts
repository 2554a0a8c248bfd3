// One core process holding a generated library open, as `annals` commands and the backup process do:
// the memory it holds once the garbage is collected, step by step, and its peak. `part` says how far it
// goes: `library` (the library alone: its index of summaries), `core` (every part opened, as openCore
// does, and one library.list), `search` (then a search, which builds the search index), `timeline` (then
// the timeline loaded, as a restore does). Run by open-memory.ts as a child process, with --expose-gc.
import { getHeapSpaceStatistics } from 'node:v8';
import type { ArticleSummary } from '../../electron/contract/index.ts';
import { Library } from '../../electron/core/library/library.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { openBenchCore } from './bench-core.ts';

type Part = 'library' | 'core' | 'search' | 'timeline';
const [libraryDir, part] = process.argv.slice(2) as [string, Part];
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
/** The memory held after collecting the garbage (twice: weak references and finalizers let go in a second pass). */
function held() {
  collect!();
  collect!();
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return {
    rssMB: mb(rss),
    heapTotalMB: mb(heapTotal),
    heapUsedMB: mb(heapUsed),
    externalMB: mb(external),
    arrayBuffersMB: mb(arrayBuffers),
  };
}

/** What the library index holds, part by part: the heap each frees when let go of, in the order below. */
function indexParts(library: Library): Record<string, number> {
  // Private parts reached from outside: the bench's business only, once the library is closed.
  type Reached = {
    catalog: {
      byUrl: { byHash: Map<unknown, unknown> };
      index: { signatures: Map<string, string>; entries: Map<string, ArticleSummary> };
    };
  };
  const { catalog } = library as unknown as Reached;
  const summaries = [...catalog.index.entries.values()];
  const freed: Record<string, number> = {};
  let before = held().heapUsedMB;
  const release = (name: string, letGo: () => void) => {
    letGo();
    const after = held().heapUsedMB;
    freed[name] = Math.round((before - after) * 10) / 10;
    before = after;
  };
  release('addresses', () => catalog.byUrl.byHash.clear());
  release('signatures', () => catalog.index.signatures.clear());
  release('index map', () => catalog.index.entries.clear());
  release('excerpts', () => {
    for (const s of summaries) Object.assign(s, { excerpt: '' });
  });
  release('titles', () => {
    for (const s of summaries) Object.assign(s, { title: '' });
  });
  release('urls', () => {
    for (const s of summaries) Object.assign(s, { url: '' });
  });
  release('dates', () => {
    for (const s of summaries) Object.assign(s, { savedAt: '', updatedAt: '', publishedAt: null });
  });
  release('summary objects', () => {
    summaries.length = 0;
  });
  return freed;
}

let parts: Record<string, number> = {};
const steps: Record<string, ReturnType<typeof held>> = { start: held() };
if (part === 'library') {
  const library = await Library.open(libraryDir, { device: testDevice });
  steps.open = held();
  const rows = library.list('all', 'saved');
  steps.list = held();
  if (rows.length !== library.size) throw new Error('the list missed articles');
  await library.close();
  rows.length = 0;
  parts = indexParts(library);
} else {
  const core = await openBenchCore(libraryDir);
  steps.open = held();
  const listed = await core.dispatch('library.list', { view: 'all', limit: 1 });
  if (!listed.ok) throw new Error(listed.error.message);
  steps.list = held();
  if (part === 'search') {
    const found = await core.dispatch('search.query', { query: 'council budget', limit: 20 });
    if (!found.ok) throw new Error(found.error.message);
    steps.search = held();
  }
  if (part === 'timeline') {
    await core.timeline.ensureLoaded();
    steps.timeline = held();
  }
  await core.close();
}
// Where V8's heap is, at the end: each space's committed and used megabytes.
const spaces = Object.fromEntries(
  getHeapSpaceStatistics().map((space) => [space.space_name, [mb(space.space_size), mb(space.space_used_size)]]),
);
process.stdout.write(
  `${JSON.stringify({ part, steps, parts, spaces, peakRssMB: mb(process.resourceUsage().maxRSS * 1024) })}\n`,
);
