import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { Toast, ToastAction } from '../state/ui-store.ts';
import { Button, IconButton } from './Button.tsx';
import { CountToggle } from './CountToggle.tsx';

/**
 * Toasts of one kind stacked into one card: the latest message with its Undo, a count of the earlier
 * ones (shown on demand), and one Dismiss for them all. Errors are `alert`s, the rest `status`. A toast keeping the
 * reader's unsaved words stands alone (StatusArea), with its words and what can be done about them.
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
  const keptId = useId();
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
            <li key={toast.id}>{toast.message}</li>
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
      {latest.kept && (
        <q id={keptId} className="toast-kept">
          {latest.kept}
        </q>
      )}
      {latest.actions && (
        <div className="toast-actions">
          {/* Described by the words they act on: with two notes kept, each card's Try again says whose it is. */}
          {latest.actions.map((action) => (
            <Button
              key={action.label}
              size="sm"
              variant="ghost"
              aria-describedby={latest.kept ? keptId : undefined}
              onClick={() => onAction?.(latest, action)}
            >
              {action.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
