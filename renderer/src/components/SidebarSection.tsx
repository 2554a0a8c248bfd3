import { type HTMLAttributes, type ReactNode, useEffect, useRef, useState } from 'react';
import { readRemembered, remember } from '../lib/remembered.ts';
import { useRovingFocus } from '../lib/use-roving-focus.ts';

/**
 * One section of the sidebar (Stories, Feeds, Tags…): a navigation region named for it, one Tab stop whose
 * buttons the arrows move between, and whose heading folds it away. Folded sections are remembered, so a long list of tags can stay out of the way; one opens
 * again when the window comes to a place inside it, so the reader sees where they are.
 */
export function SidebarSection({
  label,
  actions,
  headerProps,
  currentPlace,
  children,
}: {
  label: string;
  /** Buttons beside the heading (Refresh, Manage…), shown while the section is open. */
  actions?: ReactNode;
  /** Extra props of the heading row (the feeds' heading takes dropped feeds). */
  headerProps?: HTMLAttributes<HTMLDivElement>;
  /** The place the window shows (a tag, a feed, a story), named, when it is one of this section's. */
  currentPlace?: string;
  children: ReactNode;
}) {
  const key = `folded.${label}`;
  const [folded, setFolded] = useState(() => readRemembered(key) === 'yes');
  // Unfolded on arriving at one of its places ("Go to tag…", a link, the palette), during the render, so the place
  // is there when the sidebar scrolls it into view. Only on arriving, at each place: folded again there, it stays
  // folded until the reader goes to another of its places.
  const [placeSeen, setPlaceSeen] = useState<string | undefined>(undefined);
  if (currentPlace !== placeSeen) {
    setPlaceSeen(currentPlace);
    if (currentPlace !== undefined && folded) setFolded(false);
  }
  useEffect(() => remember(key, folded ? 'yes' : null), [key, folded]);
  const toggle = () => setFolded(!folded);
  // One Tab stop for the whole section, the arrows within it.
  const nav = useRef<HTMLElement>(null);
  useRovingFocus(nav);
  return (
    <nav ref={nav} aria-label={label} className="sidebar-section">
      <div {...headerProps} className={`section-header ${headerProps?.className ?? ''}`}>
        <h2>
          <button type="button" className="section-toggle" aria-expanded={!folded} onClick={toggle}>
            <span className="section-chevron" aria-hidden="true">
              {folded ? '▸' : '▾'}
            </span>
            {label}
          </button>
        </h2>
        {!folded && actions && <span className="section-actions">{actions}</span>}
      </div>
      {!folded && children}
    </nav>
  );
}
