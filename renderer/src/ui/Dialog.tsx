import { X } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';
import { IconButton } from './Button.tsx';
import { currentPlaces, isCurrentPlace } from './current-place.ts';
import { returnFocus } from './return-focus.ts';

/** The control that opened a dialog closing now, for a dialog that opens in its place. */
let handedOver: HTMLElement | null = null;

/**
 * A modal dialog: takes focus, keeps Tab inside, closes on Escape or a click outside, and gives
 * focus back to the control that opened it (or to the one marked `data-return-focus` with its name).
 */
export function Dialog({
  title,
  children,
  className = '',
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const { ui } = useServices();
  const box = useRef<HTMLDivElement>(null);
  // Which dialog this is, as it opened: the name a control marks itself with to take the focus back.
  const openedAs = useUi((state) => state.dialog);
  const name = useRef(openedAs);
  // What had the focus as it opened, read before a field inside it (autoFocus) takes the focus.
  const focusedAtOpen = useRef<Element | null | undefined>(undefined);
  if (focusedAtOpen.current === undefined) focusedAtOpen.current = document.activeElement;

  useEffect(() => {
    // A dialog that takes another's place (the palette runs "Export…") gives the focus back where that one would.
    const before = focusedAtOpen.current;
    const opener =
      before instanceof HTMLElement && before.isConnected && before !== document.body ? before : handedOver;
    handedOver = null;
    const openerWasCurrent = opener !== null && isCurrentPlace(opener);
    const placesAtOpen = currentPlaces();
    // What it marks to be focused first (data-autofocus), else the first field to fill in, else the
    // dialog itself (Tab then reaches its first control).
    const first =
      box.current?.querySelector<HTMLElement>('[data-autofocus], [autofocus]') ??
      box.current?.querySelector<HTMLElement>('input[type="text"], input[type="search"], input:not([type]), textarea');
    (first ?? box.current)?.focus();
    return () => {
      handedOver = opener;
      requestAnimationFrame(() => {
        handedOver = null;
      });
      returnFocus(name.current ?? 'dialog', opener, { openerWasCurrent, placesAtOpen });
    };
  }, []);

  useEffect(() => {
    const dialog = box.current;
    if (!dialog) return;
    // A control that goes away while focused (Import, once the import is done) drops the focus to the page,
    // where Escape and Tab no longer reach the dialog: it comes back to the dialog instead.
    const observer = new MutationObserver(() => {
      if (document.activeElement === null || document.activeElement === document.body) dialog.focus();
    });
    observer.observe(dialog, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      ui.closeDialog();
    } else if (event.key === 'Tab' && box.current) {
      const focusable = [
        ...box.current.querySelectorAll<HTMLElement>(
          'input:not([hidden]), button, select, textarea, a[href], [tabindex="0"]',
        ),
      ].filter((element) => !element.hasAttribute('disabled') && !element.hidden);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the dialog closes it; Escape does the same from the keyboard
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) ui.closeDialog();
      }}
    >
      <div
        ref={box}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}

export function DialogHeader({ title }: { title: string }) {
  const { ui } = useServices();
  return (
    <header className="dialog-header">
      <h2>{title}</h2>
      <IconButton label="Close" icon={X} aria-keyshortcuts="Escape" onClick={() => ui.closeDialog()} />
    </header>
  );
}
