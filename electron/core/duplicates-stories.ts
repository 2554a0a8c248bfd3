// The story of a page whose duplicates were merged: the kept article joins the story a copy was in, and
// leaves it again on Undo.
import type { MergedDuplicates, StorySummary } from '../contract/index.ts';
import type { TimelineService } from './timeline/timeline-service.ts';

type StoryJoined = NonNullable<MergedDuplicates['storyJoined']>;

/**
 * A story the kept article was not in, but a copy merged into it was (with other articles): the kept
 * article joins it, so the story's timeline still lists the page. A story of its own is left alone.
 * Answers what Undo needs to put it back: an article of the story joined, and the story it was in.
 */
export async function followStory(
  timeline: TimelineService,
  merge: MergedDuplicates,
  storiesBefore: Map<string, StorySummary | null>,
): Promise<StoryJoined | null> {
  const group = new Set([merge.keep, ...merge.merged]);
  const others = (story: StorySummary | null | undefined) => story?.articleIds.filter((id) => !group.has(id)) ?? [];
  const keptStory = storiesBefore.get(merge.keep);
  if (others(keptStory).length > 0) return null;
  for (const id of merge.merged) {
    const member = others(storiesBefore.get(id))[0];
    if (!member || !timeline.storyOf(member)) continue;
    await timeline.moveArticleBeside(merge.keep, member);
    return { with: member, before: keptStory?.articleIds ?? [merge.keep] };
  }
  return null;
}

/**
 * Undo of followStory: the kept article goes back to the story it was in (with the copies that come back
 * from the trash, or on its own). Left where it is when the reader has moved it since.
 */
export async function leaveStory(timeline: TimelineService, keep: string, joined: StoryJoined): Promise<void> {
  await timeline.ensureLoaded();
  if (!timeline.storyOf(keep)?.articleIds.includes(joined.with)) return;
  const companion = joined.before.find((id) => id !== keep && timeline.storyOf(id));
  if (companion) await timeline.moveArticleBeside(keep, companion);
  else await timeline.moveArticle(keep, null);
}
