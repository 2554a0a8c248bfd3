// The timeline against the hand-annotated gold set (tests/fixtures/timeline/gold.json): events, publication dates,
// stories and merged events, each beside a naive baseline in the same run, and the time extraction takes per article.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/extraction/entities.ts';
import { type Event, extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/language/lexicon.ts';
import { splitSentences } from '../../electron/core/timeline/language/sentences.ts';
import { mergeEvents } from '../../electron/core/timeline/merging/merge-events.ts';
import { clusterStories } from '../../electron/core/timeline/stories/stories.ts';
import {
  addScores,
  dateKey,
  type GoldArticle,
  loadGold,
  type MergedSource,
  type MergeScore,
  type PairFilter,
  type PairScore,
  pairwiseScore,
  publicationDateIsRight,
  type ScoredEvent,
  scoreArticle,
  scoreMerges,
} from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const ROUNDS = 10;
/** The save date of gold pages that do not say when the reader saved them. */
const SAVED_AT = '2026-01-01T00:00:00Z';

export interface EventFigures {
  articles: number;
  goldEvents: number;
  recall: number;
  datePrecision: number;
  extraEvents: number;
  /** Share of the events found that are marked background exactly when the gold marks them. */
  backgroundRight: number;
  baselineRecall: number;
  baselineDatePrecision: number;
  baselineExtraEvents: number;
  /** clusterStories over every article, scored on the pairs with at least one article of this part. */
  stories: PairScore;
  /** Each gold story's events merged, scored on the pairs of reports with at least one article of this part. */
  merges: MergeScore;
  /** Naive merging: every report of one date in one story is the same event. */
  mergesBaseline: MergeScore;
}

export interface TimelineFigures {
  eventsMsPerArticle: number;
  /** Articles the algorithms were tuned on. */
  tuned: EventFigures;
  /** Articles written after tuning. */
  heldOut: EventFigures;
  /** Articles written blind after tuning, measured on first sight and then studied: apart from both. */
  study: EventFigures;
  publicationDatesRight: number;
  publicationDates: number;
}

interface Article {
  gold: GoldArticle;
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
}

async function loadArticles(): Promise<Article[]> {
  return Promise.all(
    loadGold().map(async (gold) => {
      const page = await extractFromHtml(readFileSync(new URL(gold.file, ROOT), 'utf8'), {
        url: `https://bench.example/${gold.file}`,
      });
      return { gold, id: gold.file, title: page.title, text: page.text, publishedAt: page.publishedAt };
    }),
  );
}

function eventsOf(article: Article): Event[] {
  return extractEvents(article.text, { publishedAt: article.publishedAt, savedAt: article.gold.savedAt ?? SAVED_AT });
}

/** Our events as the scorer reads them: found by the sentence that gave their date. */
function scored(article: Article, events: readonly Event[]): ScoredEvent[] {
  return events.map((event) => ({ ...event, sentence: article.text.slice(event.start, event.end) }));
}

/** The naive baseline: every expression chrono parses, dated as chrono dates it, is an event of its sentence. */
function baselineEvents(article: Article): ScoredEvent[] {
  const reference = article.publishedAt ?? article.gold.savedAt ?? SAVED_AT;
  const instant = new Date(reference);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(reference);
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

function eventFigures(
  part: readonly Article[],
  all: readonly Article[],
  ours: ReadonlyMap<string, ScoredEvent[]>,
  predictedStories: ReadonlyMap<string, string>,
): EventFigures {
  const mine = addScores(part.map((a) => scoreArticle(a.gold.events, ours.get(a.id)!)));
  const base = addScores(part.map((a) => scoreArticle(a.gold.events, baselineEvents(a))));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const inPart = new Set(part.map((a) => a.id));
  const counts = (a: string, b: string) => inPart.has(a) || inPart.has(b);
  return {
    articles: part.length,
    goldEvents: mine.gold,
    recall: ratio(mine.matched, mine.gold),
    datePrecision: ratio(mine.rightDates, mine.onGoldSentences),
    extraEvents: mine.extra,
    backgroundRight: ratio(mine.rightBackground, mine.matched),
    baselineRecall: ratio(base.matched, base.gold),
    baselineDatePrecision: ratio(base.rightDates, base.onGoldSentences),
    baselineExtraEvents: base.extra,
    stories: pairwiseScore(new Map(all.map((a) => [a.id, a.gold.story])), predictedStories, counts),
    merges: mergeScore(
      all,
      ours,
      (story) =>
        mergeEvents(
          story.map((a) => ({ articleId: a.id, events: ours.get(a.id)! as Event[], publishedAt: a.publishedAt })),
        ),
      counts,
    ),
    mergesBaseline: mergeScore(all, ours, (story) => naiveMerge(story, ours), counts),
  };
}

function predictStories(articles: readonly Article[]): Map<string, string> {
  const stories = clusterStories(
    articles.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      entities: extractEntities(a.text),
      publishedAt: a.publishedAt,
      // As the app reads them (extraction-queue.ts): with the dictionary.
      knownWords: KNOWN_WORDS,
    })),
  );
  return new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.storyId] as const)));
}

/** Merges each gold story's events with `merge` and scores the timeline entries against the gold's shared events. */
function mergeScore(
  articles: readonly Article[],
  ours: ReadonlyMap<string, ScoredEvent[]>,
  merge: (
    story: readonly Article[],
  ) => { date: string; endDate?: string; precision: string; sources: { articleId: string; start: number }[] }[],
  counts: PairFilter,
): MergeScore {
  const sources: MergedSource[] = [];
  let entries = 0;
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    for (const entry of merge(articles.filter((a) => a.gold.story === story))) {
      for (const source of entry.sources) sources.push({ ...source, dateKey: dateKey(entry), entry: entries });
      entries++;
    }
  }
  return scoreMerges(
    articles.map((a) => ({ articleId: a.id, gold: a.gold.events, found: ours.get(a.id)! })),
    sources,
    counts,
  );
}

function naiveMerge(story: readonly Article[], ours: ReadonlyMap<string, ScoredEvent[]>) {
  const byDate = new Map<
    string,
    { date: string; endDate?: string; precision: string; sources: { articleId: string; start: number }[] }
  >();
  for (const article of story) {
    for (const event of ours.get(article.id)!) {
      const entry = byDate.get(dateKey(event)) ?? { ...event, sources: [] };
      entry.sources.push({ articleId: article.id, start: event.start ?? 0 });
      byDate.set(dateKey(event), entry);
    }
  }
  return [...byDate.values()];
}

/**
 * One gold round's figures on their own, as a round is measured on first sight: the held-out or study articles
 * numbered `from` to `to` (1-based, in gold.json's order), the other articles still there to join stories with.
 */
export async function benchRound(kind: 'heldOut' | 'study', from: number, to: number): Promise<EventFigures> {
  const articles = await loadArticles();
  const ofKind = articles.filter((a) => (kind === 'heldOut' ? a.gold.heldOut : a.gold.study && !a.gold.heldOut));
  const part = ofKind.slice(from - 1, to);
  if (part.length === 0) throw new Error(`no ${kind} articles numbered ${from} to ${to} (there are ${ofKind.length})`);
  const ours = new Map(articles.map((a) => [a.id, scored(a, eventsOf(a))]));
  return eventFigures(part, articles, ours, predictStories(articles));
}

export async function benchTimeline(): Promise<TimelineFigures> {
  const articles = await loadArticles();
  for (const article of articles) eventsOf(article); // warm-up: compromise's lexicon, chrono, the JIT
  const started = performance.now();
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) for (const article of articles) sink += eventsOf(article).length;
  const eventsMsPerArticle = (performance.now() - started) / (ROUNDS * articles.length);
  if (sink < 0) throw new Error('unreachable'); // keeps the work observable

  const ours = new Map(articles.map((a) => [a.id, scored(a, eventsOf(a))]));
  const stories = predictStories(articles);
  const tuned = articles.filter((a) => !a.gold.heldOut && !a.gold.study);
  const heldOut = articles.filter((a) => a.gold.heldOut);
  const study = articles.filter((a) => a.gold.study && !a.gold.heldOut);
  return {
    eventsMsPerArticle,
    tuned: eventFigures(tuned, articles, ours, stories),
    heldOut: eventFigures(heldOut, articles, ours, stories),
    study: eventFigures(study, articles, ours, stories),
    publicationDatesRight: articles.filter((a) => publicationDateIsRight(a.gold.publishedAt, a.publishedAt)).length,
    publicationDates: articles.length,
  };
}

/** One part's figures as the bench prints them (totals only: no sentence, date or file). */
export function partLines(label: string, f: EventFigures): string[] {
  const r = (value: number) => Math.round(value * 1000) / 1000;
  const pairs = (p: PairScore) => `F1 ${r(p.f1)} (precision ${r(p.precision)}, recall ${r(p.recall)})`;
  const merged = (m: MergeScore) =>
    `${pairs(m)}; ${m.shownOnce}/${m.sharedEvents} shown once with all sources; ${m.wrongMerges} wrong merges`;
  return [
    `  ${label} (${f.articles} articles, ${f.goldEvents} gold events): ours recall ${r(f.recall)}, date precision ${r(f.datePrecision)}, extra events ${f.extraEvents}, background right ${r(f.backgroundRight)}`,
    `    baseline (chrono-node, every date an event): recall ${r(f.baselineRecall)}, date precision ${r(f.baselineDatePrecision)}, extra events ${f.baselineExtraEvents}`,
    `    stories (pairwise): ${pairs(f.stories)}`,
    `    merged events (pairwise): ${merged(f.merges)}`,
    `    baseline (same date, same event): ${merged(f.mergesBaseline)}`,
  ];
}

/** The figures as lines for `npm run bench`. */
export function timelineLines(figures: TimelineFigures): string[] {
  const r = (value: number) => Math.round(value * 1000) / 1000;
  const part = partLines;
  const heldOut =
    figures.heldOut.articles > 0
      ? part('held out', figures.heldOut)
      : [
          '  held out: none now; each round was tuned on after its first-sight figures (tests/fixtures/timeline/README.md)',
        ];
  return [
    `timeline events: ${r(figures.eventsMsPerArticle)} ms/article (extractEvents, gold set in tests/fixtures/timeline/gold.json)`,
    ...part('tuned on', figures.tuned),
    ...heldOut,
    ...(figures.study.articles > 0 ? part('study rounds (blind, then studied)', figures.study) : []),
    `  publication dates right: ${figures.publicationDatesRight}/${figures.publicationDates}`,
  ];
}

/** The figures for the `--json` line. */
export function timelineJson(figures: TimelineFigures): Record<string, number> {
  const r = (value: number) => Math.round(value * 1000) / 1000;
  const part = (prefix: string, f: EventFigures): Record<string, number> => {
    const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
    return {
      [key('recall')]: r(f.recall),
      [key('datePrecision')]: r(f.datePrecision),
      [key('extraEvents')]: f.extraEvents,
      [key('backgroundRight')]: r(f.backgroundRight),
      [key('baselineRecall')]: r(f.baselineRecall),
      [key('baselineDatePrecision')]: r(f.baselineDatePrecision),
      [key('baselineExtraEvents')]: f.baselineExtraEvents,
      [key('storyF1')]: r(f.stories.f1),
      [key('mergePrecision')]: r(f.merges.precision),
      [key('mergeRecall')]: r(f.merges.recall),
      [key('mergeF1')]: r(f.merges.f1),
      [key('mergedShownOnce')]: r(f.merges.sharedEvents === 0 ? 1 : f.merges.shownOnce / f.merges.sharedEvents),
      [key('wrongMerges')]: f.merges.wrongMerges,
      [key('mergeBaselinePrecision')]: r(f.mergesBaseline.precision),
      [key('mergeBaselineRecall')]: r(f.mergesBaseline.recall),
    };
  };
  return {
    msPerArticle: r(figures.eventsMsPerArticle),
    ...part('', figures.tuned),
    ...(figures.heldOut.articles > 0 ? part('heldOut', figures.heldOut) : {}),
    ...(figures.study.articles > 0 ? part('study', figures.study) : {}),
    publicationDatesRight: figures.publicationDatesRight,
    publicationDates: figures.publicationDates,
  };
}

// `npx tsx tests/bench/timeline.ts` prints every part; `… heldOut 150 157` (or `study 20 28`) one round alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [kind, from, to] = process.argv.slice(2);
  if (kind === undefined) process.stdout.write(`${timelineLines(await benchTimeline()).join('\n')}\n`);
  else if ((kind === 'heldOut' || kind === 'study') && Number(from) >= 1 && Number(to) >= Number(from)) {
    const figures = await benchRound(kind, Number(from), Number(to));
    process.stdout.write(`${partLines(`${kind} ${from} to ${to}`, figures).join('\n')}\n`);
  } else throw new Error('usage: timeline.ts [heldOut|study FROM TO]');
}
