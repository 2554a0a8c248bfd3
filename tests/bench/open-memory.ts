// What a core process holding a library open costs in memory, and which part holds what (issue 13: the
// backup's and the restore's processes near the 300 MB bound at 100,000 articles). Each part runs in a
// core process of its own (open-memory-process.ts), bundled as `annals` runs, so each peak is its own.
// The generated library is kept under the temporary folder and reused by the next run (cached-library.ts).
//   npx tsx tests/bench/open-memory.ts [articles…] [--parts=library,core,search,timeline]   (default: 10000 100000)
import { cachedLibrary, openedOnce } from './cached-library.ts';
import { childRuntime, inCoreProcess } from './core-child.ts';

type Held = { rssMB: number; heapTotalMB: number; heapUsedMB: number; externalMB: number; arrayBuffersMB: number };
type Figures = {
  part: string;
  steps: Record<string, Held>;
  /** The library part only: the heap each part of its index frees when let go of. */
  parts: Record<string, number>;
  spaces: Record<string, [number, number]>;
  peakRssMB: number;
};

const script = new URL('./open-memory-process.ts', import.meta.url);
const allParts = ['library', 'core', 'search', 'timeline'] as const;
/** `--parts=library,core`: only those (the search and the timeline take minutes at 100,000 articles). */
const chosen = process.argv
  .find((arg) => arg.startsWith('--parts='))
  ?.slice('--parts='.length)
  .split(',');
const parts = allParts.filter((part) => !chosen || chosen.includes(part));

/** A library of `count` articles as backup.ts generates it (events found), made once and kept. */
async function keptLibrary(count: number): Promise<string> {
  const { dir, generatedMs } = await cachedLibrary(count, 7, { events: true }, openedOnce);
  if (generatedMs !== null) console.log(`generated ${count} articles in ${(generatedMs / 1000).toFixed(0)} s: ${dir}`);
  return dir;
}

const counts = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
console.log(`core processes ${childRuntime}`);
for (const count of counts.length > 0 ? counts : [10_000, 100_000]) {
  const dir = await keptLibrary(count);
  console.log(
    `\n${count.toLocaleString('en')} articles — MB held after gc (rss / heapTotal / heapUsed / external / arrayBuffers), peak rss`,
  );
  for (const part of parts) {
    const figures = await inCoreProcess<Figures>(script, [dir, part], 60 * 60_000, ['--expose-gc']);
    const steps = Object.entries(figures.steps).map(
      ([step, held]) =>
        `${step} ${held.rssMB}/${held.heapTotalMB}/${held.heapUsedMB}/${held.externalMB}/${held.arrayBuffersMB}`,
    );
    console.log(`  ${part.padEnd(9)} ${steps.join('  ')}  peak ${figures.peakRssMB}`);
    const held = Object.entries(figures.parts);
    if (held.length > 0)
      console.log(
        `            index parts (MB of heap each frees): ${held.map(([name, mb]) => `${name} ${mb}`).join('  ')}`,
      );
    const spaces = Object.entries(figures.spaces).filter(([, [size]]) => size >= 0.5);
    console.log(
      `            heap spaces (committed/used): ${spaces.map(([name, [size, used]]) => `${name} ${size}/${used}`).join('  ')}`,
    );
  }
}
