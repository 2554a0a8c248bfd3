import { useId, useState } from 'react';
import { useTags } from '../state/queries.ts';

const MAX_SUGGESTIONS = 8;

/**
 * A field that adds a tag, with the library's tags suggested as you type: arrows pick a suggestion,
 * Enter adds it (or what was typed). Tags in `taken` are not suggested again.
 */
export function TagInput({
  taken,
  onAdd,
  autoFocus = false,
  suggestWhenEmpty = true,
  placeholder = 'Type a tag and press Enter',
}: {
  taken: Set<string>;
  onAdd(tag: string): void;
  autoFocus?: boolean;
  /** Offer the library's tags before anything is typed (a dialog has room; a header does not). */
  suggestWhenEmpty?: boolean;
  placeholder?: string;
}) {
  const allTags = useTags();
  const id = useId();
  const [typed, setTyped] = useState('');
  // -1: nothing picked, Enter adds what was typed; arrows pick a suggestion.
  const [active, setActive] = useState(-1);
  const query = typed.trim().toLowerCase();
  const suggestions =
    query || suggestWhenEmpty
      ? (allTags.data?.tags ?? [])
          .filter((tag) => !taken.has(tag.name.toLowerCase()) && tag.name.toLowerCase().includes(query))
          .slice(0, MAX_SUGGESTIONS)
      : [];
  const activeSuggestion = suggestions[active];

  const add = (tag: string) => {
    const name = tag.trim();
    if (!name) return;
    setTyped('');
    setActive(-1);
    onAdd(name);
  };

  return (
    <>
      <input
        className="text-field tag-input"
        role="combobox"
        aria-label="Add a tag"
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls={`${id}-suggestions`}
        aria-activedescendant={activeSuggestion ? `${id}-suggestion-${active}` : undefined}
        placeholder={placeholder}
        value={typed}
        maxLength={64}
        // biome-ignore lint/a11y/noAutofocus: the tags dialog opens to type a tag
        autoFocus={autoFocus}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive(suggestions.length === 0 ? -1 : (active + 1) % suggestions.length);
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(
              suggestions.length === 0 ? -1 : (Math.max(active, 0) - 1 + suggestions.length) % suggestions.length,
            );
          } else if (event.key === 'Enter') {
            event.preventDefault();
            add(activeSuggestion ? activeSuggestion.name : typed);
          }
        }}
      />
      <div id={`${id}-suggestions`} role="listbox" aria-label="Suggested tags" className="tag-suggestions">
        {suggestions.map((tag, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (arrows/Enter)
          <div
            key={tag.name}
            id={`${id}-suggestion-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={`palette-item${index === active ? ' is-selected' : ''}`}
            // Keeps the field's focus, so a click on a suggestion is not a blur first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(tag.name)}
          >
            <span>{tag.name}</span>
            <span className="palette-section">{tag.count}</span>
          </div>
        ))}
      </div>
    </>
  );
}
