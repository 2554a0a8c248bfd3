// Extraction speed: our pipeline (linkedom + Readability, DOMPurify on a reused jsdom window) beside the
// plain baseline (jsdom + Readability + DOMPurify on that jsdom window), on the same fixture pages.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../electron/core/extract/charset.ts';
import { extractFromHtml } from '../../electron/core/extract/index.ts';

const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);
const TARGET_RUNS = 200;
const WARMUP_ROUNDS = 2;
// Sign-in pages and site front pages (feed discovery) are not articles: both pipelines would measure an error path.
const SKIP = new Set(['landing-page.html', 'news-site.html']);

interface Page {
  name: string;
  html: string;
  url: string;
}

function loadPages(): Page[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.html') && !SKIP.has(name))
    .sort()
    .map((name) => ({
      name,
      // Decoded as fetchPage would (charset from <meta>), so both pipelines get the same string.
      html: decodeHtml(readFileSync(new URL(name, PAGES_DIR)), 'text/html').html,
      url: `https://bench.example/${name}`,
    }));
}

async function ours(page: Page): Promise<number> {
  const article = await extractFromHtml(page.html, { url: page.url });
  return article.html.length;
}

function baseline(page: Page): number {
  // A console that goes nowhere: jsdom reports unparsable page CSS, and the benchmark prints nothing itself.
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
  const clean = purify.sanitize(parsed?.content ?? '');
  dom.window.close();
  return clean.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(pages: Page[], rounds: number, run: (page: Page) => number | Promise<number>) {
  const times: number[] = [];
  let sink = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      const t0 = performance.now();
      sink += await run(page);
      times.push(performance.now() - t0);
    }
  }
  const totalMs = performance.now() - started;
  if (sink < 0) throw new Error('unreachable'); // keeps the work observable
  return { msMedian: median(times), pagesPerSec: (times.length / totalMs) * 1000, runs: times.length };
}

export async function benchExtract(): Promise<{
  pages: number;
  extractMsMedian: number;
  pagesPerSec: number;
  baselineMsMedian: number;
  baselinePagesPerSec: number;
  /** baselineMsMedian / extractMsMedian: above 1 means our pipeline is faster. */
  ratio: number;
}> {
  const pages = loadPages();
  const rounds = Math.max(1, Math.round(TARGET_RUNS / pages.length));
  // Warm up both (JIT, the sanitizer's jsdom window, module caches) before measuring either.
  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    for (const page of pages) {
      await ours(page);
      baseline(page);
    }
  }
  const mine = await measure(pages, rounds, ours);
  const base = await measure(pages, rounds, baseline);
  return {
    pages: mine.runs,
    extractMsMedian: mine.msMedian,
    pagesPerSec: mine.pagesPerSec,
    baselineMsMedian: base.msMedian,
    baselinePagesPerSec: base.pagesPerSec,
    ratio: base.msMedian / mine.msMedian,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchExtract();
  const round = (value: number) => Math.round(value * 100) / 100;
  process.stdout.write(
    `${[
      `pages: ${result.pages} runs over ${loadPages().length} fixture pages`,
      `extractFromHtml: ${round(result.extractMsMedian)} ms/page median, ${round(result.pagesPerSec)} pages/s`,
      `baseline (jsdom + Readability + DOMPurify): ${round(result.baselineMsMedian)} ms/page median, ${round(result.baselinePagesPerSec)} pages/s`,
      `ratio baseline/ours: ${round(result.ratio)}x`,
    ].join('\n')}\n`,
  );
}
