// A first search waits for the index to be built (a library of 3,400 articles took half a minute): the reader is told
// how far the build got, not only that a search is under way.
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { useUi } from '../state/app-context.tsx';
import { formatCount } from './plural.ts';

/** The core's progress task for building the search index (electron/core/index.ts). */
export const SEARCH_INDEX_TASK = 'search-index';

/** The core's task of building the search index, while it runs. */
export function useSearchIndexing(): TaskProgress | undefined {
  return useUi((state) => state.tasks.find((task) => task.taskId === SEARCH_INDEX_TASK && task.state === 'running'));
}

/** "Indexing 1,200 of 3,400 articles…" while the index is built, else "Searching…". */
export function searchWaitingWords(indexing: TaskProgress | undefined): string {
  if (!indexing?.total) return 'Searching…';
  return `Indexing ${formatCount(indexing.done)} of ${formatCount(indexing.total)} articles…`;
}
