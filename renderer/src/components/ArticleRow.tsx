import { type MouseEvent, memo, type Ref } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { formatPublished, formatSaved, readingTimeOf } from '../lib/dates.ts';
import { useServices } from '../state/app-context.tsx';
import { ArrivingBadge } from './sync/ArrivingBadge.tsx';

/**
 * One article in the list: title (wrapping, never cut to a line), site, date and reading time, the
 * excerpt, its tags and its picture. Its height is what these need; the list measures it.
 */
export const ArticleRow = memo(function ArticleRow({
  ref,
  article,
  index,
  setSize,
  start,
  selected,
  checked,
  ticking,
  onClick,
}: {
  ref: Ref<HTMLDivElement>;
  article: ArticleSummary;
  index: number;
  setSize: number;
  /** Where the row sits in the list, in pixels from the top. */
  start: number;
  selected: boolean;
  checked: boolean;
  /** Some articles are ticked: every row shows its tick box. */
  ticking: boolean;
  onClick(event: MouseEvent, index: number): void;
}) {
  const { client } = useServices();
  const published = formatPublished(article.publishedAt);
  // The date the story bears when it has one; the list is still ordered by the chosen sort.
  const date = published ?? `saved ${formatSaved(article.savedAt)}`;
  const unread = article.state === 'unread';
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the listbox keeps the focus and owns the keys (j/k/Enter) through aria-activedescendant; a focusable row would take the focus on a click
    <div
      ref={ref}
      data-index={index}
      id={`article-${article.id}`}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      className={`article-row${selected ? ' is-selected' : ''}${unread ? ' is-unread' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      data-checked={checked || undefined}
      onClick={(event) => onClick(event, index)}
    >
      {ticking && (
        <span className={`row-check${checked ? ' is-checked' : ''}`} aria-hidden="true">
          {checked ? '✓' : ''}
        </span>
      )}
      <div className="row-text">
        <div className="row-title">
          {/* Read or not, the dot keeps its place, so every title starts in the same column. */}
          {unread ? (
            <span className="unread-dot" aria-label="Unread" role="img" />
          ) : (
            <span className="unread-dot is-read" aria-hidden="true" />
          )}
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
          {/* An article without its text here (imported, arriving) has no reading time to tell. */}
          {[article.siteName, date, readingTimeOf(article)].filter(Boolean).join(' · ')}
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
        <img
          className="row-thumb"
          src={client.assetUrl(article.id, article.leadImage)}
          alt=""
          loading="lazy"
          decoding="async"
        />
      )}
    </div>
  );
});
