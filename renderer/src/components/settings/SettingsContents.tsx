import { useEffect, useLayoutEffect, useRef } from 'react';

/** What the reader does that ends keeping an asked-for section in view. */
const READER_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

export interface SettingsSectionLink {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/**
 * The settings' table of contents: one button per section that brings it into view. It also makes the
 * dialog open at its top: the dialog focuses the first field it finds (autofocus first), and without this
 * that is the bookmarklet's text box halfway down, scrolled into view. Opened for one section (`at`, the id
 * of its heading: "Sync with your other computers…"), the dialog opens there instead, its heading focused.
 */
export function SettingsContents({ sections, at = null }: { sections: SettingsSectionLink[]; at?: string | null }) {
  const nav = useRef<HTMLElement>(null);

  // A layout effect runs before the dialog's focus effect; React's own autoFocus sets no attribute to find.
  useLayoutEffect(() => {
    const heading = at ? document.getElementById(at) : null;
    if (heading) {
      heading.tabIndex = -1;
      heading.setAttribute('data-autofocus', '');
    } else nav.current?.querySelector('button')?.setAttribute('autofocus', '');
  }, [at]);

  // Focus brings the heading just into view; its section is brought to the top, as the contents' links do, and
  // kept there while the sections above and below fill in (devices, duplicates), until the reader scrolls or types.
  useEffect(() => {
    const section = at ? document.getElementById(at)?.closest('section') : null;
    if (!section) return;
    const bringUp = () => section.scrollIntoView?.({ block: 'start' });
    const frame = requestAnimationFrame(bringUp);
    const filling = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(bringUp);
    for (const part of section.parentElement?.children ?? []) filling?.observe(part);
    const stop = () => {
      filling?.disconnect();
      for (const kind of READER_MOVES) window.removeEventListener(kind, stop, true);
    };
    for (const kind of READER_MOVES) window.addEventListener(kind, stop, true);
    const settled = window.setTimeout(stop, 1500);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(settled);
      stop();
    };
  }, [at]);

  function show(id: string) {
    const heading = document.getElementById(id);
    if (!heading) return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    heading.closest('section')?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    // The heading takes focus so Tab continues inside the section the reader went to.
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }

  return (
    <nav ref={nav} aria-label="Settings sections" className="settings-contents">
      {sections.map((section) => (
        <button key={section.id} type="button" className="settings-contents-link" onClick={() => show(section.id)}>
          {section.label}
        </button>
      ))}
    </nav>
  );
}
