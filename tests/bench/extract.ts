// Extraction quality and speed on the development set (tests/bench/devset): the whole Annals pipeline
// beside Readability + linkedom alone, scored and timed in the same run, page by page.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parsePage } from '../../electron/core/extract/dom.ts';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { htmlToText } from '../../electron/core/extract/plain-text.ts';
import { isNotAnArticleError } from '../../electron/core/extract/refusal.ts';
import { type DevPage, devsetDirFromArgs, loadDevSet } from './devset/load.ts';
import {
  FIELDS,
  type Field,
  fieldRight,
  type Output,
  type Prf,
  shingleScore,
  snippetCounts,
  snippetScore,
} from './devset/score.ts';

/** With only the committed pages, each is timed this many times so the median means something. */
const MIN_TIMED_RUNS = 200;

/** Plain text of an HTML fragment, made the same way for expected and extracted HTML. */
export function fragmentText(html: string): string {
  return htmlToText(parsePage(`<!DOCTYPE html><html><body>${html}</body></html>`).body);
}

/** Annals' answer for a page, and why it refused the page when it did. */
interface AnnalsOutput extends Output {
  refusal?: { reason: string; trace: readonly string[] };
}

async function annals(page: DevPage): Promise<AnnalsOutput> {
  try {
    const article = await extractFromHtml(page.html, { url: page.url });
    return {
      text: article.text,
      title: article.title,
      byline: article.byline,
      published: article.publishedAt,
      leadImage: article.leadImage,
      lang: article.lang,
    };
  } catch (error) {
    if (isNotAnArticleError(error)) return { ...refused(), refusal: { reason: error.reason, trace: error.trace } };
    if ((error as { code?: string }).code === 'NOT_AN_ARTICLE')
      return { ...refused(), refusal: { reason: '?', trace: [] } };
    throw error;
  }
}

function refused(): Output {
  return { text: null, title: null, byline: null, published: null, leadImage: null, lang: null };
}

/** Readability on a linkedom document, as a reader view without Annals would run it. */
function readabilityAlone(page: DevPage) {
  const { document } = parseHTML(page.html);
  return new Readability(document as unknown as Document).parse();
}

function readabilityOutput(result: ReturnType<typeof readabilityAlone>): Output {
  if (!result?.content) return refused();
  return {
    text: fragmentText(result.content),
    title: result.title || null,
    byline: result.byline || null,
    published: result.publishedTime || null,
    leadImage: null, // Readability does not look for one
    lang: result.lang || null,
  };
}

interface Tally {
  bodyPages: number;
  body: Prf;
  snippetPages: number;
  snippets: { tp: number; fn: number; fp: number; tn: number };
  articles: number;
  refused: string[];
  nonArticles: number;
  nonArticlesRefused: number;
  fields: Record<Field, { right: number; of: number }>;
  whyRefused: WhyRefused;
}

/**
 * Why real articles were refused, counted (never named, so held-out pages can be shown this way): each reason, each
 * rule's answer in the refusals' traces, and how many of them the other extractor did extract.
 */
export interface WhyRefused {
  reasons: Record<string, number>;
  trace: Record<string, number>;
  extractedByOther: number;
}

function countWhy(why: WhyRefused, refusal: AnnalsOutput['refusal'], other: OtherAnswer): void {
  const count = (into: Record<string, number>, key: string) => {
    into[key] = (into[key] ?? 0) + 1;
  };
  count(why.reasons, refusal?.reason ?? '?');
  for (const code of new Set([...(refusal?.trace ?? []), ...(other.codes ?? [])])) count(why.trace, code);
  if (other.extracted) why.extractedByOther++;
}

/** What the other extractor made of a refused page: whether it extracted it, and (for Annals' refusals) as codes. */
interface OtherAnswer {
  extracted: boolean;
  codes?: string[];
}

/** Readability's answer on a page Annals refused, in buckets: how many words, how close to the expected body. */
function readabilityCodes(output: Output, f1: number | null): string[] {
  const words = output.text ? output.text.split(/\s+/).filter(Boolean).length : 0;
  const bucket = [40, 100, 300, 1000].findIndex((top) => words < top);
  const wordCode = ['under-40', '40-99', '100-299', '300-999'][bucket] ?? '1000+';
  const f1Code = f1 === null ? 'no-body' : f1 >= 0.9 ? '90+' : f1 >= 0.7 ? '70-89' : f1 >= 0.4 ? '40-69' : 'under-40';
  return [`readability-alone:words-${wordCode}`, `readability-alone:f1-${f1Code}`];
}

function emptyTally(): Tally {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0 }])) as Tally['fields'];
  return {
    bodyPages: 0,
    body: { precision: 0, recall: 0, f1: 0 },
    snippetPages: 0,
    snippets: { tp: 0, fn: 0, fp: 0, tn: 0 },
    articles: 0,
    refused: [],
    nonArticles: 0,
    nonArticlesRefused: 0,
    fields,
    whyRefused: { reasons: {}, trace: {}, extractedByOther: 0 },
  };
}

/** Per-page scores, kept for the tuned pages only (held-out pages are never shown one by one). */
export interface PageScore {
  id: string;
  annalsF1: number | null;
  readabilityF1: number | null;
  annalsSnippets: { fn: number; fp: number } | null;
}

function add(tally: Tally, page: DevPage, output: Output): number | null {
  const { expected } = page;
  if (expected.article === false) {
    tally.nonArticles++;
    if (output.text === null) tally.nonArticlesRefused++;
    return null;
  }
  tally.articles++;
  if (output.text === null) tally.refused.push(page.id);
  for (const field of FIELDS) {
    const right = fieldRight(field, output, expected);
    if (right === undefined) continue;
    tally.fields[field].of++;
    if (right) tally.fields[field].right++;
  }
  if (expected.with || expected.without) {
    tally.snippetPages++;
    const counts = snippetCounts(output.text, expected);
    for (const key of ['tp', 'fn', 'fp', 'tn'] as const) tally.snippets[key] += counts[key];
  }
  if (expected.body === undefined) return null;
  const score = shingleScore(output.text, expected.body);
  tally.bodyPages++;
  tally.body.precision += score.precision;
  tally.body.recall += score.recall;
  tally.body.f1 += score.f1;
  return score.f1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ExtractorFigures {
  /** Mean over pages with a known body of F1 (and P, R) over 4-token shingles; a refused page scores 0. */
  bodyF1: number;
  bodyPrecision: number;
  bodyRecall: number;
  /** Must / must-not snippets, counted over all pages (trafilatura's way). */
  snippetF1: number;
  snippetPrecision: number;
  snippetRecall: number;
  /** Real articles answered with "no article"; their names for the tuned pages only. */
  refused: number;
  refusedPages: string[];
  /** Pages with no article that were refused, of how many. */
  nonArticlesRefused: string;
  /** right/of for each field whose ground truth is known. */
  fields: Record<Field, string>;
  /** Counts only: why the real articles were refused (Annals' reasons; Readability gives none). */
  whyRefused: WhyRefused;
}

export interface GroupFigures {
  pages: number;
  bodyPages: number;
  snippetPages: number;
  annals: ExtractorFigures;
  readability: ExtractorFigures;
}

function figures(tally: Tally): ExtractorFigures {
  const n = Math.max(1, tally.bodyPages);
  const snippets = snippetScore(tally.snippets);
  return {
    bodyF1: tally.body.f1 / n,
    bodyPrecision: tally.body.precision / n,
    bodyRecall: tally.body.recall / n,
    snippetF1: snippets.f1,
    snippetPrecision: snippets.precision,
    snippetRecall: snippets.recall,
    refused: tally.refused.length,
    refusedPages: tally.refused,
    nonArticlesRefused: `${tally.nonArticlesRefused}/${tally.nonArticles}`,
    whyRefused: tally.whyRefused,
    fields: Object.fromEntries(FIELDS.map((f) => [f, `${tally.fields[f].right}/${tally.fields[f].of}`])) as Record<
      Field,
      string
    >,
  };
}

export interface ExtractFigures {
  /** The external folder read, or null: only the committed pages were measured. */
  devsetDir: string | null;
  tuned: GroupFigures;
  heldOut: GroupFigures | null;
  /** Median in-process time per page: the whole Annals pipeline, and Readability + linkedom alone. */
  annalsMsMedian: number;
  readabilityMsMedian: number;
  timedRuns: number;
  /** Tuned pages only, worst Annals body F1 first. */
  worst: PageScore[];
}

/** Held-out pages are reported as counts only: a name seen is a page one can no longer help tuning on. */
function withoutPageNames(g: GroupFigures): GroupFigures {
  return {
    ...g,
    annals: { ...g.annals, refusedPages: [] },
    readability: { ...g.readability, refusedPages: [] },
  };
}

/**
 * `--tuned-only` leaves the held-out pages out of the run altogether: tuning runs then never even measure them,
 * so the few held-out runs a round allows are the ones that print held-out figures.
 */
export async function benchExtract(
  dir = devsetDirFromArgs(),
  tunedOnly = process.argv.includes('--tuned-only'),
): Promise<ExtractFigures> {
  const loaded = loadDevSet(dir, fragmentText);
  const devset = tunedOnly ? { ...loaded, pages: loaded.pages.filter((page) => !page.heldOut) } : loaded;
  const groups = { tuned: [emptyTally(), emptyTally()], heldOut: [emptyTally(), emptyTally()] };
  const annalsTimes: number[] = [];
  const readabilityTimes: number[] = [];
  const scores: PageScore[] = [];
  // Warm up both (JIT, module caches) on a few pages before timing either.
  for (const page of devset.pages.slice(0, 20)) {
    await annals(page);
    readabilityAlone(page);
  }
  const rounds = Math.max(1, Math.ceil(MIN_TIMED_RUNS / devset.pages.length));
  for (let round = 0; round < rounds; round++) {
    for (const page of devset.pages) {
      // Interleaved, so both meet the same machine load and garbage-collector state.
      let t0 = performance.now();
      const ours = await annals(page);
      annalsTimes.push(performance.now() - t0);
      t0 = performance.now();
      const theirs = readabilityAlone(page);
      readabilityTimes.push(performance.now() - t0);
      if (round > 0) continue;
      const [annalsTally, readabilityTally] = page.heldOut ? groups.heldOut : groups.tuned;
      const annalsF1 = add(annalsTally!, page, ours);
      const theirOutput = readabilityOutput(theirs);
      const readabilityF1 = add(readabilityTally!, page, theirOutput);
      if (ours.text === null && page.expected.article !== false) {
        const codes = readabilityCodes(theirOutput, readabilityF1);
        countWhy(annalsTally!.whyRefused, ours.refusal, { extracted: theirOutput.text !== null, codes });
      }
      if (theirOutput.text === null && page.expected.article !== false) {
        countWhy(readabilityTally!.whyRefused, undefined, { extracted: ours.text !== null });
      }
      if (page.heldOut) continue;
      const snippets = page.expected.with || page.expected.without ? snippetCounts(ours.text, page.expected) : null;
      scores.push({ id: page.id, annalsF1, readabilityF1, annalsSnippets: snippets });
    }
  }
  const group = (pages: DevPage[], [ours, theirs]: Tally[]): GroupFigures => ({
    pages: pages.length,
    bodyPages: ours!.bodyPages,
    snippetPages: ours!.snippetPages,
    annals: figures(ours!),
    readability: figures(theirs!),
  });
  const heldOutPages = devset.pages.filter((p) => p.heldOut);
  const worstFirst = (s: PageScore) =>
    (s.annalsF1 ?? 1) - (s.annalsSnippets ? 0.1 * (s.annalsSnippets.fn + s.annalsSnippets.fp) : 0);
  return {
    devsetDir: devset.externalDir,
    tuned: group(
      devset.pages.filter((p) => !p.heldOut),
      groups.tuned,
    ),
    heldOut: heldOutPages.length > 0 ? withoutPageNames(group(heldOutPages, groups.heldOut)) : null,
    annalsMsMedian: median(annalsTimes),
    readabilityMsMedian: median(readabilityTimes),
    timedRuns: annalsTimes.length,
    worst: scores.sort((a, b) => worstFirst(a) - worstFirst(b)),
  };
}

const pct = (value: number) => (value * 100).toFixed(1);

function extractorLine(name: string, f: ExtractorFigures, g: GroupFigures): string {
  const body = g.bodyPages > 0 ? `body F1 ${pct(f.bodyF1)} (P ${pct(f.bodyPrecision)}, R ${pct(f.bodyRecall)})` : '';
  const snippets =
    g.snippetPages > 0
      ? `snippets F1 ${pct(f.snippetF1)} (P ${pct(f.snippetPrecision)}, R ${pct(f.snippetRecall)})`
      : '';
  const fields = FIELDS.map((field) => `${field} ${f.fields[field]}`).join(', ');
  return `    ${name}: ${[body, snippets].filter(Boolean).join('; ')}; refused ${f.refused} real articles (and ${f.nonArticlesRefused} pages with none); ${fields}`;
}

/** Why Annals refused real articles, as counts: the one line that may describe held-out refusals. */
function whyLine(f: ExtractorFigures): string | null {
  const { reasons, trace, extractedByOther } = f.whyRefused;
  if (f.refused === 0) return null;
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return `      why refused: ${list(reasons)} (Readability extracted ${extractedByOther} of them); rules: ${list(trace)}`;
}

/** The lines `npm run bench` prints for extraction. */
export function extractLines(result: ExtractFigures): string[] {
  const round = (value: number) => Math.round(value * 100) / 100;
  const group = (label: string, g: GroupFigures) => [
    `  ${label}: ${g.pages} pages (${g.bodyPages} with a known body, ${g.snippetPages} with must/must-not snippets)`,
    extractorLine('Annals', g.annals, g),
    ...[whyLine(g.annals)].filter((line): line is string => line !== null),
    extractorLine('Readability + linkedom', g.readability, g),
  ];
  return [
    result.devsetDir
      ? 'extraction, on the development set (public test pages and the committed pages):'
      : 'extraction, on the committed pages only (no external development set: pass --devset DIR or set ANNALS_DEVSET):',
    ...group('tuned on', result.tuned),
    ...(result.heldOut ? group('held out (never tuned on)', result.heldOut) : []),
    `  time per page, median in process: Annals (parse, extract, clean, sanitize, metadata) ${round(result.annalsMsMedian)} ms; Readability + linkedom alone ${round(result.readabilityMsMedian)} ms (${result.timedRuns} runs each)`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchExtract();
  process.stdout.write(`${extractLines(result).join('\n')}\n`);
  // Tuned pages only: held-out pages are never named.
  if (process.argv.includes('--refused')) {
    const names = (label: string, pages: string[]) => `  ${label}: ${pages.length ? pages.join(', ') : 'none'}\n`;
    process.stdout.write(names('refused by Annals (tuned)', result.tuned.annals.refusedPages));
    process.stdout.write(names('refused by Readability (tuned)', result.tuned.readability.refusedPages));
  }
  const worstAt = process.argv.indexOf('--worst');
  if (worstAt >= 0) {
    const count = Number(process.argv[worstAt + 1]) || 20;
    for (const s of result.worst.slice(0, count)) {
      const f1 = (v: number | null) => (v === null ? '-' : pct(v));
      const snip = s.annalsSnippets ? ` missing ${s.annalsSnippets.fn}, boilerplate ${s.annalsSnippets.fp}` : '';
      process.stdout.write(`  ${s.id}: Annals ${f1(s.annalsF1)}, Readability ${f1(s.readabilityF1)}${snip}\n`);
    }
  }
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ ...result, worst: undefined })}\n`);
}
