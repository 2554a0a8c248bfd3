// What the timeline says while it is not there yet: how far reading the stored events has got (a large library's
// first timeline), and how far putting it together has got (a story of hundreds of articles compares its reports
// for a while the first time it is opened), so the reader sees it moving rather than a hung app.
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { formatCount as count } from '../lib/plural.ts';
import { useUi } from '../state/app-context.tsx';

/** The core's progress tasks (electron/core/index.ts): reading stored events, and merging the timeline's reports. */
const READING_TASK = 'timeline-load';
const MERGING_TASK = 'timeline-merge';
/** The tasks an open timeline tells of itself, so the window's corner does not tell them a second time. */
export const TIMELINE_LOADING_TASKS: readonly string[] = [READING_TASK, MERGING_TASK];

export interface TimelineLoading {
  reading?: TaskProgress;
  merging?: TaskProgress;
}

/** The core's tasks of loading a timeline, while they run. */
export function useTimelineLoading(): TimelineLoading {
  const running = (taskId: string) => (task: TaskProgress) => task.taskId === taskId && task.state === 'running';
  const reading = useUi((state) => state.tasks.find(running(READING_TASK)));
  const merging = useUi((state) => state.tasks.find(running(MERGING_TASK)));
  return { ...(reading ? { reading } : {}), ...(merging ? { merging } : {}) };
}

/** "Putting the timeline together: 40% of its reports compared…", or how many articles' events were read. */
export function timelineLoadingWords({ reading, merging }: TimelineLoading): string {
  if (merging?.total) {
    const percent = Math.min(99, Math.floor((merging.done / merging.total) * 100));
    return `Putting the timeline together: ${percent}% of its reports compared…`;
  }
  if (reading?.total)
    return `Loading the timeline: the events of ${count(reading.done)} of ${count(reading.total)} articles read…`;
  return 'Loading the timeline…';
}
