// The parts of `npm run bench` (run.ts checks the arguments first): figures, never pass/fail. Each figure is
// printed beside its baseline from the same run.
import { benchAnnotations } from './annotations.ts';
import { answersWhileReadingLines, benchAnswersWhileReading } from './answers-while-reading.ts';
import { type BackupFigures, benchBackup } from './backup.ts';
import { type BenchPart, benchPartsChosen } from './bench-parts.ts';
import { benchCliStart } from './cli-start.ts';
import { childRuntime } from './core-child.ts';
import { benchDateProbes, dateProbeLines, dateProbesJson } from './date-probes.ts';
import { benchExtract, extractLines } from './extract.ts';
import { benchHostileFeeds } from './hostile-input.ts';
import { benchDeepPage, benchHostileTexts, hostileTextLines } from './hostile-text.ts';
import { benchImport } from './import.ts';
import { benchLibrary, type LibraryFigures } from './library.ts';
import { benchLibraryTimeline, libraryTimelineJson, libraryTimelineLines } from './library-timeline.ts';
import { benchMergeProbes, probeLine } from './merge-probes.ts';
import { benchMoveLibrary, moveLines } from './move-library.ts';
import { benchSearch, type SearchFigures } from './search.ts';
import { benchSearchLivedIn, livedInSearchJson, livedInSearchLines } from './search-lived-in.ts';
import { benchStoryProbes, storyProbeLines, storyProbesJson } from './story-probes.ts';
import { benchSyncBytes, syncBytesLine } from './sync-bytes.ts';
import { benchTimeline, timelineJson, timelineLines } from './timeline.ts';
import {
  benchTimelineFirstAnswer,
  benchTimelineLoad,
  firstAnswerLines,
  timelineLoadJson,
  timelineLoadLines,
} from './timeline-load.ts';

const json = process.argv.includes('--json');
/** 100,000 articles take minutes to generate on disk: ask for them with --large. */
const withLarge = process.argv.includes('--large');
/** `--only backup,search` runs those parts alone (see bench-parts.ts). */
const chosen = benchPartsChosen(process.argv.slice(2));
const round = (value: number) => Math.round(value * 100) / 100;
/** The part's figures when it was chosen, else null. */
const part = <T>(name: BenchPart, run: () => Promise<T> | T): Promise<T | null> =>
  chosen(name) ? Promise.resolve(run()) : Promise.resolve(null);

const extract = await part('extract', () => benchExtract());
const small = await part('library', () => benchLibrary(100));
const large = await part('library', () => benchLibrary(10_000));
const highlights = await part('annotations', () => benchAnnotations(500));
const search = await part('search', () => benchSearch(10_000));
const livedInSearch = await part('search-lived-in', () => benchSearchLivedIn(1_600));
const imported = await part('import', () => benchImport(10_000));
const backup = await part('backup', () => benchBackup(1_000));
const timeline = await part('timeline', () => benchTimeline());
const mergeProbes = await part('merge-probes', () => benchMergeProbes());
const dateProbes = await part('date-probes', () => benchDateProbes());
const storyProbes = await part('story-probes', () => benchStoryProbes());
const timelineLoad = await part('timeline-load', () => benchTimelineLoad(3_000));
// Finding every event of 3,000 articles takes a quarter of an hour: the first timeline with none stored at 300.
const firstAnswer = await part('timeline-load', () => benchTimelineFirstAnswer(300));
const libraryTimeline = await part('library-timeline', () => benchLibraryTimeline(3_000));
const cliStart = await part('cli-start', () => benchCliStart());
const answersWhileReading = await part('answers-while-reading', () => benchAnswersWhileReading());
const hostile = await part('hostile', () => benchHostileFeeds());
const hostileTexts = await part('hostile', () => benchHostileTexts());
const deepPage = await part('hostile', () => benchDeepPage());
const syncBytes = await part('sync-bytes', () => benchSyncBytes(10_000));
const moved = await part('move-library', () => benchMoveLibrary(10_000));
const largeLibrary = withLarge ? await part('library', () => benchLibrary(100_000, 20)) : null;
// MiniSearch and FlexSearch each take minutes and gigabytes to build at 100,000: compared at 10,000 only.
const largeSearch = withLarge ? await part('search', () => benchSearch(100_000, [])) : null;
// A backup of 100,000 articles needs zip64 (past 65,535 files): written, restored and compared.
const largeBackup = withLarge ? await part('backup', () => benchBackup(100_000)) : null;
const largeTimelineLoad = withLarge ? await part('timeline-load', () => benchTimelineLoad(20_000)) : null;

const engine = (name: string, figures: { buildMs: number; searchP50Ms: number; searchP95Ms: number } | null) =>
  figures
    ? `  ${name}, same documents, plain words only: p50 ${round(figures.searchP50Ms)} ms, p95 ${round(figures.searchP95Ms)} ms; built in ${round(figures.buildMs)} ms`
    : `  ${name}: not run`;
const coreLine = (library: LibraryFigures) =>
  `core process, ${library.articles} articles: open to the first page ${round(library.core.openMs)} ms; search index built from the articles in ${round(library.core.indexBuildMs)} ms, loaded in ${round(library.core.indexLoadMs)} ms; search through the dispatcher p50 ${round(library.core.searchP50Ms)} ms, p95 ${round(library.core.searchP95Ms)} ms; with the index loaded, a tag write ${round(library.core.tagWriteMs)} ms, a highlight write ${round(library.core.highlightWriteMs)} ms, the search after each ${round(library.core.searchAfterWriteMs)} ms; peak memory ${Math.round(library.core.rssMB)} MB`;

/** Lines of the parts that ran, each only when its figures are there. */
const when = <T>(figures: T | null, lines: (figures: T) => string[]): string[] => (figures ? lines(figures) : []);

const lines = [
  `core processes (their peak memory below): the core ${childRuntime}`,
  ...when(extract, extractLines),
  ...when(large && small, () => [
    `library open (cold, ${large!.articles} articles): ${round(large!.openMs)} ms; first page of the list: ${round(large!.listMs)} ms`,
    `library open (cold, ${small!.articles} articles): ${round(small!.openMs)} ms`,
  ]),
  ...when(syncBytes, (figures) => [syncBytesLine(figures)]),
  ...when(moved, moveLines),
  ...when(large && small, () => [
    coreLine(large!),
    coreLine(small!),
    `one article state write (favorite): ${round(small!.stateWriteMsMedian)} ms at ${small!.articles}, ${round(large!.stateWriteMsMedian)} ms at ${large!.articles} (ratio ${round(large!.stateWriteMsMedian / small!.stateWriteMsMedian)})`,
    `one tag change: ${round(small!.tagWriteMsMedian)} ms at ${small!.articles}, ${round(large!.tagWriteMsMedian)} ms at ${large!.articles} (ratio ${round(large!.tagWriteMsMedian / small!.tagWriteMsMedian)})`,
    `one highlight write: ${round(small!.highlightWriteMsMedian)} ms at ${small!.articles}, ${round(large!.highlightWriteMsMedian)} ms at ${large!.articles}; saving (store only): ${round(large!.saveArticlesPerSec)} articles/s`,
  ]),
  ...when(search, (searched) => [
    `search over ${searched.articles} articles (Annals' index): p50 ${round(searched.searchP50Ms)} ms, p95 ${round(searched.searchP95Ms)} ms (CPU time ${round(searched.searchP95CpuMs)} ms) over 200 queries; index built in ${round(searched.buildMs)} ms, ${round(searched.heapMB)} MB`,
    `  p95 by kind of query: ${searched.p95ByKind}`,
    engine('MiniSearch (Annals before)', searched.minisearch),
    engine('FlexSearch', searched.flexsearch),
  ]),
  ...when(livedInSearch, livedInSearchLines),
  ...largeLines(),
  ...when(imported, (figures) => [
    `import of a ${figures.rows}-row Pocket CSV (${round(figures.bytes / 1024 / 1024)} MB, no fetching): ${round(figures.importMs)} ms; preview ${round(figures.previewMs)} ms`,
    `  baselines: papaparse alone reading the same file into rows ${round(figures.papaparseMs)} ms; ${figures.rows} folders with one small file each ${round(figures.filesMs)} ms; ratio ours/(both) ${round(figures.importMs / (figures.papaparseMs + figures.filesMs))}x`,
  ]),
  ...when(backup, backupLines),
  ...when(largeBackup, backupLines),
  ...when(timeline, timelineLines),
  ...when(mergeProbes, (sets) => sets.map(probeLine)),
  ...when(dateProbes, dateProbeLines),
  ...when(storyProbes, storyProbeLines),
  ...when(timelineLoad, timelineLoadLines),
  ...when(firstAnswer, firstAnswerLines),
  ...when(libraryTimeline, libraryTimelineLines),
  ...when(largeTimelineLoad, timelineLoadLines),
  ...when(cliStart, (figures) => [
    `CLI cold start, CPU time (user + system) median of ${figures.runs}: \`annals list --json\` on an empty library ${round(figures.listCpuMs)} ms, \`annals extract page.html --json\` ${round(figures.extractCpuMs)} ms`,
    `  baseline (\`node -e 0\`): ${round(figures.nodeCpuMs)} ms; ratio list/baseline ${round(figures.listCpuMs / figures.nodeCpuMs)}x`,
  ]),
  ...when(answersWhileReading, answersWhileReadingLines),
  ...when(hostile, (figures) => [
    `hostile feeds refused: billion laughs ${round(figures.billionLaughsMs)} ms, a 50 MB body ${round(figures.fiftyMegabytesMs)} ms, 10,000-deep nesting ${round(figures.deepNestingMs)} ms`,
  ]),
  ...when(hostileTexts, hostileTextLines),
  ...when(deepPage, (figures) => [
    `a page nested 10,000 deep saved in ${Math.round(figures.deepMs)} ms (baseline: the seed page, ${Math.round(figures.seedMs)} ms)`,
  ]),
  ...when(highlights, (figures) => [
    `highlights: painting ${figures.highlights} into a ${figures.textChars}-character article: ${round(figures.paintMs)} ms; re-anchoring them: ${round(figures.reanchorMsUnchanged)} ms unchanged, ${round(figures.reanchorMsEdited)} ms after an edit`,
  ]),
];
process.stdout.write(`${lines.join('\n')}\n`);

/** The 100,000-article library and search lines: together as before when both ran, else whichever did. */
function largeLines(): string[] {
  if (!chosen('library') && !chosen('search')) return [];
  if (!withLarge) return ['100,000 articles: run `npm run bench -- --large` (generating them takes minutes)'];
  const searchLines = (searched: SearchFigures) => [
    `100,000 articles: search p50 ${round(searched.searchP50Ms)} ms, p95 ${round(searched.searchP95Ms)} ms (CPU ${round(searched.searchP95CpuMs)} ms), index built in ${round(searched.buildMs)} ms`,
    `  p95 by kind of query: ${searched.p95ByKind}`,
  ];
  if (largeLibrary && largeSearch) {
    return [
      `100,000 articles: open ${round(largeLibrary.openMs + largeLibrary.listMs)} ms (core process ${round(largeLibrary.core.openMs)} ms), tag write ${round(largeLibrary.tagWriteMsMedian)} ms, highlight write ${round(largeLibrary.highlightWriteMsMedian)} ms, search p50 ${round(largeSearch.searchP50Ms)} ms, p95 ${round(largeSearch.searchP95Ms)} ms (CPU ${round(largeSearch.searchP95CpuMs)} ms), index built in ${round(largeSearch.buildMs)} ms`,
      `  p95 by kind of query: ${largeSearch.p95ByKind}`,
      coreLine(largeLibrary),
    ];
  }
  return [
    ...when(largeLibrary, (library) => [
      `100,000 articles: open ${round(library.openMs + library.listMs)} ms (core process ${round(library.core.openMs)} ms), tag write ${round(library.tagWriteMsMedian)} ms, highlight write ${round(library.highlightWriteMsMedian)} ms`,
      coreLine(library),
    ]),
    ...when(largeSearch, searchLines),
  ];
}

function backupLines(figures: BackupFigures): string[] {
  const { articles, files, zip64 } = figures;
  return [
    `backup of ${articles} articles (${files} files${zip64 ? ', zip64' : ''}, ${round(figures.libraryMB)} MB of files, ${round(figures.archiveMB)} MB zip): ${round(figures.backupMs)} ms, ${round(figures.backupMBPerSec)} MB/s, ${Math.round(figures.backupRssMB)} MB peak memory (${Math.round(figures.backupOpenRssMB)} MB of it opening the library); restore into an empty library: ${round(figures.restoreMs)} ms (ratio restore/backup ${round(figures.restoreMs / figures.backupMs)}x; files in place after ${round(figures.placedMs)} ms with ${Math.round(figures.placedRssMB)} MB peak memory, ${Math.round(figures.restoreRssMB)} MB once the library was read), ${figures.filesChecked} article files the same after the round trip`,
    figures.baselineZipMs === null
      ? '  baseline (the same files zipped in memory): not run at this size'
      : `  baseline (the same files read and zipped in memory, no snapshot or manifest): ${round(figures.baselineZipMs)} ms; ratio ours/baseline ${round(figures.backupMs / figures.baselineZipMs)}x`,
  ];
}

const backupJson = (figures: BackupFigures) => ({
  backupMsPer1kArticles: round((figures.backupMs * 1_000) / figures.articles),
  backupMBPerSec: round(figures.backupMBPerSec),
  backupRssMB: Math.round(figures.backupRssMB),
  backupOpenRssMB: Math.round(figures.backupOpenRssMB),
  restoreMsPer1kArticles: round((figures.restoreMs * 1_000) / figures.articles),
  restorePlacedMsPer1kArticles: round((figures.placedMs * 1_000) / figures.articles),
  restorePlacedRssMB: Math.round(figures.placedRssMB),
  restoreRssMB: Math.round(figures.restoreRssMB),
});

/** The library figures the issue asks for at one size; the 10,000 set at the top level, the 100,000 set under `large`. */
function libraryJson(library: LibraryFigures) {
  const size = library.articles === 10_000 ? '10k' : '100k';
  return {
    articles: library.articles,
    /** As in earlier runs: the library opened in the bench process, to the first page of the list. */
    openMs: round(library.openMs + library.listMs),
    /** A core process of its own, from openCore to the first page through the dispatcher. */
    coreOpenMs: round(library.core.openMs),
    searchIndexBuildMs: round(library.core.indexBuildMs),
    searchIndexLoadMs: round(library.core.indexLoadMs),
    coreSearchP95Ms: round(library.core.searchP95Ms),
    coreTagWriteMs: round(library.core.tagWriteMs),
    coreHighlightWriteMs: round(library.core.highlightWriteMs),
    coreSearchAfterWriteMs: round(library.core.searchAfterWriteMs),
    ...(small ? { tagWriteMs100: round(small.tagWriteMsMedian) } : {}),
    [`tagWriteMs${size}`]: round(library.tagWriteMsMedian),
    [`highlightWriteMs${size}`]: round(library.highlightWriteMsMedian),
    saveArticlesPerSec: round(library.saveArticlesPerSec),
    /** Peak memory of the core process (a child of the bench, see core-process.ts). */
    rssMB: Math.round(library.core.rssMB),
  };
}

const searchJson = (searched: SearchFigures) => ({
  searchP50Ms: round(searched.searchP50Ms),
  searchP95Ms: round(searched.searchP95Ms),
  searchP95CpuMs: round(searched.searchP95CpuMs),
});

/** A part's JSON figures when it ran, else nothing. */
const jsonOf = <T>(figures: T | null, json: (figures: T) => object): object => (figures ? json(figures) : {});

if (json) {
  const largeJson = {
    ...jsonOf(largeLibrary, libraryJson),
    ...jsonOf(largeSearch, searchJson),
    ...jsonOf(largeBackup, (figures) => ({ ...backupJson(figures), backupZip64: figures.zip64 })),
    ...jsonOf(largeTimelineLoad, (figures) => ({ timelineLoad: timelineLoadJson(figures) })),
  };
  process.stdout.write(
    `${JSON.stringify({
      ...jsonOf(large, libraryJson),
      ...jsonOf(search, searchJson),
      ...jsonOf(livedInSearch, livedInSearchJson),
      ...jsonOf(extract, (figures) => ({
        extractMsMedian: round(figures.annalsMsMedian),
        extractBaselineMsMedian: round(figures.readabilityMsMedian),
      })),
      ...jsonOf(small && large, () => ({
        stateWriteMs100: round(small!.stateWriteMsMedian),
        stateWriteMs10k: round(large!.stateWriteMsMedian),
      })),
      ...jsonOf(highlights, (figures) => ({ highlightPaintMs500: round(figures.paintMs) })),
      ...jsonOf(search, (searched) => ({
        minisearchP50Ms: searched.minisearch && round(searched.minisearch.searchP50Ms),
        minisearchP95Ms: searched.minisearch && round(searched.minisearch.searchP95Ms),
        flexsearchP50Ms: searched.flexsearch && round(searched.flexsearch.searchP50Ms),
        flexsearchP95Ms: searched.flexsearch && round(searched.flexsearch.searchP95Ms),
      })),
      ...jsonOf(highlights, (figures) => ({ reanchorMs500Edited: round(figures.reanchorMsEdited) })),
      ...jsonOf(imported, (figures) => ({
        importPocket10kMs: round(figures.importMs),
        importPocket10kPreviewMs: round(figures.previewMs),
        importPapaparse10kMs: round(figures.papaparseMs),
        importFolders10kMs: round(figures.filesMs),
      })),
      ...jsonOf(backup, backupJson),
      ...jsonOf(timeline, (figures) => ({ timeline: timelineJson(figures) })),
      ...jsonOf(mergeProbes, (sets) => ({ mergeProbes: sets })),
      ...jsonOf(dateProbes, (figures) => ({ dateProbes: dateProbesJson(figures) })),
      ...jsonOf(storyProbes, (figures) => ({ storyProbes: storyProbesJson(figures) })),
      ...jsonOf(timelineLoad, (figures) => ({ timelineLoad: timelineLoadJson(figures) })),
      ...jsonOf(firstAnswer, (figures) => ({ timelineFirstAnswer: timelineLoadJson(figures) })),
      ...jsonOf(libraryTimeline, (figures) => ({ libraryTimeline: libraryTimelineJson(figures) })),
      ...jsonOf(cliStart, (figures) => ({
        cliStart: {
          nodeCpuMs: round(figures.nodeCpuMs),
          listCpuMs: round(figures.listCpuMs),
          extractCpuMs: round(figures.extractCpuMs),
        },
      })),
      ...jsonOf(answersWhileReading, (figures) => ({ answersWhileReading: figures })),
      ...jsonOf(extract, (figures) => ({ extraction: { ...figures, worst: undefined } })),
      ...jsonOf(syncBytes, (figures) => ({
        syncBytesPerChange10k: figures.bytes,
        syncFilesPerChange10k: figures.files,
      })),
      ...jsonOf(moved, (figures) => ({
        moveLibrary10k: {
          sameDiskMs: Math.round(figures.sameDisk.moveMs),
          sameDiskCpMs: Math.round(figures.sameDisk.cpMs),
          otherFileSystemMs: figures.otherFileSystem && Math.round(figures.otherFileSystem.moveMs),
          otherFileSystemCpMs: figures.otherFileSystem && Math.round(figures.otherFileSystem.cpMs),
        },
      })),
      ...jsonOf(hostile, (figures) => ({
        hostileFeeds: Object.fromEntries(Object.entries(figures).map(([name, ms]) => [name, round(ms)])),
      })),
      ...jsonOf(hostileTexts, (figures) => ({
        hostileTexts: figures.map((figure) => ({ name: figure.name, chars: figure.chars, ms: Math.round(figure.ms) })),
      })),
      ...jsonOf(deepPage, (figures) => ({
        deepPageMs: Math.round(figures.deepMs),
        seedPageMs: Math.round(figures.seedMs),
      })),
      /** The bench process itself: all libraries and engines above, one after another. */
      benchRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...(Object.keys(largeJson).length > 0 ? { large: largeJson } : {}),
    })}\n`,
  );
}
