import { useQuery } from '@tanstack/react-query';
import { BookmarkCheck, BookmarkPlus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { filterChips, quickFilters } from '../lib/query-chips.ts';
import { hasMoreMatches, SEARCH_MOST, searchCountText, useSearchPages } from '../lib/search-pages.ts';
import { searchWaitingWords, useSearchIndexing } from '../lib/search-waiting.ts';
import { useFocusAdded } from '../lib/use-focus-added.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useSettings } from '../state/queries.ts';
import { IconButton } from '../ui/Button.tsx';

const DEBOUNCE_MS = 150;

/** Results as you type, best first, with the matched words marked in each snippet. */
export function SearchResults({ query }: { query: string }) {
  const { client, ui, library } = useServices();
  const selectedId = useUi((state) => state.selectedId);
  const saved = useSettings().data?.savedSearches ?? [];
  const chips = filterChips(query);
  const isSaved = saved.includes(query.trim());
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const pages = useSearchPages(settled);
  const results = useQuery({
    queryKey: ['library', 'search', settled, pages.asked],
    queryFn: () => client.call('search.query', { query: settled, limit: pages.asked }),
    placeholderData: (previous) => previous,
  });
  const indexing = useSearchIndexing();
  const found = results.data?.results ?? [];
  const hits = found.slice(0, pages.shown);
  const more = results.data !== undefined && hasMoreMatches(found.length, pages.shown);
  const list = useRef<HTMLOListElement>(null);
  const focusAdded = useFocusAdded(list, hits.length);
  // Nothing matched: narrowing further (+ Unread…) cannot help, and "0 matches" beside "Nothing found" said it twice.
  const nothing = results.data !== undefined && hits.length === 0;
  // Two groups: the filters wrap among themselves, and the timeline and save buttons keep the first line's end, so a
  // narrow window never moves a button alone to a line of its own.
  const filters = (
    <div className="search-filters">
      <div className="search-filter-chips">
        {chips.map((chip) => (
          <button
            key={chip.label}
            type="button"
            className="tag-chip"
            aria-label={`Remove the filter ${chip.label}`}
            onClick={() => ui.setSearch(chip.without)}
          >
            {chip.label} ×
          </button>
        ))}
        {quickFilters
          .filter((filter) => !nothing && !query.toLowerCase().includes(filter.token))
          .map((filter) => (
            <button
              key={filter.token}
              type="button"
              className="link-button"
              onClick={() => ui.setSearch(`${query.trim()} ${filter.token}`)}
            >
              + {filter.label}
            </button>
          ))}
      </div>
      <div className="search-actions">
        {/* No match, no timeline of matches; saving the search still pays off as articles arrive. */}
        {(!results.data || hits.length > 0) && (
          <button
            type="button"
            className="button button-small"
            onClick={() => ui.showTimeline({ kind: 'search', query: query.trim() })}
          >
            Timeline of these results
          </button>
        )}
        {/* An icon with its name in a tooltip: less room taken from the filters. */}
        <IconButton
          size="sm"
          label={isSaved ? 'This search is saved' : 'Save this search'}
          icon={isSaved ? BookmarkCheck : BookmarkPlus}
          disabled={isSaved}
          onClick={() => void library.setSettings({ savedSearches: [...saved, query.trim()] })}
        />
      </div>
    </div>
  );
  if (results.isError) {
    return (
      <section className="search-results" aria-label="Search results">
        <p className="search-problem" role="alert">
          {results.error.message}
        </p>
      </section>
    );
  }
  return (
    <section className="search-results" aria-label="Search results" aria-busy={results.isFetching}>
      {filters}
      <p className={nothing ? 'search-nothing' : 'muted'} aria-live="polite">
        {nothing
          ? `No article matches “${query.trim()}”.`
          : results.data
            ? searchCountText(found.length, pages.shown)
            : searchWaitingWords(indexing)}
      </p>
      <ol className="result-list" ref={list}>
        {hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className="result"
              // The result the reader was opened from takes the focus back when it closes.
              data-return-focus={hit.id === selectedId ? 'reader' : undefined}
              onClick={() => ui.open(hit.id)}
            >
              <span className="result-title">{hit.title}</span>
              {hit.siteName && <span className="muted result-site">{hit.siteName}</span>}
              <span className="result-snippet">
                <Marked text={hit.snippet} ranges={hit.ranges} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {more && pages.shown < SEARCH_MOST && (
        <button
          type="button"
          className="button button-small search-more"
          onClick={() => {
            focusAdded(pages.shown);
            pages.showMore();
          }}
        >
          Show more results
        </button>
      )}
      {nothing && (
        <div className="search-nothing-help">
          <p className="muted">Fewer words, a tag: or site: filter, or -word to leave something out may help.</p>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              ui.setSearch('');
              ui.focusSearch();
            }}
          >
            Clear the search
          </button>
        </div>
      )}
    </section>
  );
}

/** Text with some ranges marked, built as elements (never as HTML). */
function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
