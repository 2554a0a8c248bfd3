import { useRef } from 'react';
import type { LibraryView } from '../../../electron/contract/model.ts';
import { listCountText } from '../lib/list-count.ts';
import { useFocusAfterRecovery, useFocusAfterUndo } from '../lib/use-focus-after-recovery.ts';
import { useViewFocus } from '../lib/use-view-focus.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useArticleList, useFeeds, useInfo, useSettings } from '../state/queries.ts';
import { useFailure } from '../state/use-failure.ts';
import { Select } from '../ui/Select.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { ArticleList } from './ArticleList.tsx';
import { EmptyState } from './EmptyState.tsx';
import { FailureBanner } from './FailureBanner.tsx';
import { FilteredEmptyState } from './FilteredEmptyState.tsx';
import { SaveLinkForm } from './SaveLinkForm.tsx';
import { SearchField } from './SearchField.tsx';
import { SearchResults } from './SearchResults.tsx';
import { TagFilterBar } from './TagList.tsx';

const sortOptions = [
  { value: 'saved', label: 'Date saved' },
  { value: 'published', label: 'Date published' },
] as const;

export const viewTitles: Record<LibraryView, string> = {
  inbox: 'Inbox',
  favorites: 'Favorites',
  archive: 'Archive',
  all: 'All articles',
};

export function LibraryPane() {
  const { library } = useServices();
  const view = useUi((state) => state.view);
  const search = useUi((state) => state.search);
  const selectedId = useUi((state) => state.selectedId);
  const settings = useSettings();
  const info = useInfo();
  const tagFilter = useUi((state) => state.tagFilter);
  const tagMode = useUi((state) => state.tagMode);
  const feedFilter = useUi((state) => state.feedFilter);
  const list = useArticleList(view, settings.data?.sort, tagFilter, tagMode, feedFilter);
  const failure = useFailure(list);
  const feeds = useFeeds();
  const feedTitle = feedFilter ? feeds.data?.feeds.find((feed) => feed.id === feedFilter)?.title : undefined;
  const articles = list.data?.articles ?? [];
  // The previous filter's or view's rows, kept on screen while the new list loads: they must not pass for its answer.
  const stale = list.isPlaceholderData;
  const selected = articles.find((article) => article.id === selectedId) ?? null;
  const checkedIds = useUi((state) => state.checkedIds);
  const shownIds = new Set(articles.map((article) => article.id));
  const ticked = checkedIds.filter((id) => shownIds.has(id)).length;
  const searching = search.trim() !== '';
  // An empty list has nothing to count, sort, choose or act on: its empty state speaks alone.
  const listEmpty = list.data !== undefined && articles.length === 0;
  // The sample's note helps where the sample shows: the Inbox and All articles, unfiltered.
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  // The new view's own answer, not the last view's rows kept meanwhile: those may give way to an empty state.
  const listOrHeading = () => main.current?.querySelector<HTMLElement>('[role="listbox"]') ?? heading.current;
  useViewFocus((list.data !== undefined && !stale) || failure !== null, listOrHeading);
  // Retry worked, or Undo brought back what an emptied view had lost (its only article archived): the keys go on
  // from the list (or the heading of an empty one), not from the page, when nothing else holds them.
  useFocusAfterRecovery(failure !== null, list.data !== undefined, listOrHeading);
  useFocusAfterUndo(listEmpty, list.data !== undefined, listOrHeading);
  const sampleNote =
    info.data?.sampleInstalled &&
    !searching &&
    !feedFilter &&
    tagFilter.length === 0 &&
    (view === 'inbox' || view === 'all');

  return (
    <main className="library" aria-labelledby="view-title" ref={main}>
      <header className="library-header">
        <div className="header-fields">
          <SearchField />
          <SaveLinkForm />
        </div>
        <div className="library-title-row">
          <h2 id="view-title" ref={heading} tabIndex={-1} title={!searching ? feedTitle : undefined}>
            {searching ? 'Search results' : (feedTitle ?? viewTitles[view])}
          </h2>
          {searching ? (
            <span className="muted">in the whole library, best first</span>
          ) : (
            <span className="muted" aria-live="polite">
              {stale ? 'Loading…' : list.data && !listEmpty ? listCountText(articles, view) : ''}
            </span>
          )}
          {!searching && !listEmpty && (
            <Select
              label="Sort by"
              className="sort-control"
              value={settings.data?.sort ?? 'saved'}
              options={sortOptions}
              onChange={(sort) => void library.setSettings({ sort })}
            />
          )}
        </div>
        {/* A search looks through the whole library, so the tag filter is not shown as if it applied. */}
        {!searching && <TagFilterBar />}
        {/* The actions and the sample's note share a row: a small window keeps that row for its list. */}
        {((!searching && !listEmpty) || sampleNote) && (
          <div className="library-tools-row">
            {!searching && !listEmpty && <ArticleActions article={selected} ticked={ticked} />}
            {sampleNote && (
              <p className="sample-note">
                These are sample articles.{' '}
                <button type="button" className="link-button" onClick={() => void library.removeSample()}>
                  Remove the sample articles
                </button>
              </p>
            )}
          </div>
        )}
      </header>
      {searching ? (
        <SearchResults query={search} />
      ) : failure ? (
        <FailureBanner failure="The list could not be loaded" reason={failure.reason} onRetry={() => list.refetch()} />
      ) : listEmpty && (feedFilter || tagFilter.length > 0) ? (
        <FilteredEmptyState view={view} tags={tagFilter} tagMode={tagMode} feedTitle={feedTitle} />
      ) : listEmpty ? (
        <EmptyState view={view} libraryEmpty={(info.data?.articleCount ?? 0) === 0} />
      ) : (
        <ArticleList articles={articles} stale={stale} />
      )}
    </main>
  );
}
