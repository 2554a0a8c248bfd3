import type { Timeline, TimelineEvent } from '../../../electron/contract/timeline.ts';

/**
 * The events the reader may say are the same happening as `event`: of its story (a join shows in the story's timeline
 * and in every timeline holding both), of the same date (one event has one date), told by other articles only (an
 * article's own reports of one happening are merged already, or are two happenings).
 */
export function joinableWith(
  event: TimelineEvent,
  events: readonly TimelineEvent[],
  cited: Timeline['articles'],
): TimelineEvent[] {
  const articles = new Set(event.sources.map((source) => source.articleId));
  const story = cited[event.sources[0]!.articleId]?.storyId ?? null;
  return events.filter(
    (other) =>
      story !== null &&
      cited[other.sources[0]!.articleId]?.storyId === story &&
      other.id !== event.id &&
      other.date === event.date &&
      other.precision === event.precision &&
      (other.endDate ?? '') === (event.endDate ?? '') &&
      !other.sources.some((source) => articles.has(source.articleId)),
  );
}
