import { ChevronDown } from 'lucide-react';
import type { SelectHTMLAttributes } from 'react';

export interface SelectOption<T extends string | number> {
  value: T;
  label: string;
}

export interface SelectProps<T extends string | number>
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  /** Shown beside the field, and its accessible name. */
  label: string;
  /** Keep the words for assistive technology only. */
  hideLabel?: boolean;
  value: T;
  options: readonly SelectOption<NoInfer<T>>[];
  onChange(value: NoInfer<T>): void;
}

/**
 * A choice among a few: the platform's select (its keyboard and screen-reader behaviour are the best
 * there is), drawn in Annals' own style.
 */
export function Select<T extends string | number>({
  label,
  hideLabel = false,
  value,
  options,
  onChange,
  className,
  ...rest
}: SelectProps<T>) {
  return (
    <label className={`select-field ${className ?? ''}`}>
      <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
      <span className="select">
        <select
          {...rest}
          value={String(value)}
          onChange={(event) => {
            const chosen = options.find((option) => String(option.value) === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown className="select-chevron" aria-hidden="true" size={14} strokeWidth={2} />
      </span>
    </label>
  );
}
