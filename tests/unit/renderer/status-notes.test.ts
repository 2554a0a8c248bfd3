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
    const laterStore = createUiStore();
    const later = uiActions(laterStore);
    later.toast('Could not save 127.0.0.1: The server answered 404 (Not Found)', 'error');
    later.trackTask({ ...failed, taskId: 'b' });
    expect(laterStore.getState().tasks).toEqual([]);
  });

  it('keep a failed save whose reason another failure’s note gives in the same words', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    const failed = (taskId: string, label: string): TaskProgress => ({
      taskId,
      label,
      done: 0,
      total: 0,
      state: 'failed',
      message: 'The server answered 404 (Not Found)',
    });
    ui.trackTask(failed('typed', 'Saving news.example'));
    ui.toast('Could not save news.example: The server answered 404 (Not Found)', 'error');
    // A page sent from the browser meanwhile fails for the same reason: no toast says so, its note does.
    ui.trackTask(failed('browser', 'Saving https://tribune.example/fires'));
    expect(store.getState().tasks.map((task) => task.taskId)).toEqual(['browser']);
    // The toast arriving before the failures it might stand for tells only the save it names.
    const earlyStore = createUiStore();
    const early = uiActions(earlyStore);
    early.toast('Could not save news.example: The server answered 404 (Not Found)', 'error');
    early.trackTask(failed('browser', 'Saving https://tribune.example/fires'));
    early.trackTask(failed('typed', 'Saving news.example'));
    expect(earlyStore.getState().tasks.map((task) => task.taskId)).toEqual(['browser']);
  });

  it('let one note in the same words as two failures stand for one of them only', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    const failed = (taskId: string): TaskProgress => ({
      taskId,
      label: 'Backing up the library',
      done: 0,
      total: 0,
      state: 'failed',
      message: 'The disk is full',
    });
    ui.trackTask(failed('first'));
    ui.trackTask(failed('second'));
    ui.toast('The disk is full', 'error');
    expect(store.getState().tasks.map((task) => task.taskId)).toEqual(['second']);
    ui.toast('The disk is full', 'error');
    expect(store.getState().tasks).toEqual([]);
  });

  it('keep every running task and every failure, however many, and only the newest finished ones', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    const task = (n: number, state: TaskProgress['state']): TaskProgress => ({
      taskId: `${state}-${n}`,
      label: `Importing file-${n}.json`,
      done: 0,
      total: 100,
      state,
      ...(state === 'failed' ? { message: `file-${n}.json is not an export` } : {}),
    });
    for (let n = 1; n <= 7; n++) ui.trackTask(task(n, 'running'));
    for (let n = 1; n <= 7; n++) ui.trackTask(task(n, 'failed'));
    for (let n = 1; n <= 7; n++) ui.trackTask(task(n, 'done'));
    const ids = store.getState().tasks.map((kept) => kept.taskId);
    expect(ids.filter((id) => id.startsWith('running'))).toHaveLength(7);
    expect(ids.filter((id) => id.startsWith('failed'))).toHaveLength(7);
    expect(ids.filter((id) => id.startsWith('done'))).toEqual(['done-3', 'done-4', 'done-5', 'done-6', 'done-7']);
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

describe('a note kept from a failed highlight', () => {
  it('stays among the notes however many come after it, the oldest other notes going first', () => {
    const store = createUiStore();
    const ui = uiActions(store);
    ui.toast('Archived 1 article');
    ui.keepUnsaved('Could not save the highlight. Its note is kept here:', 'Compare with Istanbul.', []);
    for (let n = 2; n <= 30; n++) ui.toast(`Archived ${n} articles`);
    const toasts = store.getState().toasts;
    expect(toasts.map((toast) => toast.kept).filter(Boolean)).toEqual(['Compare with Istanbul.']);
    expect(toasts.some((toast) => toast.message === 'Archived 1 article')).toBe(false);
    expect(toasts.at(-1)?.message).toBe('Archived 30 articles');
    expect(toasts.length).toBeLessThanOrEqual(20);
  });
});
