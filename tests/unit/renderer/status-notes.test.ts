import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { createUiStore, uiActions } from '../../../renderer/src/state/ui-store.ts';

const saved = (taskId: string, title: string): TaskProgress => ({
  taskId,
  label: `Saving “${title}”`,
  done: 1,
  total: 1,
  state: 'done',
  message: `Saved “${title}”`,
});

describe('the notes in the corner', () => {
  it('say a finished save once: the toast that repeats it takes the progress note’s place', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    ui.trackTask(saved('a', 'Harbour reopens'));
    ui.trackTask(saved('b', 'Bridge closed'));
    ui.toast('Saved “Harbour reopens” from a file');
    expect(store.getState().tasks.map((task) => task.taskId)).toEqual(['b']);
  });

  it('keep out a finished save the toast already told, whichever arrives first', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    ui.toast('Updated “Harbour reopens”');
    ui.trackTask({ ...saved('a', 'Harbour reopens'), state: 'running', message: undefined });
    expect(store.getState().tasks).toHaveLength(1);
    ui.trackTask({ ...saved('a', 'Harbour reopens'), message: 'Updated “Harbour reopens”' });
    expect(store.getState().tasks).toEqual([]);
  });

  it('say a failed save once: the error note that gives its reason takes the progress note’s place', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    const failed: TaskProgress = {
      taskId: 'a',
      label: 'Saving 127.0.0.1',
      done: 0,
      total: 1,
      state: 'failed',
      message: 'The server answered 404 (Not Found)',
    };
    ui.trackTask(failed);
    ui.toast('Could not save 127.0.0.1: The server answered 404 (Not Found)', 'error');
    expect(store.getState().tasks).toEqual([]);
    // And the other way round: the note is there first, the failure arrives after it.
    ui.trackTask({ ...failed, taskId: 'b' });
    expect(store.getState().tasks).toEqual([]);
  });

  it('keep each task in its place as its progress comes in: two tasks at once do not trade places', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    const running = (taskId: string, label: string, done: number): TaskProgress => ({
      taskId,
      label,
      done,
      total: 10_000,
      state: 'running',
    });
    ui.trackTask(running('search-index', 'Indexing the library for search', 1200));
    ui.trackTask(running('timeline', 'Loading the timeline', 0));
    ui.trackTask(running('search-index', 'Indexing the library for search', 1400));
    ui.trackTask(running('timeline', 'Loading the timeline', 200));
    ui.trackTask({ ...running('search-index', 'Indexing the library for search', 10_000), state: 'done' });
    expect(store.getState().tasks.map((task) => [task.taskId, task.done])).toEqual([
      ['search-index', 10_000],
      ['timeline', 200],
    ]);
  });
});
