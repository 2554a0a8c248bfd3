// `npm run bench`: figures, never pass/fail. Each figure is printed beside its baseline from the same run.
import { benchAnnotations } from './annotations.ts';
import { benchBackup } from './backup.ts';
import { benchExtract } from './extract.ts';
import { benchImport } from './import.ts';
import { benchLibrary } from './library.ts';
import { benchSearch } from './search.ts';
import { benchTimeline, timelineJson, timelineLines } from './timeline.ts';

const json = process.argv.includes('--json');
/** 100,000 articles take minutes to generate on disk: ask for them with --large. */
const withLarge = process.argv.includes('--large');
const round = (value: number) => Math.round(value * 100) / 100;

const extract = await benchExtract();
const small = await benchLibrary(100);
const large = await benchLibrary(10_000);
const highlights = await benchAnnotations(500);
const imported = await benchImport(10_000);
const search = await benchSearch(10_000);
const backup = await benchBackup(1_000);
const timeline = await benchTimeline();
const largeLibrary = withLarge ? await benchLibrary(100_000, 20) : null;
const largeSearch = withLarge ? await benchSearch(100_000) : null;

const lines = [
  `extraction: ${round(extract.extractMsMedian)} ms/page median, ${round(extract.pagesPerSec)} pages/s over ${extract.pages} runs`,
  `  baseline (@mozilla/readability + DOMPurify on jsdom): ${round(extract.baselineMsMedian)} ms/page, ${round(extract.baselinePagesPerSec)} pages/s`,
  `  ratio baseline/ours: ${round(extract.ratio)}x`,
  `library open (cold, ${large.articles} articles): ${round(large.openMs)} ms; first page of the list: ${round(large.listMs)} ms`,
  `library open (cold, ${small.articles} articles): ${round(small.openMs)} ms`,
  `one article state write (favorite): ${round(small.stateWriteMsMedian)} ms at ${small.articles}, ${round(large.stateWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.stateWriteMsMedian / small.stateWriteMsMedian)})`,
  `one tag change: ${round(small.tagWriteMsMedian)} ms at ${small.articles}, ${round(large.tagWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.tagWriteMsMedian / small.tagWriteMsMedian)})`,
  `one highlight write: ${round(small.highlightWriteMsMedian)} ms at ${small.articles}, ${round(large.highlightWriteMsMedian)} ms at ${large.articles}; saving (store only): ${round(large.saveArticlesPerSec)} articles/s`,
  `search over ${search.articles} articles (MiniSearch): p50 ${round(search.searchP50Ms)} ms, p95 ${round(search.searchP95Ms)} ms over 200 queries; index built in ${round(search.buildMs)} ms, ${round(search.heapMB)} MB`,
  `  p95 by kind of query: ${search.p95ByKind}`,
  `  FlexSearch, same documents, plain words only: p50 ${round(search.flexsearch.searchP50Ms)} ms, p95 ${round(search.flexsearch.searchP95Ms)} ms; built in ${round(search.flexsearch.buildMs)} ms`,
  ...(largeLibrary && largeSearch
    ? [
        `100,000 articles: open ${round(largeLibrary.openMs + largeLibrary.listMs)} ms, tag write ${round(largeLibrary.tagWriteMsMedian)} ms, search p50 ${round(largeSearch.searchP50Ms)} ms, p95 ${round(largeSearch.searchP95Ms)} ms`,
      ]
    : ['100,000 articles: run `npm run bench -- --large` (generating them takes minutes)']),
  `import of a ${imported.rows}-row Pocket CSV (${round(imported.bytes / 1024 / 1024)} MB, no fetching): ${round(imported.importMs)} ms; preview ${round(imported.previewMs)} ms`,
  `  baselines: papaparse alone reading the same file into rows ${round(imported.papaparseMs)} ms; ${imported.rows} folders with one small file each ${round(imported.filesMs)} ms; ratio ours/(both) ${round(imported.importMs / (imported.papaparseMs + imported.filesMs))}x`,
  `backup of ${backup.articles} articles (${round(backup.libraryMB)} MB of files, ${round(backup.archiveMB)} MB zip): ${round(backup.backupMs)} ms, ${round(backup.backupMBPerSec)} MB/s; restore into an empty library: ${round(backup.restoreMs)} ms`,
  `  baseline (the same files read and zipped in memory, no snapshot or manifest): ${round(backup.baselineZipMs)} ms; ratio ours/baseline ${round(backup.backupMs / backup.baselineZipMs)}x`,
  ...timelineLines(timeline),
  `highlights: painting ${highlights.highlights} into a ${highlights.textChars}-character article: ${round(highlights.paintMs)} ms; re-anchoring them: ${round(highlights.reanchorMsUnchanged)} ms unchanged, ${round(highlights.reanchorMsEdited)} ms after an edit`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (json) {
  process.stdout.write(
    `${JSON.stringify({
      articles: large.articles,
      openMs: round(large.openMs + large.listMs),
      stateWriteMs100: round(small.stateWriteMsMedian),
      stateWriteMs10k: round(large.stateWriteMsMedian),
      tagWriteMs100: round(small.tagWriteMsMedian),
      tagWriteMs10k: round(large.tagWriteMsMedian),
      highlightPaintMs500: round(highlights.paintMs),
      highlightWriteMs10k: round(large.highlightWriteMsMedian),
      saveArticlesPerSec: round(large.saveArticlesPerSec),
      searchP50Ms: round(search.searchP50Ms),
      searchP95Ms: round(search.searchP95Ms),
      flexsearchP50Ms: round(search.flexsearch.searchP50Ms),
      flexsearchP95Ms: round(search.flexsearch.searchP95Ms),
      ...(largeLibrary && largeSearch
        ? {
            large: {
              articles: largeLibrary.articles,
              openMs: round(largeLibrary.openMs + largeLibrary.listMs),
              tagWriteMs: round(largeLibrary.tagWriteMsMedian),
              highlightWriteMs: round(largeLibrary.highlightWriteMsMedian),
              searchP50Ms: round(largeSearch.searchP50Ms),
              searchP95Ms: round(largeSearch.searchP95Ms),
            },
          }
        : {}),
      reanchorMs500Edited: round(highlights.reanchorMsEdited),
      importPocket10kMs: round(imported.importMs),
      importPocket10kPreviewMs: round(imported.previewMs),
      importPapaparse10kMs: round(imported.papaparseMs),
      backupMsPer1kArticles: round((backup.backupMs * 1_000) / backup.articles),
      backupMBPerSec: round(backup.backupMBPerSec),
      restoreMsPer1kArticles: round((backup.restoreMs * 1_000) / backup.articles),
      importFolders10kMs: round(imported.filesMs),
      extractMsMedian: round(extract.extractMsMedian),
      extractBaselineMsMedian: round(extract.baselineMsMedian),
      timeline: timelineJson(timeline),
      rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}
