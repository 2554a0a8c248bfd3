import type { ReactNode } from 'react';

/** A link-like button that shows more of a card (a sentence, a list of sources) and fewer again, saying which it does. */
export function ShowMoreButton({
  className,
  expanded,
  controls,
  onToggle,
  children,
}: {
  className: string;
  expanded: boolean;
  /** The id of what it shows more of, when that is one element. */
  controls?: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`link-button ${className}`}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
