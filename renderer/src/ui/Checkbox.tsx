import type { InputHTMLAttributes, ReactNode } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
}

/**
 * A yes-or-no choice with its words: a native checkbox (keys, forms, roles), drawn by ui/fields.css
 * like every checkbox in the app.
 */
export function Checkbox({ checked, onChange, children, className, ...rest }: CheckboxProps) {
  return (
    <label className={`checkbox ${className ?? ''}`}>
      <input {...rest} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
