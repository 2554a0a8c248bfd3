// Scores extracted events against the hand-annotated gold set in tests/fixtures/timeline/gold.json.
import { readFileSync } from 'node:fs';

export interface GoldEvent {
  /** The first characters of the event's sentence. */
  sentence: string;
  date: string;
  endDate?: string;
  precision: 'day' | 'month' | 'year';
}

export interface GoldArticle {
  /** Path from the repository root. */
  file: string;
  publishedAt: string;
  events: GoldEvent[];
}

/** What a scorer needs of an extracted event: its sentence and its date. */
export interface ScoredEvent {
  text: string;
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
}

const GOLD = new URL('../fixtures/timeline/gold.json', import.meta.url);

export function loadGold(): GoldArticle[] {
  return (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles;
}

function key(event: { date: string; endDate?: string; precision: string }): string {
  return `${event.date}/${event.endDate ?? ''}/${event.precision}`;
}

export function scoreArticle(gold: readonly GoldEvent[], found: readonly ScoredEvent[]): Score {
  const goldOf = (event: ScoredEvent) => gold.filter((g) => event.text.startsWith(g.sentence));
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
    if (sentenceGold.some((g) => key(g) === key(event))) rightDates++;
  }
  const matched = gold.filter((g) => found.some((e) => e.text.startsWith(g.sentence) && key(e) === key(g))).length;
  return { gold: gold.length, found: found.length, matched, onGoldSentences, rightDates, extra };
}

export function addScores(scores: readonly Score[]): Score {
  const total: Score = { gold: 0, found: 0, matched: 0, onGoldSentences: 0, rightDates: 0, extra: 0 };
  for (const score of scores) {
    for (const field of Object.keys(total) as (keyof Score)[]) total[field] += score[field];
  }
  return total;
}
