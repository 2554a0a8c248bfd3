import { useEffect, useRef } from 'react';
import type { Toast } from '../state/ui-store.ts';

const TOAST_MS = 8_000;
const ERROR_TOAST_MS = 15_000;
/** Once the pointer or focus leaves the corner, a note nearly timed out still stays long enough to be read again. */
const AFTER_HOLD_MS = 2_000;

/**
 * Each note leaves the corner on its own clock: a newer note does not give the older ones their time again (under a
 * stream of notes, none ever left), and the time a hold lasted (pointer or focus in the corner) does not count.
 * A note keeping the reader's unsaved words waits for the reader, never for a timer.
 */
export function useToastTimers(toasts: Toast[], held: boolean, dismiss: (id: number) => void): void {
  /** Time each shown note has left, measured when its clock last stopped. */
  const left = useRef(new Map<number, number>());
  const wasHeld = useRef(held);

  useEffect(() => {
    const afterHold = wasHeld.current && !held;
    wasHeld.current = held;
    const shown = new Set(toasts.map((toast) => toast.id));
    for (const id of left.current.keys()) if (!shown.has(id)) left.current.delete(id);
    if (held) return;
    const started = Date.now();
    const timed = toasts.filter((toast) => toast.kept === undefined);
    const timers = timed.map((toast) => {
      const full = toast.kind === 'error' ? ERROR_TOAST_MS : TOAST_MS;
      const remaining = left.current.get(toast.id) ?? full;
      const wait = afterHold ? Math.max(remaining, AFTER_HOLD_MS) : remaining;
      left.current.set(toast.id, wait);
      return window.setTimeout(() => dismiss(toast.id), wait);
    });
    return () => {
      const elapsed = Date.now() - started;
      for (const timer of timers) window.clearTimeout(timer);
      for (const toast of timed) {
        const wait = left.current.get(toast.id);
        if (wait !== undefined) left.current.set(toast.id, Math.max(0, wait - elapsed));
      }
    };
  }, [toasts, held, dismiss]);
}
