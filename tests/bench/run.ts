// `npm run bench`: figures, never pass/fail. Each figure is printed beside its baseline from the same run.
import { benchAnnotations } from './annotations.ts';
import { benchExtract } from './extract.ts';
import { benchLibrary } from './library.ts';

const json = process.argv.includes('--json');
const round = (value: number) => Math.round(value * 100) / 100;

const extract = await benchExtract();
const small = await benchLibrary(100);
const large = await benchLibrary(10_000);
const highlights = await benchAnnotations(500);

const lines = [
  `extraction: ${round(extract.extractMsMedian)} ms/page median, ${round(extract.pagesPerSec)} pages/s over ${extract.pages} runs`,
  `  baseline (@mozilla/readability + DOMPurify on jsdom): ${round(extract.baselineMsMedian)} ms/page, ${round(extract.baselinePagesPerSec)} pages/s`,
  `  ratio baseline/ours: ${round(extract.ratio)}x`,
  `library open (cold, ${large.articles} articles): ${round(large.openMs)} ms; first page of the list: ${round(large.listMs)} ms`,
  `library open (cold, ${small.articles} articles): ${round(small.openMs)} ms`,
  `one article state write (favorite): ${round(small.stateWriteMsMedian)} ms at ${small.articles}, ${round(large.stateWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.stateWriteMsMedian / small.stateWriteMsMedian)})`,
  `one tag change: ${round(small.tagWriteMsMedian)} ms at ${small.articles}, ${round(large.tagWriteMsMedian)} ms at ${large.articles} (ratio ${round(large.tagWriteMsMedian / small.tagWriteMsMedian)})`,
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
      reanchorMs500Edited: round(highlights.reanchorMsEdited),
      extractMsMedian: round(extract.extractMsMedian),
      extractBaselineMsMedian: round(extract.baselineMsMedian),
      rssMB: Math.round(process.memoryUsage().rss / 1_048_576),
    })}\n`,
  );
}
