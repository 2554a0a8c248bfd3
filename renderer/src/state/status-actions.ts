// The corner's notes and progress: toasts (with Undo, and the reader's unsaved words kept), the undo stack, tasks.
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { type Toast, type ToastAction, tasksKept, taskToldBy, toastsWith, toastTelling } from './task-notes.ts';
import type { UiStore } from './ui-state.ts';

const MAX_UNDO = 50;
/** Toasts kept at once: shown as one, with a count of the others (and every one keeping unsaved words). */
const MAX_TOASTS = 20;
let nextId = 1;

/** What the corner's notes, Undo and progress do to the UI state. */
export function statusActions(store: UiStore) {
  const set = store.setState;
  const get = store.getState;
  const dismiss = (id: number) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  const toast = (message: string, kind: Toast['kind'] = 'info', undoId?: number): number => {
    const id = nextId++;
    const { tasks, toasts } = get();
    // A task whose words the toast repeats ("Saved “Title”") is told once, by the toast.
    const told = taskToldBy(message, tasks, toasts);
    set({
      toasts: toastsWith(
        toasts,
        { id, message, kind, ...(undoId ? { undoId } : {}), ...(told ? { tells: told.taskId } : {}) },
        MAX_TOASTS,
      ),
      tasks: told ? tasks.filter((task) => task !== told) : tasks,
    });
    return id;
  };
  return {
    toast,
    dismiss,
    /** A failure that left the reader's words unsaved: they are shown and kept, with what can be done about them. */
    keepUnsaved(message: string, kept: string, actions: ToastAction[]) {
      const id = nextId++;
      set({ toasts: toastsWith(get().toasts, { id, message, kind: 'error', kept, actions }, MAX_TOASTS) });
    },
    /** Remembers how to undo a change and says what happened, with an Undo button. */
    pushUndo(label: string, undo: () => Promise<void>) {
      const id = nextId++;
      set({ undoStack: [...get().undoStack.slice(-(MAX_UNDO - 1)), { id, label, undo }] });
      toast(label, 'info', id);
    },
    /** Undoes the newest change (or the one a toast names); answers what was undone, or null. */
    async undo(id?: number): Promise<string | null> {
      const stack = get().undoStack;
      const entry = id === undefined ? stack.at(-1) : stack.find((candidate) => candidate.id === id);
      if (!entry) return null;
      set({
        undoStack: stack.filter((candidate) => candidate.id !== entry.id),
        undoCount: get().undoCount + 1,
        toasts: get().toasts.filter((candidate) => candidate.undoId !== entry.id),
      });
      await entry.undo();
      return entry.label;
    },
    trackTask(task: TaskProgress) {
      const { tasks, toasts } = get();
      const others = tasks.filter((candidate) => candidate.taskId !== task.taskId);
      const teller = toastTelling(task, toasts);
      if (teller)
        set({
          tasks: others,
          toasts: toasts.map((shown) => (shown === teller ? { ...shown, tells: task.taskId } : shown)),
        });
      // A task already shown keeps its place: two tasks at once would otherwise trade places (and rise in again)
      // with every report, twice a second each, beside the list the reader is scrolling (issue 12).
      else if (others.length < tasks.length)
        set({ tasks: tasks.map((candidate) => (candidate.taskId === task.taskId ? task : candidate)) });
      else set({ tasks: tasksKept([...others, task]) });
    },
    forgetTask: (taskId: string) => set({ tasks: get().tasks.filter((task) => task.taskId !== taskId) }),
  };
}
