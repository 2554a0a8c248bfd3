import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { readRemembered, remember } from '../lib/remembered.ts';

/**
 * One section of the sidebar (Stories, Feeds, Tags…): a navigation region named for it, whose heading
 * folds it away. Folded sections are remembered, so a long list of tags can stay out of the way.
 */
export function SidebarSection({
  label,
  actions,
  headerProps,
  children,
}: {
  label: string;
  /** Buttons beside the heading (Refresh, Manage…), shown while the section is open. */
  actions?: ReactNode;
  /** Extra props of the heading row (the feeds' heading takes dropped feeds). */
  headerProps?: HTMLAttributes<HTMLDivElement>;
  children: ReactNode;
}) {
  const key = `folded.${label}`;
  const [folded, setFolded] = useState(() => readRemembered(key) === 'yes');
  const toggle = () => {
    remember(key, folded ? null : 'yes');
    setFolded(!folded);
  };
  return (
    <nav aria-label={label} className="sidebar-section">
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
