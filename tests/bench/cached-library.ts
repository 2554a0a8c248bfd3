// Generated libraries kept under the temporary folder and reused by the next bench run: 100,000 articles
// take some nine minutes to write. The folder is named by everything that shapes the library (the
// generator's own source, the event extractor's version, the size, the seed and the options), so a change
// to the generator makes a new one instead of benchmarking a stale one.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../../electron/core/timeline/extraction/extractor-version.ts';
import { inCoreProcess } from './core-child.ts';
import { type GenerateOptions, generateLibrary } from './generate-library.ts';

/** What shapes a generated library, as a short hash: the generator's source and the extractor's version. */
export async function generatorVersion(): Promise<string> {
  const source = await readFile(new URL('./generate-library.ts', import.meta.url), 'utf8');
  return createHash('sha256').update(source).update(String(EXTRACTOR_VERSION)).digest('hex').slice(0, 12);
}

/**
 * The folder of a generated library of `count` articles, generated on first use. `prepare` runs once on the
 * new library before it is kept (the first open moves the generated index into the device's own, which no
 * later run should pay for or measure). Generated beside the kept folder and renamed into place, so a run
 * stopped halfway, or another bench generating the same library at once, never leaves a half library behind.
 */
export async function cachedLibrary(
  count: number,
  seed: number,
  options: GenerateOptions,
  prepare: (dir: string) => Promise<unknown>,
): Promise<{ dir: string; generatedMs: number | null }> {
  const key = createHash('sha256')
    .update(JSON.stringify({ count, seed, options, generator: await generatorVersion() }))
    .digest('hex')
    .slice(0, 12);
  const dir = join(tmpdir(), `annals-bench-library-${count}-${key}`);
  if (existsSync(dir)) return { dir, generatedMs: null };
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  const started = performance.now();
  try {
    await generateLibrary(partial, count, seed, options);
    await prepare(partial);
    await rename(partial, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another run kept the same library first: use that one.
      if (!existsSync(dir)) throw error;
      await rm(partial, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return { dir, generatedMs: performance.now() - started };
}

/** Opens a generated library once in a core process of its own, as `prepare` for `cachedLibrary`. */
export const openedOnce = (dir: string) =>
  inCoreProcess(new URL('./open-memory-process.ts', import.meta.url), [dir, 'core'], 60 * 60_000, ['--expose-gc']);
