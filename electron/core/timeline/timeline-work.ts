// The timeline's work that holds a thread for long, both with the tagger: reading an article's text (its events and
// fingerprint) and merging the reports of a story's events. Done in one worker (timeline-thread.ts), the tagger is
// loaded there once for both, and the core's thread neither loads it nor waits on it. Plain data in and out: the
// answer is the same wherever the work was done.
import type { ArticleEvents, MergedEvent, MergeProgress } from './merging/merge-events.ts';
import { readArticleText, type TextReading, type TextToRead } from './text-reading.ts';

export type TimelineWork = { kind: 'read'; article: TextToRead } | { kind: 'merge'; entries: readonly ArticleEvents[] };
export type TimelineWorkAnswer = TextReading | MergedEvent[];

/** Does one piece of work; a merge calls `turn` between its turns and waits for what it returns. */
export async function doTimelineWork(
  work: TimelineWork,
  turn: (progress: MergeProgress) => Promise<void>,
): Promise<TimelineWorkAnswer> {
  if (work.kind === 'read') return readArticleText(work.article);
  // Loaded on the first merge (compromise and the rules, seconds): a command that never merges never loads it.
  const { mergeEventsInTurns } = await import('./merging/merge-events.ts');
  return mergeEventsInTurns(work.entries, turn);
}
