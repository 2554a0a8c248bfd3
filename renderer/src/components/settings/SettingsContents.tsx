import { useLayoutEffect, useRef } from 'react';

export interface SettingsSectionLink {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/**
 * The settings' table of contents: one button per section that brings it into view. It also makes the
 * dialog open at its top: the dialog focuses the first field it finds (autofocus first), and without this
 * that is the bookmarklet's text box halfway down, scrolled into view.
 */
export function SettingsContents({ sections }: { sections: SettingsSectionLink[] }) {
  const nav = useRef<HTMLElement>(null);

  // A layout effect runs before the dialog's focus effect; React's own autoFocus sets no attribute to find.
  useLayoutEffect(() => {
    nav.current?.querySelector('button')?.setAttribute('autofocus', '');
  }, []);

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
