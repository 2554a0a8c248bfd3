import { X } from 'lucide-react';
import { useState } from 'react';
import type { Toast, ToastAction } from '../state/ui-store.ts';
import { Button, IconButton } from './Button.tsx';
import { CountToggle } from './CountToggle.tsx';

/**
 * Toasts of one kind stacked into one card: the latest message with its Undo, a count of the earlier
 * ones (shown on demand), and one Dismiss for them all. Errors are `alert`s, the rest `status`.
 */
export function ToastStack({
  toasts,
  onUndo,
  onDismiss,
  onAction,
  order,
}: {
  /** Oldest first, all of one kind. */
  toasts: Toast[];
  /** Where the card stands among its siblings, set by style so that its element (and a focus in it) stays put. */
  order?: number;
  onUndo(undoId: number): void;
  onDismiss(ids: number[]): void;
  onAction?(toast: Toast, action: ToastAction): void;
}) {
  const [expanded, setExpanded] = useState(false);
  const latest = toasts.at(-1);
  if (!latest) return null;
  const earlier = toasts.slice(0, -1);
  return (
    <div
      className={`toast toast-${latest.kind}`}
      role={latest.kind === 'error' ? 'alert' : 'status'}
      style={order === undefined ? undefined : { order }}
    >
      {expanded && earlier.length > 0 && (
        <ol className="toast-earlier" aria-label="Earlier messages">
          {earlier.map((toast) => (
            <li key={toast.id}>
              {toast.message}
              {toast.kept && <q className="toast-kept">{toast.kept}</q>}
            </li>
          ))}
        </ol>
      )}
      <div className="toast-latest">
        <span className="toast-message">{latest.message}</span>
        {earlier.length > 0 && (
          <CountToggle
            count={earlier.length}
            expanded={expanded}
            noun={['earlier message', 'earlier messages']}
            onToggle={() => setExpanded((shown) => !shown)}
          />
        )}
        {latest.undoId !== undefined && (
          <Button
            size="sm"
            variant="ghost"
            className="toast-undo"
            command="edit.undo"
            onClick={() => latest.undoId !== undefined && onUndo(latest.undoId)}
          >
            Undo
          </Button>
        )}
        <IconButton size="sm" label="Dismiss" icon={X} onClick={() => onDismiss(toasts.map((toast) => toast.id))} />
      </div>
      {latest.kept && <q className="toast-kept">{latest.kept}</q>}
      {latest.actions && (
        <div className="toast-actions">
          {latest.actions.map((action) => (
            <Button key={action.label} size="sm" variant="ghost" onClick={() => onAction?.(latest, action)}>
              {action.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
