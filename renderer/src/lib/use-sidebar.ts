import { useServices, useUi } from '../state/app-context.tsx';
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
