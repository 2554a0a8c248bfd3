import { ChevronUp } from 'lucide-react';

/** "+3 ⌃": how many more notes lie behind the one shown, and the button that shows or hides them. */
export function CountToggle({
  count,
  expanded,
  noun,
  onToggle,
}: {
  count: number;
  expanded: boolean;
  /** What is counted, singular and plural: ['earlier message', 'earlier messages']. */
  noun: readonly [string, string];
  onToggle(): void;
}) {
  const [one, many] = noun;
  return (
    <button
      type="button"
      className="toast-count"
      aria-expanded={expanded}
      aria-label={`${count} ${count === 1 ? one : many}`}
      data-tooltip={expanded ? `Hide the ${many}` : `Show the ${many}`}
      onClick={onToggle}
    >
      +{count}
      <ChevronUp aria-hidden="true" size={12} strokeWidth={2} className={expanded ? 'is-flipped' : ''} />
    </button>
  );
}
