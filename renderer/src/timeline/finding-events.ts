// Events missing from a library (an import, a restore, new extraction rules) are found in the background while
// stories and timelines show what is there: the views say how far finding them has got.
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { useUi } from '../state/app-context.tsx';

/** The core's task of finding missing events, while it runs. */
export function useFindingEvents(): TaskProgress | undefined {
  return useUi((state) => state.tasks.find((task) => task.taskId === 'timeline' && task.state === 'running'));
}

/** "Finding events: 1,200 of 3,000 articles read…" */
export function findingEventsWords(task: TaskProgress): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return task.total ? `Finding events: ${count(task.done)} of ${count(task.total)} articles read…` : 'Finding events…';
}
