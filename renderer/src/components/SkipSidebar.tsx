import { useServices, useUi } from '../state/app-context.tsx';

/**
 * The page's first stop for Tab, shown only while it has the focus: past the sidebar (thirty stories, every feed
 * twice, the tags) straight to the view, where the keys go on: the article open, or the view's list or heading.
 */
export function SkipSidebar() {
  const { ui } = useServices();
  const reading = useUi((state) => state.openId !== null);
  return (
    <button
      type="button"
      className="skip-sidebar"
      onClick={() => {
        if (reading) document.querySelector<HTMLElement>('section[aria-label="Article"]')?.focus();
        else ui.focusNextView();
      }}
    >
      Skip the sidebar
    </button>
  );
}
