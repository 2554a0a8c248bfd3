import type { LucideIcon } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import { describeShortcut } from '../lib/keys.ts';
import { boxOf, Popover } from './Popover.tsx';
import { shortcutOf, tooltipProps } from './shortcuts.ts';

export interface MenuItem {
  label: string;
  icon?: LucideIcon;
  /** Its shortcut is shown beside it. */
  command?: CommandId;
  danger?: boolean;
  disabled?: boolean;
  onSelect(): void;
}

/**
 * A button that opens a menu of actions. Arrows, Home and End move; Enter or Space chooses; Escape or
 * Tab closes and gives focus back to the button.
 */
export function MenuButton({
  label,
  icon: Icon,
  items,
  children,
  className,
  disabled = false,
}: {
  /** The button's accessible name, also the tooltip and the menu's name. */
  label: string;
  icon?: LucideIcon;
  items: MenuItem[];
  /** Words shown on the button (an icon alone when left out). */
  children?: ReactNode;
  className?: string;
  /** Not offered now (the timeline it would export could not be loaded). */
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const id = useId();
  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);

  useEffect(() => {
    if (open) list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const move = (delta: number) => {
    const at = enabled.indexOf(active);
    setActive(enabled[(at + delta + enabled.length) % enabled.length] ?? 0);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${children ? 'button button-ghost' : 'icon-button'} ${className ?? ''}`}
        aria-haspopup="menu"
        disabled={disabled}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={children ? undefined : label}
        {...tooltipProps(label)}
        onClick={() => {
          setActive(enabled[0] ?? 0);
          setOpen((shown) => !shown);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(event.key === 'ArrowDown' ? (enabled[0] ?? 0) : (enabled.at(-1) ?? 0));
            setOpen(true);
          }
        }}
      >
        {Icon && <Icon aria-hidden="true" size={children ? 16 : 18} strokeWidth={1.75} />}
        {children}
      </button>
      {open && (
        <Popover
          anchor={() => boxOf(button.current)}
          placement={{ sides: ['bottom', 'top', 'left', 'right'], gap: 4 }}
          onClose={() => close(false)}
          keepOpenWithin={() => button.current}
          className="menu"
        >
          <div
            ref={list}
            id={id}
            role="menu"
            aria-label={label}
            tabIndex={-1}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') move(1);
              else if (event.key === 'ArrowUp') move(-1);
              else if (event.key === 'Home') setActive(enabled[0] ?? 0);
              else if (event.key === 'End') setActive(enabled.at(-1) ?? 0);
              else if (event.key === 'Escape') close();
              else if (event.key === 'Tab') return close(false);
              else return;
              event.preventDefault();
              event.stopPropagation();
            }}
          >
            {items.map((item, index) => {
              const shortcut = item.command ? shortcutOf(item.command) : undefined;
              const ItemIcon = item.icon;
              return (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  tabIndex={index === active ? 0 : -1}
                  disabled={item.disabled}
                  aria-keyshortcuts={shortcut}
                  className={`menu-item${item.danger ? ' is-danger' : ''}`}
                  onMouseEnter={() => !item.disabled && setActive(index)}
                  onClick={() => {
                    close();
                    item.onSelect();
                  }}
                >
                  {ItemIcon ? <ItemIcon aria-hidden="true" size={16} strokeWidth={1.75} /> : <span />}
                  <span>{item.label}</span>
                  {/* Said by aria-keyshortcuts: the name stays the item's words alone. */}
                  {shortcut && (
                    <span aria-hidden="true">
                      <kbd>{describeShortcut(shortcut)}</kbd>
                    </span>
                  )}
                </button>
              );
            })}
          </div>
        </Popover>
      )}
    </>
  );
}
