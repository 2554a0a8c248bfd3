// The same real-world event reported by several articles becomes one timeline entry listing all its sources.
import type { Entities } from './entities.ts';
import type { Event } from './events.ts';
import { cosine, countTerms, inverseDocumentFrequency, type TermCounts, tokenize } from './similarity.ts';

/** What merging reads of an event: its date, its words and their place, and the names it mentions. */
export type MergeableEvent = Pick<Event, 'date' | 'endDate' | 'precision' | 'text' | 'start' | 'end' | 'entities'> &
  Partial<Pick<Event, 'background' | 'dateStart' | 'dateEnd'>>;

export interface ArticleEvents {
  articleId: string;
  events: readonly MergeableEvent[];
}

export interface EventSource {
  articleId: string;
  /** The reporting sentence and its offsets in that article's text. */
  text: string;
  start: number;
  end: number;
}

export interface MergedEvent {
  date: string;
  endDate?: string;
  precision: Event['precision'];
  /** The sentence of the first source. */
  text: string;
  entities: Entities;
  sources: EventSource[];
}

// Two reports of one date are one event when their sentences are this alike (TF-IDF cosine; shared people and
// organisations add to it). Measured on the gold set's shared events (tests/bench/timeline.ts).
const SAME_EVENT = 0.1;
const SHARED_ENTITY_BONUS = 0.1;

interface Report {
  articleId: string;
  terms: TermCounts;
  names: Set<string>;
}

interface Group {
  merged: MergedEvent;
  reports: Report[];
}

/** Merges events across articles, in date order (then in the order the articles were given). */
export function mergeEvents(eventsByArticle: readonly ArticleEvents[]): MergedEvent[] {
  const groups = new Map<string, Group[]>();
  const ordered: Group[] = [];
  const termsOf = new Map<string, TermCounts>();
  for (const { events } of eventsByArticle) {
    for (const event of events) termsOf.set(event.text, countTerms(tokenize(event.text).map(stem)));
  }
  // Words every report of the story uses ("bridge", "strike") say little about which event a sentence reports.
  const idf = inverseDocumentFrequency([...termsOf.values()]);
  const alike = (a: Report, b: Report) =>
    cosine(a.terms, b.terms, idf) + SHARED_ENTITY_BONUS * [...a.names].filter((name) => b.names.has(name)).length;
  for (const { articleId, events } of eventsByArticle) {
    for (const event of events) {
      const key = `${event.date}/${event.endDate ?? ''}/${event.precision}`;
      const report = { articleId, terms: termsOf.get(event.text)!, names: namesOf(event.entities) };
      const candidates = groups.get(key) ?? [];
      let best: { group: Group; score: number } | null = null;
      for (const group of candidates) {
        if (group.reports.some((r) => r.articleId === articleId)) continue;
        const score = Math.max(...group.reports.map((r) => alike(report, r)));
        if (score >= SAME_EVENT && (!best || score > best.score)) best = { group, score };
      }
      const source = { articleId, text: event.text, start: event.start, end: event.end };
      if (best) {
        best.group.reports.push(report);
        best.group.merged.sources.push(source);
        best.group.merged.entities = union(best.group.merged.entities, event.entities);
        continue;
      }
      const group: Group = {
        merged: {
          date: event.date,
          ...(event.endDate ? { endDate: event.endDate } : {}),
          precision: event.precision,
          text: event.text,
          entities: event.entities,
          sources: [source],
        },
        reports: [report],
      };
      groups.set(key, [...candidates, group]);
      ordered.push(group);
    }
  }
  return ordered
    .map((group) => group.merged)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.endDate ?? '').localeCompare(b.endDate ?? ''));
}

/** A crude stem, enough for "inspected" and "inspection" to meet. */
function stem(token: string): string {
  return token.slice(0, 6);
}

/** People and organisations identify an event; places are shared by a whole story. */
function namesOf(entities: Entities): Set<string> {
  return new Set([...entities.people, ...entities.organizations]);
}

function union(a: Entities, b: Entities): Entities {
  const merge = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    people: merge(a.people, b.people),
    organizations: merge(a.organizations, b.organizations),
    places: merge(a.places, b.places),
  };
}
