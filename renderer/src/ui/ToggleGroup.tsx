import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  icon?: LucideIcon;
  /** What the tooltip says, when the label alone does not tell what the choice does. */
  tooltip?: string;
}

/**
 * A few choices of how a view is shown (zoom, lanes), as pressed buttons on one track: toolbar
 * buttons a click or Enter switches, named by their words. `before` and `after` sit on the same
 * track (zoom in and out around the zoom levels).
 */
export function ToggleGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  before,
  after,
  disabled = false,
}: {
  legend: string;
  value: T;
  options: readonly ToggleOption<NoInfer<T>>[];
  onChange(value: NoInfer<T>): void;
  before?: ReactNode;
  after?: ReactNode;
  /** Not offered now: the whole group, `before` and `after` too (a disabled fieldset disables what it holds). */
  disabled?: boolean;
}) {
  return (
    <fieldset className="toggle-group" disabled={disabled}>
      <legend className="field-label">{legend}</legend>
      <div className="toggle-group-track">
        {before}
        {options.map((option) => (
          <Button
            key={option.value}
            size="sm"
            variant="ghost"
            icon={option.icon}
            tooltip={option.tooltip}
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        ))}
        {after}
      </div>
    </fieldset>
  );
}
