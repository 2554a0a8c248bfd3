import type { TaskProgress } from '../../../electron/contract/model.ts';
import { FINDING_EVENTS_TASK, findingEventsWords } from '../timeline/finding-events.ts';

/** What a task is doing, or what it did: "Saving “Title”", "Saved “Title”", "Saving example.com: timed out". */
export function taskWords(task: TaskProgress): string {
  if (task.taskId === FINDING_EVENTS_TASK) return findingEventsWords(task);
  if (task.state === 'failed') return task.message ? `${task.label}: ${task.message}` : task.label;
  if (task.state === 'done') return task.message ?? finishedWords(task.label);
  return task.label;
}

/**
 * The core names its work as it runs ("Loading the timeline"); once it is over the corner says so as a person would
 * ("Timeline loaded"), for the work the core tells without words of its own for the end.
 */
const FINISHED: [RegExp, (...parts: string[]) => string][] = [
  [/^Loading the timeline$/, () => 'Timeline loaded'],
  [/^Putting the timeline together$/, () => 'Timeline put together'],
  [/^Indexing the library for search$/, () => 'Library indexed for search'],
  [/^Refreshing feeds$/, () => 'Feeds refreshed'],
  [/^Importing (.+)$/, (file) => `Imported ${file}`],
];

function finishedWords(label: string): string {
  for (const [pattern, words] of FINISHED) {
    const match = pattern.exec(label);
    if (match) return words(...match.slice(1));
  }
  // Work not listed above: "Finished copying the library" reads as a sentence, where "Copying… — done" did not.
  return `Finished ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
