import { useMemo, useState } from 'react';
import { targetIds } from '../commands/context.ts';
import { useCommands } from '../commands/use-commands.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useArticle, useArticleList, useSettings, useTags } from '../state/queries.ts';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';

const MAX_SUGGESTIONS = 8;

/** Tags of the open, selected or ticked articles: shown as chips, added with autocomplete. */
export function TagsDialog() {
  const { library } = useServices();
  const { context } = useCommands();
  const initial = useMemo(() => context(), [context]);
  const ids = useMemo(() => targetIds(initial), [initial]);
  const single = useArticle(ids.length === 1 ? (ids[0] ?? null) : null);
  // The list as shown now (it refreshes after every change), for several articles' tags.
  const view = useUi((state) => state.view);
  const tagFilter = useUi((state) => state.tagFilter);
  const tagMode = useUi((state) => state.tagMode);
  const live = useArticleList(view, useSettings().data?.sort, tagFilter, tagMode);
  const allTags = useTags();
  const [typed, setTyped] = useState('');
  // -1: nothing picked, Enter adds what was typed; arrows pick a suggestion.
  const [active, setActive] = useState(-1);

  // Tags on every target, and on some of them (several articles at once).
  const fromList = (live.data?.articles ?? initial.articles).filter((article) => ids.includes(article.id));
  const tagSets = single.data ? [single.data.tags] : fromList.map((article) => article.tags);
  const counts = new Map<string, number>();
  for (const tags of tagSets) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const current = [...counts.entries()];

  // Tags every target already has are not suggested again.
  const taken = new Set(current.filter(([, n]) => n === ids.length).map(([tag]) => tag.toLowerCase()));
  const query = typed.trim().toLowerCase();
  const suggestions = (allTags.data?.tags ?? [])
    .filter((tag) => !taken.has(tag.name.toLowerCase()) && tag.name.toLowerCase().includes(query))
    .slice(0, MAX_SUGGESTIONS);

  async function add(tag: string) {
    const name = tag.trim();
    if (!name) return;
    setTyped('');
    setActive(-1);
    await library.tag(ids, [name], []);
  }

  const title = ids.length === 1 ? 'Tags' : `Tags of ${ids.length} articles`;
  const activeSuggestion = suggestions[active];
  return (
    <Dialog title={title} className="tags-dialog">
      <DialogHeader title={title} />
      <ul className="tag-chips" aria-label="Current tags">
        {current.length === 0 && <li className="muted">No tags yet.</li>}
        {current.map(([tag, n]) => (
          <li key={tag} className="tag-chip">
            <span>
              {tag}
              {ids.length > 1 && n < ids.length ? ` (${n} of ${ids.length})` : ''}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => void library.tag(ids, [], [tag])}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="text-field tag-input"
        role="combobox"
        aria-label="Add a tag"
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls="tag-suggestions"
        aria-activedescendant={activeSuggestion ? `tag-suggestion-${active}` : undefined}
        placeholder="Type a tag and press Enter"
        value={typed}
        maxLength={64}
        autoFocus
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
            void add(activeSuggestion ? activeSuggestion.name : typed);
          }
        }}
      />
      <div id="tag-suggestions" role="listbox" aria-label="Suggested tags" className="tag-suggestions">
        {suggestions.map((tag, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (arrows/Enter)
          <div
            key={tag.name}
            id={`tag-suggestion-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={`palette-item${index === active ? ' is-selected' : ''}`}
            onClick={() => void add(tag.name)}
          >
            <span>{tag.name}</span>
            <span className="palette-section">{tag.count}</span>
          </div>
        ))}
      </div>
      <p className="muted">Enter adds what you typed, or the highlighted suggestion. Esc closes.</p>
    </Dialog>
  );
}
