import { useLayoutEffect, useRef, useState } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';
import type { Toast, ToastAction } from '../state/ui-store.ts';
import { FINDING_EVENTS_TASK } from '../timeline/finding-events.ts';
import { TIMELINE_LOADING_TASKS } from '../timeline/timeline-loading.ts';
import { returnFocus } from '../ui/return-focus.ts';
import { ToastStack } from '../ui/Toast.tsx';
import { StatusTasks } from './StatusTasks.tsx';
import { taskWords } from './task-words.ts';
import { useToastTimers } from './use-toast-timers.ts';

const toldByTheTimeline = new Set([FINDING_EVENTS_TASK, ...TIMELINE_LOADING_TASKS]);
/** The fetch of imported articles' text (electron/core), told in the Import dialog's own progress while it is open. */
const IMPORT_FETCH_TASK = 'import-fetch';
/** The width of a toast floating in the corner (ui/overlays.css), with its margins. */
const CORNER_ROOM = 312;

/**
 * Long work in progress, what just happened (with Undo), and what went wrong. It floats in the
 * window's corner where the reading column leaves room beside it; elsewhere it takes its own room at
 * the foot of the main column. Either way it never lies over the words being read.
 */
export function StatusArea() {
  const { ui } = useServices();
  const allTasks = useUi((state) => state.tasks);
  // An open timeline says itself how far finding events, reading its events and putting it together have got; the
  // corner does not repeat it (it said "Putting the timeline together" beside the view's own words).
  const onTimeline = useUi((state) => state.pane === 'timeline');
  // The open Import dialog tells its fetch, with the failures and their Retry: the corner said "5 could not be
  // fetched" beside it. Closed, the corner tells it again.
  const importOpen = useUi((state) => state.dialog === 'import');
  const tasks = allTasks.filter(
    (task) => !(onTimeline && toldByTheTimeline.has(task.taskId)) && !(importOpen && task.taskId === IMPORT_FETCH_TASK),
  );
  const toasts = useUi((state) => state.toasts);
  // While the pointer or focus is in the corner, nothing leaves it.
  const [held, setHeld] = useState(false);

  useToastTimers(toasts, held, ui.dismiss);

  // The cards stand in a column of capped height (ui/overlays.css): when a new note arrives, the column shows its
  // foot, where the newest stands, unless the reader is in the corner reading an earlier one.
  const cards = useRef<HTMLDivElement>(null);
  const newestId = toasts.at(-1)?.id;
  // Cards scrolled out of sight above fade the column's top edge, so the reader sees there are more.
  const [moreAbove, setMoreAbove] = useState(false);
  const seeMoreAbove = () => setMoreAbove((cards.current?.scrollTop ?? 0) > 1);
  useLayoutEffect(() => {
    const column = cards.current;
    if (newestId === undefined || column === null) return;
    if (!held) column.scrollTop = column.scrollHeight;
    setMoreAbove(column.scrollTop > 1);
  }, [newestId, held]);

  const [floating, setFloating] = useState(false);
  const shown = tasks.length + toasts.length > 0;
  useLayoutEffect(() => {
    if (!shown) return;
    const check = () => {
      const column = document.querySelector('[data-reading-column]');
      setFloating(column !== null && window.innerWidth - column.getBoundingClientRect().right >= CORNER_ROOM);
    };
    check();
    window.addEventListener('resize', check);
    return () => window.removeEventListener('resize', check);
  }, [shown]);

  // A note clicked away (Undo, Dismiss) takes the focused button with it: the keys go back to the view (the list,
  // the article), not to the page's body where j and k would start from nowhere.
  // After the undo: what it brings back may be what takes the keys (the list an archived last article had emptied).
  const undo = (id: number) => void ui.undo(id).then(() => returnFocus('toast'));
  const dismiss = (ids: number[]) => {
    ids.forEach(ui.dismiss);
    returnFocus('toast');
  };
  const act = (toast: Toast, action: ToastAction) => {
    ui.dismiss(toast.id);
    returnFocus('toast');
    action.run();
  };
  const dismissTask = (taskId: string) => {
    ui.forgetTask(taskId);
    returnFocus('toast');
  };

  // One card for the errors, one for the other notes, each with its Dismiss (and one per kept note); the card with the newest message is the
  // lowest, nearest the window's foot, wherever the stack stands (an error after a note goes under it). The cards keep
  // their place in the page and are ordered by style: moving a card's element would drop the focus of a keyboard
  // reader on its Undo or Dismiss when a message of its kind arrives.
  // A note kept from a failure (a highlight's) is a card of its own, with its own Try again, Copy and Dismiss: folded
  // into the errors' card, an earlier one lost its buttons behind "1 earlier message", and one Dismiss dropped them all.
  const stacks = [
    { kind: 'errors', toasts: toasts.filter((toast) => toast.kind === 'error' && toast.kept === undefined) },
    { kind: 'notes', toasts: toasts.filter((toast) => toast.kind !== 'error') },
    ...toasts
      .filter((toast) => toast.kept !== undefined)
      .map((toast) => ({ kind: `kept-${toast.id}`, toasts: [toast] })),
  ].filter((stack) => stack.toasts.length > 0);
  const newestLast = [...stacks].sort((a, b) => a.toasts.at(-1)!.id - b.toasts.at(-1)!.id);
  const empty = tasks.length === 0 && toasts.length === 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering only holds the toasts; nothing is done on it
    <div
      className={`status-area${empty ? ' is-empty' : ''}${floating ? ' is-floating' : ''}`}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div role="status" aria-live="polite" aria-label="Progress" className="status-tasks">
        <StatusTasks tasks={tasks} words={taskWords} onDismiss={dismissTask} />
      </div>
      <div className={`toasts${moreAbove ? ' has-more-above' : ''}`} ref={cards} onScroll={seeMoreAbove}>
        {stacks.map((stack) => (
          <ToastStack
            key={stack.kind}
            toasts={stack.toasts}
            order={newestLast.indexOf(stack)}
            onUndo={undo}
            onDismiss={dismiss}
            onAction={act}
          />
        ))}
      </div>
    </div>
  );
}
