// Events missing from a library (an import, a restore, new extraction rules) are found in the background while
// stories and timelines show what is there. One place at a time says how far finding them has got: the open
// timeline's banner (it says why the timeline is still filling in), else the status area with the app's other work.
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { formatCount as count, plural } from '../lib/plural.ts';
import { useUi } from '../state/app-context.tsx';

/** The core's progress task for finding missing events (electron/core/index.ts). */
export const FINDING_EVENTS_TASK = 'timeline';

/** The core's task of finding missing events, while it runs. */
export function useFindingEvents(): TaskProgress | undefined {
  return useUi((state) => state.tasks.find((task) => task.taskId === FINDING_EVENTS_TASK && task.state === 'running'));
}

const articles = (value: number) => plural(value, 'article');

/** "Finding events: 1,200 of 3,000 articles read…", then "Events found in 3,000 articles". */
export function findingEventsWords(task: TaskProgress): string {
  if (task.state === 'done') return task.total ? `Events found in ${articles(task.total)}` : 'Events found';
  if (task.state === 'failed')
    return task.message ? `Finding events stopped: ${task.message}` : 'Finding events stopped';
  return task.total ? `Finding events: ${count(task.done)} of ${articles(task.total)} read…` : 'Finding events…';
}
