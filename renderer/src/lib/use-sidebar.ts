import { useServices, useUi } from '../state/app-context.tsx';
import { notesShown } from '../state/ui-store.ts';
import { useNotesRoom } from './notes-room.ts';
import { useMediaQuery } from './use-media-query.ts';

/** Below this width the sidebar starts hidden, behind a toggle, so the list and the article keep their room. */
export const NARROW_WINDOW = '(max-width: 1099px)';

/** Whether the sidebar is shown in a window of this width, and the way to show or hide it. */
export function useSidebar(): { shown: boolean; toggle: () => void } {
  const { ui } = useServices();
  const narrow = useMediaQuery(NARROW_WINDOW);
  const shown = useUi((state) => (narrow ? state.sidebar.narrow : state.sidebar.wide));
  return { shown, toggle: () => ui.toggleSidebar(narrow) };
}

/** The window is narrow now (for commands, which run outside React). */
export const isNarrowWindow = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia(NARROW_WINDOW).matches;

/**
 * Whether the notes panel is shown (in a narrow window it takes turns with the sidebar), whether it is a drawer over
 * the article rather than a panel beside it (the reader too narrow for both: notes-room.ts), and its toggle.
 */
export function useNotesPanel(): { shown: boolean; drawer: boolean; toggle: () => void } {
  const { ui } = useServices();
  const narrow = useMediaQuery(NARROW_WINDOW);
  const { drawer } = useNotesRoom();
  const shown = useUi((state) => notesShown(state, narrow, drawer));
  return { shown, drawer, toggle: () => ui.toggleNotes(narrow, drawer) };
}
