import type { StorySummary, Timeline, TimelineScope } from '../../../../electron/contract/timeline.ts';

/**
 * The story a story's timeline shows. That timeline holds the story alone; when the story joined an older one while
 * open, the id it was opened with names no story any more and the core answered with the story it is part of now.
 */
export function storyOnScreen(timeline: Timeline | undefined, scope: TimelineScope): StorySummary | undefined {
  if (!timeline || scope.kind !== 'story') return undefined;
  return (
    timeline.stories.find((candidate) => candidate.id === scope.storyId) ??
    (timeline.stories.length === 1 ? timeline.stories[0] : undefined)
  );
}
