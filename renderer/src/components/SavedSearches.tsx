import { X } from 'lucide-react';
import { useServices, useUi } from '../state/app-context.tsx';
import { useSettings } from '../state/queries.ts';
import { IconButton } from '../ui/Button.tsx';
import { placeProps } from '../ui/current-place.ts';
import { SidebarSection } from './SidebarSection.tsx';

/** Searches the reader saved, one click away in the sidebar. */
export function SavedSearches() {
  const { ui, library } = useServices();
  const saved = useSettings().data?.savedSearches ?? [];
  const current = useUi((state) => state.search.trim());
  if (saved.length === 0) return null;
  return (
    <SidebarSection label="Saved searches" currentPlace={saved.includes(current) ? current : undefined}>
      <ul className="nav-list">
        {saved.map((query) => (
          <li key={query} className="saved-search">
            <button
              type="button"
              className="nav-item"
              {...placeProps}
              aria-pressed={current === query}
              onClick={() => {
                ui.setView('inbox');
                ui.setView('all');
                ui.setSearch(query);
              }}
            >
              <span className="tag-name">{query}</span>
            </button>
            <IconButton
              size="sm"
              label={`Forget the saved search ${query}`}
              icon={X}
              onClick={() => void library.setSettings({ savedSearches: saved.filter((other) => other !== query) })}
            />
          </li>
        ))}
      </ul>
    </SidebarSection>
  );
}
