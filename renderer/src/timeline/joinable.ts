import type { TimelineEvent } from '../../../electron/contract/timeline.ts';

/**
 * The events the reader may say are the same happening as `event`: of the same date (one event has one date), told by
 * other articles only (an article's own reports of one happening are merged already, or are two happenings).
 */
export function joinableWith(event: TimelineEvent, events: readonly TimelineEvent[]): TimelineEvent[] {
  const articles = new Set(event.sources.map((source) => source.articleId));
  return events.filter(
    (other) =>
      other.id !== event.id &&
      other.date === event.date &&
      other.precision === event.precision &&
      (other.endDate ?? '') === (event.endDate ?? '') &&
      !other.sources.some((source) => articles.has(source.articleId)),
  );
}
