import type { LucideIcon } from 'lucide-react';
import { type ButtonHTMLAttributes, forwardRef } from 'react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import { tooltipProps } from './shortcuts.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one thing to do here; secondary: the others; ghost: toolbars; danger: deletes; link: inline. */
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** An icon before the words (lucide-react). */
  icon?: LucideIcon;
  /** An icon after the words (a chevron, an arrow out). */
  iconEnd?: LucideIcon;
  /** The command this button runs: its shortcut is shown in the tooltip and told to assistive technology. */
  command?: CommandId;
  /** What the tooltip says (by default nothing, unless a command gives a shortcut to name). */
  tooltip?: string;
}

/** The one button of Annals: variants and sizes from the tokens, an optional icon, a tooltip naming its key. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', icon: Icon, iconEnd: IconEnd, command, tooltip, className, children, ...rest },
  ref,
) {
  const label = tooltip ?? (command && typeof children === 'string' ? children : undefined);
  return (
    <button
      ref={ref}
      type="button"
      {...tooltipProps(label, command)}
      {...rest}
      className={['button', `button-${variant}`, size === 'sm' ? 'button-small' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      {Icon && <Icon className="button-icon" aria-hidden="true" size={size === 'sm' ? 14 : 16} strokeWidth={1.75} />}
      {children}
      {IconEnd && <IconEnd className="button-icon" aria-hidden="true" size={14} strokeWidth={1.75} />}
    </button>
  );
});

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> {
  /** The accessible name, also what the tooltip says. */
  label: string;
  icon: LucideIcon;
  command?: CommandId;
  size?: 'sm' | 'md';
}

/** A button that is only an icon: named for assistive technology, and by a tooltip with its shortcut. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon: Icon, command, size = 'md', className, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      {...tooltipProps(label, command)}
      {...rest}
      className={['icon-button', size === 'sm' ? 'icon-button-small' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <Icon aria-hidden="true" size={size === 'sm' ? 15 : 18} strokeWidth={1.75} />
    </button>
  );
});
