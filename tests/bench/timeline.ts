// Event extraction: time per article over the sample corpus, and quality against the hand-annotated gold set,
// beside a naive chrono-node baseline (every date chrono finds is an event) in the same run.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEvents } from '../../electron/core/timeline/events.ts';
import { splitSentences } from '../../electron/core/timeline/sentences.ts';
import { addScores, loadGold, type ScoredEvent, scoreArticle } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const ROUNDS = 20;
const SAVED_AT = '2026-01-01T00:00:00Z';

export interface TimelineFigures {
  articles: number;
  eventsMsPerArticle: number;
  recall?: number;
  datePrecision?: number;
  extraEvents?: number;
  baselineRecall?: number;
  baselineDatePrecision?: number;
  baselineExtraEvents?: number;
}

interface Article {
  file: string;
  text: string;
  publishedAt: string | null;
}

async function loadArticles(): Promise<Article[]> {
  const gold = loadGold();
  return Promise.all(
    gold.map(async ({ file }) => {
      const page = await extractFromHtml(readFileSync(new URL(file, ROOT), 'utf8'), {
        url: `https://bench.example/${file}`,
      });
      return { file, text: page.text, publishedAt: page.publishedAt };
    }),
  );
}

/** The naive baseline: every expression chrono parses, dated as chrono dates it, is an event of its sentence. */
function baselineEvents(article: Article): ScoredEvent[] {
  const instant = new Date(article.publishedAt ?? SAVED_AT);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(article.publishedAt ?? '');
  const timezone = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const sentences = splitSentences(article.text);
  return chrono.parse(article.text, { instant, timezone }).map((result) => {
    const sentence = sentences.find((s) => s.start <= result.index && result.index < s.end);
    const format = (c: chrono.ParsedComponents) => {
      const [year, month, day] = [c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1];
      if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('month')) return `${year}-${pad(month)}`;
      if (!c.isCertain('day') && !c.isCertain('month') && c.isCertain('year')) return String(year);
      return `${year}-${pad(month)}-${pad(day)}`;
    };
    const date = format(result.start);
    const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
    return {
      text: sentence?.text ?? result.text,
      date,
      ...(result.end ? { endDate: format(result.end) } : {}),
      precision,
    };
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export async function benchTimeline(): Promise<TimelineFigures> {
  const articles = await loadArticles();
  const extract = (article: Article) =>
    extractEvents(article.text, { publishedAt: article.publishedAt, savedAt: SAVED_AT });
  for (const article of articles) extract(article); // warm-up: compromise's lexicon, chrono, the JIT
  const started = performance.now();
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) for (const article of articles) sink += extract(article).length;
  const eventsMsPerArticle = (performance.now() - started) / (ROUNDS * articles.length);
  if (sink < 0) throw new Error('unreachable'); // keeps the work observable

  const gold = loadGold();
  const ours = addScores(articles.map((article, i) => scoreArticle(gold[i]!.events, extract(article))));
  const base = addScores(articles.map((article, i) => scoreArticle(gold[i]!.events, baselineEvents(article))));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    articles: articles.length,
    eventsMsPerArticle,
    recall: ratio(ours.matched, ours.gold),
    datePrecision: ratio(ours.rightDates, ours.onGoldSentences),
    extraEvents: ours.extra,
    baselineRecall: ratio(base.matched, base.gold),
    baselineDatePrecision: ratio(base.rightDates, base.onGoldSentences),
    baselineExtraEvents: base.extra,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchTimeline();
  const round = (value: number | undefined) => Math.round((value ?? 0) * 1000) / 1000;
  process.stdout.write(
    `${[
      `articles: ${result.articles} (sample library + seed article, gold in tests/fixtures/timeline/gold.json)`,
      `extractEvents: ${round(result.eventsMsPerArticle)} ms/article`,
      `ours:     recall ${round(result.recall)}, date precision ${round(result.datePrecision)}, extra events ${result.extraEvents}`,
      `baseline: recall ${round(result.baselineRecall)}, date precision ${round(result.baselineDatePrecision)}, extra events ${result.baselineExtraEvents}`,
    ].join('\n')}\n`,
  );
}
