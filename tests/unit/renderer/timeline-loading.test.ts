import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { timelineLoadingWords } from '../../../renderer/src/timeline/timeline-loading.ts';

const task = (taskId: string, done: number, total: number): TaskProgress => ({
  taskId,
  label: taskId,
  done,
  total,
  state: 'running',
});

describe('what a timeline says while it loads', () => {
  it('tells how far putting a long story together has got, rather than a still "Loading"', () => {
    expect(timelineLoadingWords({ merging: task('timeline-merge', 12_000, 30_000) })).toBe(
      'Putting the timeline together: 40% of its reports compared…',
    );
    // Never "100%" while the reader still waits: the last joins are made after the last pair is compared.
    expect(timelineLoadingWords({ merging: task('timeline-merge', 30_000, 30_000) })).toBe(
      'Putting the timeline together: 99% of its reports compared…',
    );
  });

  it('tells how many articles’ events were read, and is plain when there is nothing to count', () => {
    expect(timelineLoadingWords({ reading: task('timeline-load', 1200, 3000) })).toBe(
      'Loading the timeline: the events of 1,200 of 3,000 articles read…',
    );
    expect(timelineLoadingWords({})).toBe('Loading the timeline…');
  });
});
