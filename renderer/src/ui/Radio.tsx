import type { LucideIcon } from 'lucide-react';
import { useId } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  icon?: LucideIcon;
  /** A quieter word after the label, in the list variant ("3 articles"). */
  detail?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  /** Keep the legend for assistive technology only. */
  hideLegend?: boolean;
  value: T | null;
  options: readonly RadioOption<NoInfer<T>>[];
  onChange(value: NoInfer<T>): void;
  /**
   * segmented: a row of joined choices (theme, font); list: one per line with its words (formats);
   * swatch: colour dots named by their colour (highlights, tags).
   */
  variant?: 'segmented' | 'list' | 'swatch';
  name?: string;
  className?: string;
}

/**
 * One choice among several, as native radio buttons (arrow keys move, roles and names are the
 * platform's) drawn three ways.
 */
export function RadioGroup<T extends string>({
  legend,
  hideLegend = false,
  value,
  options,
  onChange,
  variant = 'segmented',
  name,
  className,
}: RadioGroupProps<T>) {
  const generated = useId();
  const group = name ?? generated;
  return (
    <fieldset className={`radio-group radio-${variant} ${className ?? ''}`}>
      <legend className={hideLegend ? 'visually-hidden' : 'field-label'}>{legend}</legend>
      <div className="radio-options">
        {options.map((option) => {
          const Icon = option.icon;
          const checked = option.value === value;
          return (
            <label
              key={option.value}
              className={`radio-option${variant === 'swatch' ? ` swatch swatch-${option.value}` : ''}${checked ? ' is-checked' : ''}`}
              {...(variant === 'swatch' ? { 'data-tooltip': option.label } : {})}
            >
              <input
                type="radio"
                name={group}
                value={option.value}
                checked={checked}
                aria-label={variant === 'swatch' ? option.label : undefined}
                onChange={() => onChange(option.value)}
              />
              {variant === 'list' && <span className="radio-dot" aria-hidden="true" />}
              {Icon && <Icon aria-hidden="true" size={15} strokeWidth={1.75} />}
              {variant !== 'swatch' && <span className="radio-label">{option.label}</span>}
              {variant === 'list' && option.detail && (
                <>
                  {' '}
                  <span className="radio-detail">{option.detail}</span>
                </>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
