import { ChevronDown, X } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useEscapeLayer } from '../lib/escape-layers.ts';
import { wordMatcher } from '../lib/word-match.ts';

export interface FilterChoice {
  value: string;
  label: string;
  /** Said after the label, quieter (a count of highlights). */
  detail?: string;
}

/**
 * A filter among hundreds of choices (the Highlights view's articles), found by typing: an editable combobox whose
 * list narrows to the choices holding every word typed. Arrows move through the list, Enter takes the choice, Esc
 * gives back the one there was; the first choice, `anyLabel`, clears the filter, as does the × beside the field.
 * A native select listed every title in one long menu, with no way to type more than a title's first letters.
 */
export function FilterCombobox({
  label,
  anyLabel,
  value,
  choices,
  onChange,
  disabled = false,
  className,
}: {
  label: string;
  /** The choice that filters nothing ("Any article"); its value is ''. */
  anyLabel: string;
  value: string;
  choices: readonly FilterChoice[];
  onChange(value: string): void;
  disabled?: boolean;
  className?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // What is typed while the list is open; null while it is closed (the field shows the choice).
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = typed !== null;
  const chosen = choices.find((choice) => choice.value === value);
  const matches = wordMatcher(typed ?? '');
  const shown: FilterChoice[] = [
    ...(typed ? [] : [{ value: '', label: anyLabel }]),
    ...choices.filter((choice) => matches(choice.label)),
  ];
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => setTyped(null);
  const take = (choice: FilterChoice | undefined) => {
    close();
    if (choice && choice.value !== value) onChange(choice.value);
  };
  const openList = () => {
    if (open) return;
    setTyped('');
    // The list opens on the current choice, so Enter alone keeps it.
    setActive(Math.max(0, choices.findIndex((choice) => choice.value === value) + 1));
  };
  // Esc closes the list before it leaves the view.
  useEscapeLayer(open, close);

  useLayoutEffect(() => {
    if (!open) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  return (
    <div className={`select-field filter-combobox ${className ?? ''}`}>
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="filter-combobox-field">
        <input
          ref={input}
          id={`${id}-input`}
          className="text-field"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={open && shown[activeIndex] ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder={open ? 'Type to find' : anyLabel}
          value={typed ?? chosen?.label ?? ''}
          onFocus={(event) => event.currentTarget.select()}
          onClick={openList}
          onBlur={close}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (!open) return openList();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((activeIndex + step + shown.length) % Math.max(1, shown.length));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              take(shown[activeIndex]);
            } else if ((event.key === 'Home' || event.key === 'End') && open && !typed) {
              event.preventDefault();
              setActive(event.key === 'Home' ? 0 : shown.length - 1);
            }
          }}
        />
        {value && !disabled ? (
          <button
            type="button"
            className="icon-button icon-button-small filter-combobox-clear"
            aria-label={`${anyLabel}: clear the ${label.toLowerCase()} filter`}
            onClick={() => {
              onChange('');
              input.current?.focus();
            }}
          >
            <X size={14} strokeWidth={2} aria-hidden="true" />
          </button>
        ) : (
          <ChevronDown className="select-chevron" aria-hidden="true" size={14} strokeWidth={2} />
        )}
        {open && (
          // Keeps the field's focus, so that a press on a choice, between two or on the scrollbar is not a blur (which
          // closes the list) first.
          <div
            id={`${id}-list`}
            role="listbox"
            aria-label={label}
            className="filter-combobox-list"
            onMouseDown={(event) => event.preventDefault()}
          >
            {shown.map((choice, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (arrows, Enter)
              <div
                key={choice.value}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === activeIndex}
                className={`palette-item${index === activeIndex ? ' is-selected' : ''}`}
                onMouseMove={() => setActive(index)}
                onClick={() => take(choice)}
              >
                <span className="filter-combobox-label">{choice.label}</span>
                {choice.detail && <span className="palette-section">{choice.detail}</span>}
              </div>
            ))}
          </div>
        )}
        {/* Beside the list, not in it: a listbox holds options only. */}
        {open && shown.length === 0 && (
          <p className="muted filter-combobox-list filter-combobox-empty" role="status">
            No {label.toLowerCase()} has all these words
          </p>
        )}
      </div>
    </div>
  );
}
