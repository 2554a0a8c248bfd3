import { useEffect, useMemo, useRef } from 'react';

/**
 * Keys typed before the field they are meant for is there: "Highlight + note" opens the note only once the highlight
 * is written, a second or more on a busy computer, and the words typed meanwhile ran as shortcuts (m marked the
 * article read, a archived it, t opened Tags). Between `start` and `take` the typed characters are kept instead.
 * Escape, or any key with Ctrl, ⌘ or Alt, still does what it does.
 */
export function useTypedAhead() {
  const typed = useRef<string | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (typed.current === null || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key === 'Escape') {
        typed.current = null;
        return;
      }
      if (event.key === 'Enter') typed.current += '\n';
      else if (event.key === 'Backspace') typed.current = typed.current.slice(0, -1);
      else if (event.key.length === 1) typed.current += event.key;
      else return;
      // Before the app's shortcuts (and the article frame's keys, which come through the window too).
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return useMemo(
    () => ({
      start: () => {
        typed.current = '';
      },
      cancel: () => {
        typed.current = null;
      },
      /** What was typed since `start`; keys go their own way again. */
      take: () => {
        const text = typed.current ?? '';
        typed.current = null;
        return text;
      },
    }),
    [],
  );
}
