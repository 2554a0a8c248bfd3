import { Download } from 'lucide-react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { formatSaved } from '../lib/dates.ts';
import { formatCount, plural } from '../lib/plural.ts';
import { useFocusAdded } from '../lib/use-focus-added.ts';
import { useFocusAfterRecovery } from '../lib/use-focus-after-recovery.ts';
import { useViewFocus } from '../lib/use-view-focus.ts';
import { wordMatcher } from '../lib/word-match.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useAnnotations, useArticleList } from '../state/queries.ts';
import { HIGHLIGHTS_PAGE } from '../state/ui-store.ts';
import { useFailure } from '../state/use-failure.ts';
import { Button } from '../ui/Button.tsx';
import { FilterCombobox } from '../ui/FilterCombobox.tsx';
import { Select } from '../ui/Select.tsx';
import { FailureBanner } from './FailureBanner.tsx';
import { colorNames } from './ManageTagsDialog.tsx';
import { HighlightCard } from './NotesPanel.tsx';
import { TextNotArrived } from './TextNotArrived.tsx';

/** Every highlight and note in the library, newest first, filterable, each a way back to its place. */
export function AnnotationsPane() {
  const { ui, store } = useServices();
  const annotations = useAnnotations(null);
  const articles = useArticleList('all', 'saved');
  // Kept in the UI store for the session: back from an article opened here, the filters are as they were.
  const { query, tag, color, articleId, shownCount } = useUi((state) => state.highlights);
  const openedId = useUi((state) => state.openedAnnotationId);
  const feed = useRef<HTMLOListElement>(null);
  const scrollTop = useRef(0);
  const restored = useRef(false);
  const loaded = annotations.data !== undefined;
  const failure = useFailure(annotations);
  const heading = useRef<HTMLHeadingElement>(null);
  useViewFocus(true, () => heading.current);
  // Retry worked: the keys go on from the first highlight (or the heading when there is none), not from the page.
  useFocusAfterRecovery(
    failure !== null,
    loaded,
    () => feed.current?.querySelector<HTMLElement>('.annotation-item button') ?? heading.current,
  );
  // Back from an article: the feed scrolls to where it was; leaving remembers where that is.
  useLayoutEffect(() => {
    if (restored.current || !loaded || !feed.current) return;
    feed.current.scrollTop = store.getState().highlights.scrollTop;
    scrollTop.current = feed.current.scrollTop;
    restored.current = true;
  }, [loaded, store]);
  useEffect(() => () => ui.setHighlightsView({ scrollTop: scrollTop.current }), [ui]);

  const titles = useMemo(
    () => new Map((articles.data?.articles ?? []).map((article) => [article.id, article])),
    [articles.data],
  );
  const all = annotations.data?.annotations ?? [];
  // A search, three filters and Export over "No highlights yet" offered to sort and send nothing. Before the
  // first answer they are shown but not offered, so the header keeps its height when the highlights arrive.
  const nothingYet = loaded && all.length === 0;
  const waiting = !loaded;
  const tags = [...new Set(all.flatMap((annotation) => annotation.tags))].sort();
  const withNotes = [...new Set(all.map((annotation) => annotation.articleId))];
  const highlightCounts = new Map<string, number>();
  for (const annotation of all)
    highlightCounts.set(annotation.articleId, (highlightCounts.get(annotation.articleId) ?? 0) + 1);
  // Articles whose text has not arrived (imported, still to fetch): their highlights wait, they are not lost.
  const awaitingText = withNotes
    .filter((id) => titles.get(id)?.contentStatus && (!articleId || id === articleId))
    .map((id) => ({
      id,
      title: titles.get(id)!.title,
      count: all.filter((annotation) => annotation.articleId === id && annotation.kind === 'highlight').length,
    }))
    .filter((article) => article.count > 0);
  const matches = wordMatcher(query);
  const shown = all.filter((annotation) => {
    if (tag && !annotation.tags.includes(tag)) return false;
    if (color && (annotation.kind === 'note' || annotation.color !== color)) return false;
    if (articleId && annotation.articleId !== articleId) return false;
    return matches(
      `${annotation.anchor?.exact ?? ''} ${annotation.note} ${titles.get(annotation.articleId)?.title ?? ''}`,
    );
  });

  const drawn = shown.slice(0, shownCount);
  const more = Math.min(HIGHLIGHTS_PAGE, shown.length - drawn.length);
  const focusAdded = useFocusAdded(feed, drawn.length);

  return (
    <main className="library annotations-pane" aria-labelledby="annotations-title">
      <header className="library-header">
        <div className="library-title-row">
          <h2 id="annotations-title" ref={heading} tabIndex={-1}>
            Highlights and notes
          </h2>
          {/* "0 of 0" beside "No highlights yet" counted nothing twice. */}
          <span className="muted" aria-live="polite">
            {all.length > 0 ? `${formatCount(shown.length)} of ${formatCount(all.length)}` : ''}
          </span>
          {!nothingYet && (
            <Button
              size="sm"
              icon={Download}
              className="export-button"
              data-return-focus="export"
              disabled={waiting}
              onClick={() => ui.openDialog('export')}
            >
              Export…
            </Button>
          )}
        </div>
        {!nothingYet && (
          <div className="annotation-filters">
            <input
              className="text-field"
              type="search"
              aria-label="Search highlights and notes"
              placeholder="Search highlights and notes"
              disabled={waiting}
              value={query}
              onChange={(event) => ui.setHighlightsView({ query: event.target.value })}
            />
            {/* The three choices wrap together below the search when the row is narrow, not one by one. */}
            <div className="annotation-filter-choices">
              <Select
                label="Tag"
                className="filter-tag"
                disabled={waiting}
                value={tag}
                options={[{ value: '', label: 'Any' }, ...tags.map((name) => ({ value: name, label: name }))]}
                onChange={(value) => ui.setHighlightsView({ tag: value })}
              />
              <Select
                label="Color"
                disabled={waiting}
                value={color}
                options={[{ value: '', label: 'Any' }, ...colorNames.map((name) => ({ value: name, label: name }))]}
                onChange={(value) => ui.setHighlightsView({ color: value })}
              />
              <FilterCombobox
                label="Article"
                anyLabel="Any article"
                className="filter-article"
                disabled={waiting}
                value={articleId}
                choices={withNotes.map((id) => ({
                  value: id,
                  label: titles.get(id)?.title ?? id,
                  detail: formatCount(highlightCounts.get(id) ?? 0),
                  spokenDetail: plural(highlightCounts.get(id) ?? 0, 'highlight'),
                }))}
                onChange={(value) => ui.setHighlightsView({ articleId: value })}
              />
            </div>
          </div>
        )}
      </header>
      {/* Before the first answer nothing is known: "No highlights yet" then would be a guess, often wrong. */}
      {failure ? (
        <FailureBanner
          failure="The highlights could not be loaded"
          reason={failure.reason}
          onRetry={() => annotations.refetch()}
        />
      ) : !loaded ? (
        <p className="muted annotations-loading" role="status">
          Loading the highlights…
        </p>
      ) : all.length === 0 ? (
        <section className="empty-state" aria-label="No highlights yet">
          <h3>No highlights yet</h3>
          <p>Open an article, select some words and pick a color (or press H). Every highlight and note lands here.</p>
        </section>
      ) : (
        <>
          {awaitingText.length > 0 && (
            <ul className="awaiting-text" aria-label="Highlights waiting for their article’s text">
              {awaitingText.map((article) => (
                <li key={article.id}>
                  <TextNotArrived articleId={article.id} title={article.title} count={article.count} />
                </li>
              ))}
            </ul>
          )}
          <ol
            ref={feed}
            className="annotation-feed"
            aria-label="Highlights"
            onScroll={(event) => {
              scrollTop.current = event.currentTarget.scrollTop;
            }}
          >
            {drawn.map((annotation) => {
              const article = titles.get(annotation.articleId);
              return (
                <li key={annotation.id} className="annotation-item">
                  <HighlightCard
                    annotation={annotation}
                    opener={annotation.id === openedId}
                    withContext
                    onClick={() => ui.openAt(annotation.articleId, annotation.id)}
                  />
                  <p className="muted annotation-source">
                    {annotation.kind === 'note' ? 'Note on ' : ''}
                    {article?.title ?? 'an article'}
                    {article?.siteName ? ` · ${article.siteName}` : ''} · {formatSaved(annotation.created)}
                    {annotation.orphaned
                      ? article?.contentStatus
                        ? ' · waiting for the article’s text'
                        : ' · no longer in the text'
                      : ''}
                  </p>
                </li>
              );
            })}
            {more > 0 && (
              // Inside the scrolling list, so it is where the reader's scroll ends; not one of its items.
              <li className="annotations-more" role="none">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    focusAdded(drawn.length);
                    ui.setHighlightsView({ shownCount: drawn.length + HIGHLIGHTS_PAGE });
                  }}
                >
                  Show {formatCount(more)} more
                </button>
              </li>
            )}
          </ol>
        </>
      )}
    </main>
  );
}
