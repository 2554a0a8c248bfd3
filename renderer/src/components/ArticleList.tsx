import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { formatPublished, formatReadingTime, formatSaved } from '../lib/dates.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { ArrivingBadge } from './sync/ArrivingBadge.tsx';

const ROW_HEIGHT = 108;

/**
 * The library as a listbox. Only the rows in view are in the DOM, so 100,000 articles scroll like 10;
 * the selection is announced through aria-activedescendant while focus stays on the list.
 */
export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  const { ui, client } = useServices();
  const selectedId = useUi((state) => state.selectedId);
  const checkedIds = useUi((state) => state.checkedIds);
  const checked = new Set(checkedIds);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => articles[index]?.id ?? index,
    // Before the first layout (and in tests) assume a window-sized list rather than an empty one.
    initialRect: { width: 800, height: 900 },
  });
  const selectedIndex = articles.findIndex((article) => article.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div
      ref={scroller}
      className="article-list"
      role="listbox"
      aria-label="Articles"
      aria-multiselectable={checkedIds.length > 0 ? true : undefined}
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? `article-${selectedId}` : undefined}
      onFocus={() => {
        if (selectedIndex < 0 && articles[0]) ui.select(articles[0].id);
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const article = articles[item.index]!;
          const selected = article.id === selectedId;
          const published = formatPublished(article.publishedAt);
          // The date the story bears when it has one; the list is still ordered by the chosen sort.
          const date = published ?? `saved ${formatSaved(article.savedAt)}`;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox owns the keys (j/k/Enter) through aria-activedescendant
            <div
              key={item.key}
              id={`article-${article.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={selected}
              aria-setsize={articles.length}
              aria-posinset={item.index + 1}
              className={`article-row${selected ? ' is-selected' : ''}${article.state === 'unread' ? ' is-unread' : ''}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: item.size,
                transform: `translateY(${item.start}px)`,
              }}
              data-checked={checked.has(article.id) || undefined}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey) ui.toggleChecked(article.id);
                else if (event.shiftKey) {
                  // A range from the selected article to this one.
                  const from = Math.max(0, selectedIndex);
                  const [low, high] = from < item.index ? [from, item.index] : [item.index, from];
                  ui.setChecked(articles.slice(low, high + 1).map((row) => row.id));
                } else ui.open(article.id);
              }}
              onMouseDown={(event) => {
                if (!event.shiftKey) ui.select(article.id);
              }}
            >
              {checkedIds.length > 0 && (
                <span className={`row-check${checked.has(article.id) ? ' is-checked' : ''}`} aria-hidden="true">
                  {checked.has(article.id) ? '✓' : ''}
                </span>
              )}
              <div className="row-text">
                <div className="row-title">
                  {article.state === 'unread' && <span className="unread-dot" aria-label="Unread" role="img" />}
                  <span className="title-text">{article.title}</span>
                  {article.favorite && (
                    <span className="badge" aria-label="Favorite" role="img">
                      ★
                    </span>
                  )}
                  {article.state === 'archived' && <span className="badge">Archived</span>}
                  <ArrivingBadge article={article} />
                </div>
                <div className="row-meta">
                  {[article.siteName, date, formatReadingTime(article.readingMinutes)].filter(Boolean).join(' · ')}
                  {article.progress > 0.02 && article.progress < 0.98 && (
                    <span className="row-progress"> · {Math.round(article.progress * 100)}% read</span>
                  )}
                </div>
                <p className="row-excerpt">
                  {article.contentStatus === 'pending'
                    ? 'Imported; its text is on its way.'
                    : article.contentStatus === 'failed'
                      ? 'Imported; its text could not be fetched.'
                      : article.excerpt}
                </p>
                {article.tags.length > 0 && (
                  <ul className="row-tags" aria-label="Tags">
                    {article.tags.map((tag) => (
                      <li key={tag} className="tag-chip">
                        {tag}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {article.leadImage && (
                <img className="row-thumb" src={client.assetUrl(article.id, article.leadImage)} alt="" loading="lazy" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
