export interface ProgressProps {
  /** The accessible name ("Articles fetched"). */
  label: string;
  /** Done so far; left out while the amount of work is unknown. */
  value?: number;
  max?: number;
  /** The value in words, for assistive technology ("3 of 12"). */
  valueText?: string;
  className?: string;
}

/** How far some work has got: a thin bar, or a moving one while the amount is unknown. */
export function Progress({ label, value, max = 100, valueText, className }: ProgressProps) {
  const known = value !== undefined && max > 0;
  const percent = known ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      className={`progress${known ? '' : ' is-indeterminate'} ${className ?? ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={valueText}
    >
      {/* Slid in rather than widened: a bar that grows in width lays out the window on every frame it moves,
          beside a list being scrolled (issue 12); a slid one is only composited again. */}
      <div className="progress-bar" style={known ? { transform: `translateX(${percent - 100}%)` } : undefined} />
    </div>
  );
}
