// Scores extracted events, publication dates, stories and merged events against the hand-annotated gold set
// in tests/fixtures/timeline/gold.json.
import { readFileSync } from 'node:fs';

export interface GoldEvent {
  /** The first characters of the event's sentence. */
  sentence: string;
  date: string;
  endDate?: string;
  precision: 'day' | 'month' | 'year';
  /** The real-world event it reports ("story/key"): events of several articles sharing it should merge into one. */
  event?: string;
  /** A past happening the article tells as context, not part of the story it reports. */
  background?: boolean;
}

export interface GoldArticle {
  /** Path from the repository root. */
  file: string;
  /** The publication date the page states (null when it states none). */
  publishedAt: string | null;
  /** When the reader saved it: the reference for pages without a publication date. */
  savedAt?: string;
  /** The story it belongs to; an article alone in its story has a story of its own. */
  story: string;
  /** Written after the algorithms were tuned, to check that the tuning generalises. */
  heldOut?: boolean;
  /** Written blind after tuning like a held-out round, measured on first sight, then opened for study. */
  study?: boolean;
  events: GoldEvent[];
}

/** What a scorer needs of an extracted event: its sentence, where it starts, and its date. */
export interface ScoredEvent {
  text: string;
  /** The sentence that gave the date, when `text` is more than that sentence. */
  sentence?: string;
  start?: number;
  background?: boolean;
  date: string;
  endDate?: string;
  precision: string;
}

export interface Score {
  gold: number;
  found: number;
  /** Gold events found with the right sentence and the right date at the right precision. */
  matched: number;
  /** Extracted events on gold sentences, and how many of them carry one of that sentence's gold dates. */
  onGoldSentences: number;
  rightDates: number;
  /** Extracted events on sentences that report no event. */
  extra: number;
  /** Matched events marked as background exactly when the gold marks them. */
  rightBackground: number;
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
}

const GOLD = new URL('../fixtures/timeline/gold.json', import.meta.url);

export function loadGold(): GoldArticle[] {
  return (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles;
}

export function dateKey(event: { date: string; endDate?: string; precision: string }): string {
  return `${event.date}/${event.endDate ?? ''}/${event.precision}`;
}

function sentenceOf(found: ScoredEvent): string {
  return found.sentence ?? found.text;
}

export function isReportOf(found: ScoredEvent, gold: GoldEvent): boolean {
  return sentenceOf(found).startsWith(gold.sentence) && dateKey(found) === dateKey(gold);
}

export function scoreArticle(gold: readonly GoldEvent[], found: readonly ScoredEvent[]): Score {
  const goldOf = (event: ScoredEvent) => gold.filter((g) => sentenceOf(event).startsWith(g.sentence));
  let onGoldSentences = 0;
  let rightDates = 0;
  let extra = 0;
  for (const event of found) {
    const sentenceGold = goldOf(event);
    if (sentenceGold.length === 0) {
      extra++;
      continue;
    }
    onGoldSentences++;
    if (sentenceGold.some((g) => dateKey(g) === dateKey(event))) rightDates++;
  }
  const matched = gold.filter((g) => found.some((e) => isReportOf(e, g)));
  const rightBackground = matched.filter((g) =>
    found.some((e) => isReportOf(e, g) && (e.background ?? false) === (g.background ?? false)),
  ).length;
  return {
    gold: gold.length,
    found: found.length,
    matched: matched.length,
    onGoldSentences,
    rightDates,
    extra,
    rightBackground,
  };
}

export function addScores(scores: readonly Score[]): Score {
  const total: Score = {
    gold: 0,
    found: 0,
    matched: 0,
    onGoldSentences: 0,
    rightDates: 0,
    extra: 0,
    rightBackground: 0,
  };
  for (const score of scores) {
    for (const field of Object.keys(total) as (keyof Score)[]) total[field] += score[field];
  }
  return total;
}

/**
 * A publication date is right when it gives the same calendar day as the page states (in the publisher's own
 * offset), and the same instant when both carry a time; a page that states none must give none.
 */
export function publicationDateIsRight(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  if (expected.slice(0, 10) !== found.slice(0, 10)) return false;
  const hasTime = (iso: string) => iso.length > 10;
  return !(hasTime(expected) && hasTime(found)) || Date.parse(expected) === Date.parse(found);
}

/** Which pairs of items (articles) a score counts; all of them by default. */
export type PairFilter = (a: string, b: string) => boolean;

/** Pairwise precision, recall and F1 of a grouping against the gold grouping: pairs of items put together. */
export function pairwiseScore(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  counts: PairFilter = () => true,
): PairScore {
  const items = [...gold.keys()];
  let together = 0;
  let goldTogether = 0;
  let both = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (!counts(items[i]!, items[j]!)) continue;
      const inGold = gold.get(items[i]!) === gold.get(items[j]!);
      const inPrediction = predicted.get(items[i]!) === predicted.get(items[j]!);
      if (inGold) goldTogether++;
      if (inPrediction) together++;
      if (inGold && inPrediction) both++;
    }
  }
  return scoreOf(both, together, goldTogether);
}

function scoreOf(both: number, predicted: number, gold: number): PairScore {
  const precision = predicted === 0 ? 1 : both / predicted;
  const recall = gold === 0 ? 1 : both / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** One extracted event's place in the merged timeline: which entry it went into. */
export interface MergedSource {
  articleId: string;
  start: number;
  dateKey: string;
  /** Index of the merged timeline entry listing this source. */
  entry: number;
}

export interface MergeScore extends PairScore {
  /** Real-world events reported by several articles (by the gold), and how many of them are one entry listing every report. */
  sharedEvents: number;
  shownOnce: number;
  /** Pairs of reports of different events put in one entry. */
  wrongMerges: number;
}

export interface ArticleReports {
  articleId: string;
  gold: readonly GoldEvent[];
  found: readonly ScoredEvent[];
}

/**
 * Scores merged events: pairs of gold events from different articles that report the same real-world event should
 * share a timeline entry, and no other pair should. Recall counts pairs the extractor missed as unmerged. Entries
 * are numbered across all stories, so one call scores every story.
 */
export function scoreMerges(
  articles: readonly ArticleReports[],
  sources: readonly MergedSource[],
  counts: PairFilter = () => true,
): MergeScore {
  const entryOf = (articleId: string, gold: GoldEvent, found: readonly ScoredEvent[]): number | null => {
    const event = found.find((e) => isReportOf(e, gold));
    if (!event) return null;
    const source = sources.find(
      (s) => s.articleId === articleId && s.start === event.start && s.dateKey === dateKey(event),
    );
    return source?.entry ?? null;
  };
  const reports = articles.flatMap((article) =>
    article.gold.map((gold) => ({
      articleId: article.articleId,
      event: gold.event,
      entry: entryOf(article.articleId, gold, article.found),
    })),
  );
  let both = 0;
  let together = 0;
  let goldTogether = 0;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const [a, b] = [reports[i]!, reports[j]!];
      if (a.articleId === b.articleId || !counts(a.articleId, b.articleId)) continue;
      const inGold = a.event !== undefined && a.event === b.event;
      const inTimeline = a.entry !== null && a.entry === b.entry;
      if (inGold) goldTogether++;
      if (inTimeline) together++;
      if (inGold && inTimeline) both++;
    }
  }
  const byEvent = new Map<string, { articles: Set<string>; entries: Set<number | null> }>();
  for (const report of reports) {
    if (!report.event) continue;
    const entry = byEvent.get(report.event) ?? { articles: new Set(), entries: new Set() };
    entry.articles.add(report.articleId);
    entry.entries.add(report.entry);
    byEvent.set(report.event, entry);
  }
  const counted = (ids: Set<string>) => [...ids].some((a) => [...ids].some((b) => a !== b && counts(a, b)));
  const shared = [...byEvent.values()].filter((e) => e.articles.size > 1 && counted(e.articles));
  const shownOnce = shared.filter((e) => e.entries.size === 1 && !e.entries.has(null)).length;
  return {
    ...scoreOf(both, together, goldTogether),
    sharedEvents: shared.length,
    shownOnce,
    wrongMerges: together - both,
  };
}
