// The first search on a lived-in library (tags, highlights, notes, feeds whose articles have versions) beside
// the same generated articles as nothing but plain files, in the same run: the search index is built from the
// article files, so what a reader added to an article must not make reading its text dear.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotations } from '../../electron/core/annotations/annotations.ts';
import { Library } from '../../electron/core/library/library.ts';
import { SearchService } from '../../electron/core/search/search-service.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { generateLibrary } from './generate-library.ts';
import { fillLivedInLibrary, LIVED_IN_ARTICLES } from './lived-in-fill.ts';

interface FirstSearch {
  articles: number;
  /** Articles with a record of their own (tags, highlights, a state) or versions: the baseline has none. */
  withRecords: number;
  wallMs: number;
  cpuMs: number;
}

export interface LivedInSearchFigures {
  livedIn: FirstSearch;
  plain: FirstSearch;
  rounds: number;
}

type Timed = { wallMs: number; cpuMs: number; articles: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens the library read-only and times its first search, which builds the index from the article files. */
async function firstSearch(dir: string): Promise<Timed> {
  const library = await Library.open(dir, { device: testDevice, readOnly: true });
  try {
    // Read-only: the index is neither loaded from disk nor saved, so every round builds it again.
    const search = new SearchService(library, new Annotations(library), { readOnly: true });
    const cpu = process.cpuUsage();
    const start = performance.now();
    await search.search('harbour', 20);
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    await search.close();
    return { wallMs, cpuMs: (used.user + used.system) / 1000, articles: library.size };
  } finally {
    await library.close();
  }
}

async function withRecords(dir: string): Promise<number> {
  let count = 0;
  for (const id of await readdir(join(dir, 'articles'))) {
    const names = await readdir(join(dir, 'articles', id)).catch(() => [] as string[]);
    if (names.includes('records') || names.includes('versions')) count++;
  }
  return count;
}

/** `count` generated articles, plain and lived-in (which adds about 400 feed articles); rounds alternate. */
export async function benchSearchLivedIn(count: number, rounds = 3): Promise<LivedInSearchFigures> {
  const plainDir = await mkdtemp(join(tmpdir(), 'annals-bench-plain-'));
  const livedDir = await mkdtemp(join(tmpdir(), 'annals-bench-lived-'));
  try {
    await generateLibrary(plainDir, count, ...LIVED_IN_ARTICLES);
    await fillLivedInLibrary(livedDir, count, 47_400 + (process.pid % 500));
    const runs = { plain: [] as Timed[], livedIn: [] as Timed[] };
    for (let round = 0; round < rounds; round++) {
      runs.plain.push(await firstSearch(plainDir));
      runs.livedIn.push(await firstSearch(livedDir));
    }
    const summary = async (dir: string, timed: Timed[]): Promise<FirstSearch> => ({
      articles: timed[0]!.articles,
      withRecords: await withRecords(dir),
      wallMs: median(timed.map((run) => run.wallMs)),
      cpuMs: median(timed.map((run) => run.cpuMs)),
    });
    return { plain: await summary(plainDir, runs.plain), livedIn: await summary(livedDir, runs.livedIn), rounds };
  } finally {
    await rm(plainDir, { recursive: true, force: true });
    await rm(livedDir, { recursive: true, force: true });
  }
}

export function livedInSearchLines({ livedIn, plain, rounds }: LivedInSearchFigures): string[] {
  const ms = (value: number) => Math.round(value);
  const perThousand = (figures: FirstSearch) => (figures.cpuMs * 1_000) / figures.articles;
  return [
    `first search on a lived-in library of ${livedIn.articles} articles (${livedIn.withRecords} with records or versions): index built in ${ms(livedIn.wallMs)} ms, CPU ${ms(livedIn.cpuMs)} ms (median of ${rounds})`,
    `  baseline, the same generated articles as plain files (${plain.articles}): ${ms(plain.wallMs)} ms, CPU ${ms(plain.cpuMs)} ms; ratio lived-in/plain per article, CPU ${(perThousand(livedIn) / perThousand(plain)).toFixed(2)}x, wall ${((livedIn.wallMs / livedIn.articles) * (plain.articles / plain.wallMs)).toFixed(2)}x`,
  ];
}

export const livedInSearchJson = ({ livedIn, plain }: LivedInSearchFigures) => ({
  livedInFirstSearchMs: Math.round(livedIn.wallMs),
  livedInFirstSearchCpuMs: Math.round(livedIn.cpuMs),
  plainFirstSearchMs: Math.round(plain.wallMs),
  plainFirstSearchCpuMs: Math.round(plain.cpuMs),
});
