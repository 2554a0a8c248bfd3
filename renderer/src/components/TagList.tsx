import { useState } from 'react';
import { formatCount } from '../lib/plural.ts';
import { wordMatcher } from '../lib/word-match.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useTags } from '../state/queries.ts';
import { placeProps } from '../ui/current-place.ts';
import { Select } from '../ui/Select.tsx';
import { SidebarSection } from './SidebarSection.tsx';

/** From this many tags on, a field finds one by its words: a column of dozens is read by scrolling otherwise. */
export const TAG_FINDER_FROM = 12;

/** The sidebar's tags with their counts: click shows one tag, Ctrl/⌘-click adds it to the filter. */
export function TagList() {
  const { ui } = useServices();
  const tags = useTags();
  const filter = useUi((state) => state.tagFilter);
  const [words, setWords] = useState('');
  const all = tags.data?.tags ?? [];
  if (all.length === 0) return null;
  const active = new Set(filter.map((tag) => tag.toLowerCase()));
  const finder = all.length >= TAG_FINDER_FROM;
  const matches = wordMatcher(finder ? words : '');
  // A tag of the filter stays listed, so it can be taken off whatever the field holds.
  const list = all.filter((tag) => matches(tag.name) || active.has(tag.name.toLowerCase()));
  return (
    <SidebarSection
      label="Tags"
      currentPlace={
        list
          .filter((tag) => active.has(tag.name.toLowerCase()))
          .map((tag) => tag.name)
          .join('\n') || undefined
      }
      actions={
        <button
          type="button"
          className="link-button"
          data-return-focus="manage-tags"
          onClick={() => ui.openDialog('manage-tags')}
        >
          Manage
        </button>
      }
    >
      {finder && (
        <input
          type="search"
          className="text-field tag-finder"
          aria-label="Find a tag"
          placeholder={`Find among ${formatCount(all.length)} tags`}
          value={words}
          spellCheck={false}
          onChange={(event) => setWords(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && words) {
              event.stopPropagation();
              setWords('');
            }
          }}
        />
      )}
      {list.length === 0 && <p className="nav-note muted">No tag has “{words.trim()}” in its name.</p>}
      <ul className="nav-list">
        {list.map((tag) => (
          <li key={tag.name}>
            <button
              type="button"
              className="nav-item"
              {...placeProps}
              aria-pressed={active.has(tag.name.toLowerCase())}
              title={`${tag.name}\nClick: this tag only. Ctrl/⌘-click: add to the filter.`}
              onClick={(event) => ui.filterByTag(tag.name, event.ctrlKey || event.metaKey)}
            >
              <span className="tag-name">
                {tag.color && <span className={`swatch swatch-${tag.color}`} aria-hidden="true" />}
                <span className="tag-name-words">{tag.name}</span>
              </span>
              <span className="count">{formatCount(tag.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </SidebarSection>
  );
}

/** Above the list while a tag filter is on: which tags, all of them or any, and a way out. */
export function TagFilterBar() {
  const { ui } = useServices();
  const filter = useUi((state) => state.tagFilter);
  const mode = useUi((state) => state.tagMode);
  if (filter.length === 0) return null;
  return (
    <fieldset className="tag-filter">
      <legend className="muted">Tagged</legend>
      {filter.map((tag) => (
        <button
          key={tag}
          type="button"
          className="tag-chip"
          aria-label={`Stop filtering by ${tag}`}
          onClick={() => ui.filterByTag(tag, true)}
        >
          {tag} ×
        </button>
      ))}
      {filter.length > 1 && (
        <Select
          label="Match"
          value={mode}
          options={[
            { value: 'all', label: 'all of them' },
            { value: 'any', label: 'any of them' },
          ]}
          onChange={(next) => ui.setTagMode(next)}
        />
      )}
      {filter.length === 1 && (
        <button type="button" className="link-button" onClick={() => ui.showTimeline({ kind: 'tag', tag: filter[0]! })}>
          Timeline of this tag
        </button>
      )}
      <button type="button" className="link-button" onClick={() => ui.clearTagFilter()}>
        Show everything
      </button>
    </fieldset>
  );
}
