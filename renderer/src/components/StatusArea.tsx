import { useEffect } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';

const TOAST_MS = 8_000;
const ERROR_TOAST_MS = 15_000;

/** Long work in progress, what just happened (with Undo), and what went wrong, in one corner. */
export function StatusArea() {
  const { ui } = useServices();
  const tasks = useUi((state) => state.tasks);
  const toasts = useUi((state) => state.toasts);

  useEffect(() => {
    const timers = toasts.map((toast) =>
      window.setTimeout(() => ui.dismiss(toast.id), toast.kind === 'error' ? ERROR_TOAST_MS : TOAST_MS),
    );
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [toasts, ui]);

  return (
    <div className="status-area">
      <div role="status" aria-live="polite" aria-label="Progress" className="status-tasks">
        {tasks.map((task) => (
          <div key={task.taskId} className={`task task-${task.state}`}>
            <span className="task-label">
              {task.label}
              {task.state === 'failed' && task.message ? `: ${task.message}` : ''}
              {task.state === 'done' ? ' — done' : ''}
            </span>
            {task.state === 'running' && (
              <progress
                aria-label={task.label}
                max={task.total || undefined}
                value={task.total ? task.done : undefined}
              />
            )}
          </div>
        ))}
      </div>
      <div className="toasts">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{toast.message}</span>
            {toast.undoId !== undefined && (
              <button type="button" className="button button-small" onClick={() => void ui.undo(toast.undoId)}>
                Undo
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => ui.dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
