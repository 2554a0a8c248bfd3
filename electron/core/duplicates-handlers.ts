// Settings › Library's “Merge duplicate articles” and `annals duplicates`: thin calls into the library,
// then what follows an article merged away: its highlights placed on the kept text, the reader's
// corrections of its events carried over, its story kept; and all of it taken back on Undo.
import type { MergedDuplicates, StorySummary } from '../contract/index.ts';
import type { Annotations } from './annotations/annotations.ts';
import type { Handlers } from './dispatcher.ts';
import { followStory, leaveStory } from './duplicates-stories.ts';
import type { Library } from './library/library.ts';
import type { CopyEvents } from './timeline/merged-copy-events.ts';
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
      // Read before the copies go to the trash: what the reader corrected in each copy's events.
      const copyEvents = new Map<string, CopyEvents>();
      for (const group of library.duplicates.find()) {
        for (const id of [group.keep, ...group.merge]) storiesBefore.set(id, timeline.storyOf(id));
        for (const copy of await timeline.copyEvents(group.merge)) copyEvents.set(copy.articleId, copy);
      }
      const answers: MergedDuplicates[] = [];
      for (const merge of await library.duplicates.merge()) {
        // The highlights moved over are placed on the text the kept article shows.
        if (merge.highlightsAdded.length > 0) await annotations.reanchor(merge.keep);
        const copies = merge.merged.flatMap((id) => copyEvents.get(id) ?? []);
        const { eventEdits, eventsPromoted } = await timeline.carryEventEdits(merge.keep, copies);
        const storyJoined = await followStory(timeline, merge, storiesBefore);
        answers.push({
          ...merge,
          ...(eventEdits.length > 0 ? { eventEdits } : {}),
          ...(eventsPromoted.length > 0 ? { eventsPromoted } : {}),
          ...(storyJoined ? { storyJoined } : {}),
        });
      }
      return { merged: answers };
    },
    // The library says which articles changed (libraryChanged), as after any edit.
    'duplicates.undoMerge': async ({ merged }) => {
      const restored = await library.duplicates.undo(merged);
      for (const merge of merged) {
        const eventEdits = merge.eventEdits ?? [];
        const eventsPromoted = merge.eventsPromoted ?? [];
        await timeline.takeBackEventEdits(merge.keep, { eventEdits, eventsPromoted });
        if (merge.storyJoined) await leaveStory(timeline, merge.keep, merge.storyJoined);
      }
      return { restored };
    },
  };
}
