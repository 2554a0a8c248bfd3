// Shared by the merging tests: one-sentence reports and short articles by numbered outlets, published on Wednesday
// 14 October 2026.
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';

export const reference = { publishedAt: '2026-10-14T09:00:00+01:00', savedAt: '2026-10-14T09:00:00Z' };
const NO_ENTITIES = { people: [], organizations: [], places: [] };

/** The report of the date told by `dateWords` in a one-sentence text. */
export function reportAt(text: string, dateWords: string) {
  const at = text.indexOf(dateWords);
  return reportOf(
    { text, start: 0, end: text.length, dateStart: at, dateEnd: at + dateWords.length, entities: NO_ENTITIES },
    [],
  );
}

/** The merged timeline of articles by outlet-1, outlet-2, … */
export function merged(...articles: string[]) {
  return mergeEvents(
    articles.map((text, i) => ({ articleId: `outlet-${i + 1}`, events: extractEvents(text, reference) })),
  );
}

/** The entries of one date that list a source from each of the given outlets. */
export function joining(entries: ReturnType<typeof merged>, date: string, ...outlets: string[]) {
  return entries.filter(
    (entry) =>
      entry.date === date && outlets.every((outlet) => entry.sources.some((source) => source.articleId === outlet)),
  );
}

/** The dates found in the sentence of `text` starting with `start`, oldest first. */
export function datesOfSentence(text: string, start: string): string[] {
  return extractEvents(text, reference)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();
}

/** Whether two articles' first sentences, each telling its article's happening of `date`, land in one entry. */
export function ledesJoined(date: string, first: string, second: string): boolean {
  return joining(merged(first, second), date, 'outlet-1', 'outlet-2').some((entry) =>
    [1, 2].every((outlet) =>
      entry.sources.some((source) => source.articleId === `outlet-${outlet}` && source.start === 0),
    ),
  );
}
