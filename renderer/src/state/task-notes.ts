import type { TaskProgress } from '../../../electron/contract/model.ts';

/** A note in the corner: what just happened (with Undo) or what went wrong. */
export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  /** Set when the toast offers to undo what it reports. */
  undoId?: number;
  /** The task whose note this toast says in its place: it stands for that one task, never for another in the same words. */
  tells?: string;
  /**
   * The reader's own words that a failure left unsaved (a highlight's note): shown, and the toast stays until the
   * reader dismisses it or takes one of its `actions`, so they are never lost to a timer.
   */
  kept?: string;
  /** What the reader can do about it ("Try again", "Copy the note"); taking one closes the toast. */
  actions?: ToastAction[];
}

export interface ToastAction {
  label: string;
  run(): void;
}

/**
 * The toasts with a new one last, the oldest let go beyond `max`: never one keeping the reader's unsaved words (twenty
 * notes of a bulk action after a failed highlight took its note with them).
 */
export function toastsWith(toasts: Toast[], added: Toast, max: number): Toast[] {
  const all = [...toasts, added];
  let over = all.length - max;
  return all.filter((toast) => toast.kept !== undefined || toast === added || over-- <= 0);
}

/** Finished tasks kept at once (the newest); every running task and every failure is kept whatever their number. */
const MAX_DONE_TASKS = 5;

/** The tasks kept: all that run or failed (a failure stays until the reader dismisses it), and the newest finished. */
export function tasksKept(tasks: TaskProgress[]): TaskProgress[] {
  const done = tasks.filter((task) => task.state === 'done');
  const dropped = new Set(done.slice(0, Math.max(0, done.length - MAX_DONE_TASKS)));
  return tasks.filter((task) => !dropped.has(task));
}

/**
 * The task a new toast says in its place: one whose words it repeats and that no other toast tells yet. One task,
 * not every task ending in the same words (two sites that both answered 404).
 */
export function taskToldBy(message: string, tasks: TaskProgress[], toasts: Toast[]): TaskProgress | undefined {
  return tasks.find((task) => toldBy(task, message) && !toasts.some((shown) => shown.tells === task.taskId));
}

/** The toast that already tells this task, or one in its words that tells no other task yet. */
export function toastTelling(task: TaskProgress, toasts: Toast[]): Toast | undefined {
  return (
    toasts.find((shown) => shown.tells === task.taskId) ??
    toasts.find((shown) => shown.tells === undefined && toldBy(task, shown.message))
  );
}

/**
 * Whether a toast's message already says what a finished task would ("Saved “Title”" in "Saved “Title” from a
 * file"), or why it failed: in the same words, or naming what failed ("Could not save example.com: The server
 * answered 404" tells "Saving example.com", not "Saving news.example" that failed for the same reason).
 */
function toldBy(task: TaskProgress, message: string): boolean {
  if (task.message === undefined) return false;
  if (task.state === 'done') return message.startsWith(task.message);
  if (task.state !== 'failed' || !message.includes(task.message)) return false;
  return message === task.message || message.includes(`${subjectOf(task.label)}: `);
}

/** What a task's label is about: "example.com" in "Saving example.com". */
const subjectOf = (label: string): string => label.replace(/^\S+\s+/, '');
