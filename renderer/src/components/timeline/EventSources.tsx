import { Unlink } from 'lucide-react';
import type { Timeline, TimelineSource } from '../../../../electron/contract/timeline.ts';
import { formatPublished } from '../../lib/dates.ts';
import { formatCount } from '../../lib/plural.ts';
import { useFoldedList } from '../../lib/use-folded-list.ts';
import { IconButton } from '../../ui/Button.tsx';
import { ShowMoreButton } from '../ShowMoreButton.tsx';

/**
 * Sources listed before the rest wait behind a button: an event that dozens of articles report (a wire story every
 * outlet carries) would otherwise be a card of dozens of lines, and the timeline a column of titles.
 */
export const SOURCES_SHOWN = 5;

/** The articles that report an event, each a way to it in its article; a long list shows its first few until asked. */
export function EventSources({
  sources,
  articles,
  onOpen,
  onKeepApart,
}: {
  sources: TimelineSource[];
  /** The timeline's articles, by id: a source names its article by id only. */
  articles: Timeline['articles'];
  onOpen: (source: TimelineSource) => void;
  /** Given when several articles report the event: the reader can say one of them tells another happening. */
  onKeepApart?: (source: TimelineSource, title: string) => void;
}) {
  const { visible, folds, showAll, toggle } = useFoldedList(sources, SOURCES_SHOWN);
  return (
    <>
      <ul
        className="event-sources"
        aria-label={sources.length > 1 ? `Reported by ${formatCount(sources.length)} articles` : 'Source'}
      >
        {visible.map((source) => {
          const article = articles[source.articleId];
          const title = article?.title ?? 'Untitled article';
          return (
            <li key={`${source.articleId}:${source.key}`}>
              <button type="button" className="link-button event-source" onClick={() => onOpen(source)}>
                {title}
              </button>
              <span className="muted source-site">
                {[article?.siteName, formatPublished(article?.publishedAt ?? null)].filter(Boolean).join(' · ')}
              </span>
              {onKeepApart && (
                <IconButton
                  size="sm"
                  icon={Unlink}
                  className="source-apart"
                  label={`Not the same event: ${title}`}
                  data-tooltip="Not the same event: show this article’s report on its own"
                  onClick={() => onKeepApart(source, title)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {folds && (
        <ShowMoreButton className="event-sources-more" expanded={showAll} onToggle={toggle}>
          {showAll ? 'Show the first sources only' : `Show all ${formatCount(sources.length)} sources`}
        </ShowMoreButton>
      )}
    </>
  );
}
