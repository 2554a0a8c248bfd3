import { useServices, useUi } from '../state/app-context.tsx';
import { useTags } from '../state/queries.ts';
import { Select } from '../ui/Select.tsx';
import { SidebarSection } from './SidebarSection.tsx';

/** The sidebar's tags with their counts: click shows one tag, Ctrl/⌘-click adds it to the filter. */
export function TagList() {
  const { ui } = useServices();
  const tags = useTags();
  const filter = useUi((state) => state.tagFilter);
  const list = tags.data?.tags ?? [];
  if (list.length === 0) return null;
  const active = new Set(filter.map((tag) => tag.toLowerCase()));
  return (
    <SidebarSection
      label="Tags"
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
      <ul className="nav-list">
        {list.map((tag) => (
          <li key={tag.name}>
            <button
              type="button"
              className="nav-item"
              aria-pressed={active.has(tag.name.toLowerCase())}
              title={`${tag.name}\nClick: this tag only. Ctrl/⌘-click: add to the filter.`}
              onClick={(event) => ui.filterByTag(tag.name, event.ctrlKey || event.metaKey)}
            >
              <span className="tag-name">
                {tag.color && <span className={`swatch swatch-${tag.color}`} aria-hidden="true" />}
                <span className="tag-name-words">{tag.name}</span>
              </span>
              <span className="count">{tag.count}</span>
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
