import { useEffect, useRef } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';

/** The search box: / focuses it, Esc empties it, results show as you type. */
export function SearchField() {
  const { ui } = useServices();
  const value = useUi((state) => state.search);
  const focusRequest = useUi((state) => state.searchFocus);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    field.current?.focus();
    ui.fieldFocused('search');
  }, [focusRequest, ui]);
  return (
    <input
      ref={field}
      type="search"
      className="text-field search-field"
      aria-label="Search the library"
      // Short enough to show whole in any window; the syntax is in the keyboard help (?).
      placeholder="Search (/)"
      value={value}
      spellCheck={false}
      onChange={(event) => ui.setSearch(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.preventDefault();
          event.stopPropagation();
          ui.setSearch('');
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          document.querySelector<HTMLButtonElement>('.search-results .result')?.focus();
        }
      }}
    />
  );
}
