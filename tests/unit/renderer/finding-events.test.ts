import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { findingEventsWords } from '../../../renderer/src/timeline/finding-events.ts';

const task = (done: number, total: number, state: TaskProgress['state'] = 'running'): TaskProgress => ({
  taskId: 'timeline',
  label: 'Finding events',
  done,
  total,
  state,
});

describe('how far finding events has got', () => {
  it('counts the articles read, in the same words wherever it is shown', () => {
    expect(findingEventsWords(task(1200, 3000))).toBe('Finding events: 1,200 of 3,000 articles read…');
    expect(findingEventsWords(task(0, 1))).toBe('Finding events: 0 of 1 article read…');
  });

  it('says what was done once it ends, instead of the task’s name and "done"', () => {
    expect(findingEventsWords(task(3000, 3000, 'done'))).toBe('Events found in 3,000 articles');
    expect(findingEventsWords(task(1, 1, 'done'))).toBe('Events found in 1 article');
  });
});
