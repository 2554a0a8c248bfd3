import { type ReactNode, useId, useState } from 'react';
import { Dialog } from './Dialog.tsx';

export interface QuickPickerOption {
  /** Unique among the options; the option's element id is built from it. */
  id: string;
  /** What the option shows (its accessible name is its text). */
  content: ReactNode;
  checked?: boolean | undefined;
}

/**
 * A dialog that finds one thing by typing (the command palette, "Go to tag…"): a combobox that filters a
 * listbox, arrows to move, Enter or a click to take the active option.
 */
export function QuickPicker({
  title,
  inputLabel,
  listLabel,
  query,
  onQuery,
  options,
  empty,
  busy = false,
  onPick,
}: {
  title: string;
  inputLabel: string;
  listLabel: string;
  query: string;
  onQuery(query: string): void;
  options: QuickPickerOption[];
  /** Said when nothing matches the query (or, while busy, that the options are on their way). */
  empty: ReactNode;
  /** The options are still loading. */
  busy?: boolean;
  onPick(index: number): void;
}) {
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  // By place in the list: names that differ only in punctuation ("a.b", "a b") must not share an element id.
  const pickerId = useId();
  const idOf = (option: QuickPickerOption) => `${pickerId}-${options.indexOf(option)}`;
  const step = (delta: number) => setActive((activeIndex + delta + options.length) % Math.max(1, options.length));
  return (
    <Dialog title={title} className="palette">
      <input
        className="text-field palette-input"
        role="combobox"
        aria-label={inputLabel}
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={options[activeIndex] ? idOf(options[activeIndex]) : undefined}
        placeholder={`${inputLabel}…`}
        value={query}
        autoFocus
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            step(event.key === 'ArrowDown' ? 1 : -1);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (options[activeIndex]) onPick(activeIndex);
          }
        }}
      />
      <div id="palette-list" role="listbox" aria-label={listLabel} aria-busy={busy} className="palette-list">
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (arrows/Enter) through aria-activedescendant
          <div
            key={option.id}
            id={idOf(option)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            aria-checked={option.checked}
            className={`palette-item${index === activeIndex ? ' is-selected' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => onPick(index)}
          >
            {option.content}
          </div>
        ))}
      </div>
      {/* Beside the list, not in it: a listbox holds options only, and the empty state may offer a button. */}
      {options.length === 0 && (
        <div className="muted palette-empty" role="status">
          {empty}
        </div>
      )}
    </Dialog>
  );
}
