// Settings › Library's “Merge duplicate articles” and `annals duplicates`: thin calls into the library,
// then what follows an article merged away: its highlights placed on the kept text, its story kept.
import type { MergedDuplicates, StorySummary } from '../contract/index.ts';
import type { Annotations } from './annotations/annotations.ts';
import type { Handlers } from './dispatcher.ts';
import type { Library } from './library/library.ts';
import type { TimelineService } from './timeline/timeline-service.ts';

type DuplicatesMethod = 'duplicates.find' | 'duplicates.merge' | 'duplicates.undoMerge';

export function createDuplicatesHandlers(context: {
  library: Library;
  annotations: Annotations;
  timeline: TimelineService;
}): Pick<Handlers, DuplicatesMethod> {
  const { library, annotations, timeline } = context;
  return {
    'duplicates.find': () => ({ groups: library.duplicates.find() }),
    'duplicates.merge': async () => {
      await timeline.ensureLoaded();
      const storiesBefore = new Map<string, StorySummary | null>();
      for (const group of library.duplicates.find()) {
        for (const id of [group.keep, ...group.merge]) storiesBefore.set(id, timeline.storyOf(id));
      }
      const merged = await library.duplicates.merge();
      for (const merge of merged) {
        // The highlights moved over are placed on the text the kept article shows.
        if (merge.highlightsAdded.length > 0) await annotations.reanchor(merge.keep);
        await followStory(timeline, merge, storiesBefore);
      }
      return { merged };
    },
    // The library says which articles changed (libraryChanged), as after any edit.
    'duplicates.undoMerge': async ({ merged }) => ({ restored: await library.duplicates.undo(merged) }),
  };
}

/**
 * A story the kept article was not in, but a copy merged into it was (with other articles): the kept
 * article joins it, so the story's timeline still lists the page. A story of its own is left alone.
 */
async function followStory(
  timeline: TimelineService,
  merge: MergedDuplicates,
  storiesBefore: Map<string, StorySummary | null>,
): Promise<void> {
  const group = new Set([merge.keep, ...merge.merged]);
  const others = (story: StorySummary | null | undefined) => story?.articleIds.filter((id) => !group.has(id)) ?? [];
  if (others(storiesBefore.get(merge.keep)).length > 0) return;
  for (const id of merge.merged) {
    const member = others(storiesBefore.get(id))[0];
    const story = member ? timeline.storyOf(member) : null;
    if (!story) continue;
    await timeline.moveArticle(merge.keep, story.id);
    return;
  }
}
