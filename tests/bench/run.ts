// `npm run bench`: figures, never pass/fail. Each figure is printed beside its baseline from the same run.
import { benchAnnotations } from './annotations.ts';
import { type BackupFigures, benchBackup } from './backup.ts';
import { benchCliStart } from './cli-start.ts';
import { childRuntime } from './core-child.ts';
import { benchExtract, extractLines } from './extract.ts';
import { benchHostileFeeds } from './hostile-input.ts';
import { benchImport } from './import.ts';
import { benchLibrary, type LibraryFigures } from './library.ts';
import { benchMoveLibrary, moveLines } from './move-library.ts';
import { benchSearch, type SearchFigures } from './search.ts';
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
const round = (value: number) => Math.round(value * 100) / 100;

const extract = await benchExtract();
const small = await benchLibrary(100);
const large = await benchLibrary(10_000);
const highlights = await benchAnnotations(500);
const search = await benchSearch(10_000);
const imported = await benchImport(10_000);
const backup = await benchBackup(1_000);
const timeline = await benchTimeline();
const timelineLoad = await benchTimelineLoad(3_000);
// Finding every event of 3,000 articles takes a quarter of an hour: the first timeline with none stored at 300.
const firstAnswer = await benchTimelineFirstAnswer(300);
const cliStart = await benchCliStart();
const hostile = benchHostileFeeds();
const syncBytes = await benchSyncBytes(10_000);
const moved = await benchMoveLibrary(10_000);
const largeLibrary = withLarge ? await benchLibrary(100_000, 20) : null;
// MiniSearch and FlexSearch each take minutes and gigabytes to build at 100,000: compared at 10,000 only.
const largeSearch = withLarge ? await benchSearch(100_000, []) : null;
// A backup of 100,000 articles needs zip64 (past 65,535 files): written, restored and compared.
const largeBackup = withLarge ? await benchBackup(100_000) : null;
const largeTimelineLoad = withLarge ? await benchTimelineLoad(20_000) : null;

const engine = (name: string, figures: { buildMs: number; searchP50Ms: number; searchP95Ms: number } | null) =>
  figures
    ? `  ${name}, same documents, plain words only: p50 ${round(figures.searchP50Ms)} ms, p95 ${round(figures.searchP95Ms)} ms; built in ${round(figures.buildMs)} ms`
    : `  ${name}: not run`;
const coreLine = (library: LibraryFigures) =>
  `core process, ${library.articles} articles: open to the first page ${round(library.core.openMs)} ms; search index built from the articles in ${round(library.core.indexBuildMs)} ms, loaded in ${round(library.core.indexLoadMs)} ms; search through the dispatcher p50 ${round(library.core.searchP50Ms)} ms, p95 ${round(library.core.searchP95Ms)} ms; with the index loaded, a tag write ${round(library.core.tagWriteMs)} ms, a highlight write ${round(library.core.highlightWriteMs)} ms, the search after each ${round(library.core.searchAfterWriteMs)} ms; peak memory ${Math.round(library.core.rssMB)} MB`;

const lines = [
  `core processes (their peak memory below): the core ${childRuntime}`,
  ...extractLines(extract),
  `library open (cold, ${large.articles} articles): ${round(large.openMs)} ms; first page of the list: ${round(large.listMs)} ms`,
  `library open (cold, ${small.articles} articles): ${round(small.openMs)} ms`,
  syncBytesLine(syncBytes),
  ...moveLines(moved),
  coreLine(large),
  coreLine(small),
  `one article state write (favorite): ${round(small.stateWriteMsMedian)} ms at ${small.articles}, ${round(large.stateWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.stateWriteMsMedian / small.stateWriteMsMedian)})`,
  `one tag change: ${round(small.tagWriteMsMedian)} ms at ${small.articles}, ${round(large.tagWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.tagWriteMsMedian / small.tagWriteMsMedian)})`,
  `one highlight write: ${round(small.highlightWriteMsMedian)} ms at ${small.articles}, ${round(large.highlightWriteMsMedian)} ms at ${large.articles}; saving (store only): ${round(large.saveArticlesPerSec)} articles/s`,
  `search over ${search.articles} articles (Annals' index): p50 ${round(search.searchP50Ms)} ms, p95 ${round(search.searchP95Ms)} ms (CPU time ${round(search.searchP95CpuMs)} ms) over 200 queries; index built in ${round(search.buildMs)} ms, ${round(search.heapMB)} MB`,
  `  p95 by kind of query: ${search.p95ByKind}`,
  engine('MiniSearch (Annals before)', search.minisearch),
  engine('FlexSearch', search.flexsearch),
  ...(largeLibrary && largeSearch
    ? [
        `100,000 articles: open ${round(largeLibrary.openMs + largeLibrary.listMs)} ms (core process ${round(largeLibrary.core.openMs)} ms), tag write ${round(largeLibrary.tagWriteMsMedian)} ms, highlight write ${round(largeLibrary.highlightWriteMsMedian)} ms, search p50 ${round(largeSearch.searchP50Ms)} ms, p95 ${round(largeSearch.searchP95Ms)} ms (CPU ${round(largeSearch.searchP95CpuMs)} ms), index built in ${round(largeSearch.buildMs)} ms`,
        `  p95 by kind of query: ${largeSearch.p95ByKind}`,
        coreLine(largeLibrary),
      ]
    : ['100,000 articles: run `npm run bench -- --large` (generating them takes minutes)']),
  `import of a ${imported.rows}-row Pocket CSV (${round(imported.bytes / 1024 / 1024)} MB, no fetching): ${round(imported.importMs)} ms; preview ${round(imported.previewMs)} ms`,
  `  baselines: papaparse alone reading the same file into rows ${round(imported.papaparseMs)} ms; ${imported.rows} folders with one small file each ${round(imported.filesMs)} ms; ratio ours/(both) ${round(imported.importMs / (imported.papaparseMs + imported.filesMs))}x`,
  ...backupLines(backup),
  ...(largeBackup ? backupLines(largeBackup) : []),
  ...timelineLines(timeline),
  ...timelineLoadLines(timelineLoad),
  ...firstAnswerLines(firstAnswer),
  ...(largeTimelineLoad ? timelineLoadLines(largeTimelineLoad) : []),
  `CLI cold start, CPU time (user + system) median of ${cliStart.runs}: \`annals list --json\` on an empty library ${round(cliStart.listCpuMs)} ms, \`annals extract page.html --json\` ${round(cliStart.extractCpuMs)} ms`,
  `  baseline (\`node -e 0\`): ${round(cliStart.nodeCpuMs)} ms; ratio list/baseline ${round(cliStart.listCpuMs / cliStart.nodeCpuMs)}x`,
  `hostile feeds refused: billion laughs ${round(hostile.billionLaughsMs)} ms, a 50 MB body ${round(hostile.fiftyMegabytesMs)} ms, 10,000-deep nesting ${round(hostile.deepNestingMs)} ms`,
  `highlights: painting ${highlights.highlights} into a ${highlights.textChars}-character article: ${round(highlights.paintMs)} ms; re-anchoring them: ${round(highlights.reanchorMsUnchanged)} ms unchanged, ${round(highlights.reanchorMsEdited)} ms after an edit`,
];
process.stdout.write(`${lines.join('\n')}\n`);

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

/** The figures the issue asks for at one size; the 10,000 set at the top level, the 100,000 set under `large`. */
function figures(library: LibraryFigures, searched: SearchFigures) {
  return {
    articles: library.articles,
    /** As in earlier runs: the library opened in the bench process, to the first page of the list. */
    openMs: round(library.openMs + library.listMs),
    /** A core process of its own, from openCore to the first page through the dispatcher. */
    coreOpenMs: round(library.core.openMs),
    searchP50Ms: round(searched.searchP50Ms),
    searchP95Ms: round(searched.searchP95Ms),
    searchP95CpuMs: round(searched.searchP95CpuMs),
    searchIndexBuildMs: round(library.core.indexBuildMs),
    searchIndexLoadMs: round(library.core.indexLoadMs),
    coreSearchP95Ms: round(library.core.searchP95Ms),
    coreTagWriteMs: round(library.core.tagWriteMs),
    coreHighlightWriteMs: round(library.core.highlightWriteMs),
    coreSearchAfterWriteMs: round(library.core.searchAfterWriteMs),
    tagWriteMs100: round(small.tagWriteMsMedian),
    [`tagWriteMs${library.articles === 10_000 ? '10k' : '100k'}`]: round(library.tagWriteMsMedian),
    [`highlightWriteMs${library.articles === 10_000 ? '10k' : '100k'}`]: round(library.highlightWriteMsMedian),
    saveArticlesPerSec: round(library.saveArticlesPerSec),
    extractMsMedian: round(extract.annalsMsMedian),
    extractBaselineMsMedian: round(extract.readabilityMsMedian),
    /** Peak memory of the core process (a child of the bench, see core-process.ts). */
    rssMB: Math.round(library.core.rssMB),
  };
}

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      ...figures(large, search),
      stateWriteMs100: round(small.stateWriteMsMedian),
      stateWriteMs10k: round(large.stateWriteMsMedian),
      highlightPaintMs500: round(highlights.paintMs),
      minisearchP50Ms: search.minisearch && round(search.minisearch.searchP50Ms),
      minisearchP95Ms: search.minisearch && round(search.minisearch.searchP95Ms),
      flexsearchP50Ms: search.flexsearch && round(search.flexsearch.searchP50Ms),
      flexsearchP95Ms: search.flexsearch && round(search.flexsearch.searchP95Ms),
      reanchorMs500Edited: round(highlights.reanchorMsEdited),
      importPocket10kMs: round(imported.importMs),
      importPocket10kPreviewMs: round(imported.previewMs),
      importPapaparse10kMs: round(imported.papaparseMs),
      importFolders10kMs: round(imported.filesMs),
      ...backupJson(backup),
      timeline: timelineJson(timeline),
      timelineLoad: timelineLoadJson(timelineLoad),
      timelineFirstAnswer: timelineLoadJson(firstAnswer),
      cliStart: {
        nodeCpuMs: round(cliStart.nodeCpuMs),
        listCpuMs: round(cliStart.listCpuMs),
        extractCpuMs: round(cliStart.extractCpuMs),
      },
      extraction: { ...extract, worst: undefined },
      syncBytesPerChange10k: syncBytes.bytes,
      syncFilesPerChange10k: syncBytes.files,
      moveLibrary10k: {
        sameDiskMs: Math.round(moved.sameDisk.moveMs),
        sameDiskCpMs: Math.round(moved.sameDisk.cpMs),
        otherFileSystemMs: moved.otherFileSystem && Math.round(moved.otherFileSystem.moveMs),
        otherFileSystemCpMs: moved.otherFileSystem && Math.round(moved.otherFileSystem.cpMs),
      },
      hostileFeeds: Object.fromEntries(Object.entries(hostile).map(([name, ms]) => [name, round(ms)])),
      /** The bench process itself: all libraries and engines above, one after another. */
      benchRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...(largeLibrary && largeSearch && largeBackup
        ? {
            large: {
              ...figures(largeLibrary, largeSearch),
              ...backupJson(largeBackup),
              backupZip64: largeBackup.zip64,
              ...(largeTimelineLoad ? { timelineLoad: timelineLoadJson(largeTimelineLoad) } : {}),
            },
          }
        : {}),
    })}\n`,
  );
}
