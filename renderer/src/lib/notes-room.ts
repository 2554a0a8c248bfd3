import { useLayoutEffect, useSyncExternalStore } from 'react';

/** Characters a line the article keeps beside the notes panel: a reader's measure (fewer reads as a column of news). */
const MEASURE = 55;
/** A character of the bundled faces, on average, in ems: a little over what they draw, so 55 always fit. */
const CHARACTER_EM = 0.5;
/** The reading column's padding at each side (.reader-page's --column adds 48px). */
const COLUMN_PADDING = 48;
/** The notes panel's widths: its own, and the narrower one that leaves the article its measure in a tight reader. */
const NOTES_WIDTHS = [320, 264] as const;

export interface NotesRoom {
  /** Too little room beside the article even for the narrower panel: the notes open over it, as a drawer. */
  drawer: boolean;
  /** The panel's width beside the article (and the drawer's, less its padding). */
  notesWidth: number;
}

/**
 * Where the notes go in a reader this wide, for an article set at this size: beside it at the widest width that
 * leaves the text its measure, else over it. The reader's own width decides (the sidebar takes some of the window's).
 */
export function notesRoomFor(readerWidth: number, fontSize: number): NotesRoom {
  const textWidth = COLUMN_PADDING + MEASURE * CHARACTER_EM * fontSize;
  const notesWidth = NOTES_WIDTHS.find((width) => readerWidth - width >= textWidth);
  return notesWidth === undefined ? { drawer: true, notesWidth: NOTES_WIDTHS[1] } : { drawer: false, notesWidth };
}

// One reader at a time: its room is kept here, for its toolbar and for commands, which run outside React.
let room: NotesRoom = { drawer: false, notesWidth: NOTES_WIDTHS[0] };
const listeners = new Set<() => void>();
function publish(next: NotesRoom): void {
  if (next.drawer === room.drawer && next.notesWidth === room.notesWidth) return;
  room = next;
  for (const listener of listeners) listener();
}

/** The notes open over the article now (for commands). */
export const isNotesDrawer = (): boolean => room.drawer;

/** The room the open reader leaves its notes, as it changes. */
export function useNotesRoom(): NotesRoom {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => room,
  );
}

/**
 * Follows the reader's width. Measured before the first paint too, so a notes panel never shows beside an article
 * with no room for it and then jumps over it (taking the keyboard as a drawer does).
 */
export function useMeasureNotesRoom(element: HTMLElement | null, fontSize: number): void {
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const width = element.getBoundingClientRect().width;
      // Not laid out (a test's document): nothing to go by, the notes stay where they were.
      if (width > 0) publish(notesRoomFor(width, fontSize));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fontSize]);
}
