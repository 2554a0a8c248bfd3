import { FolderInput, LogOut } from 'lucide-react';
import { formatPublished } from '../lib/dates.ts';
import { formatCount } from '../lib/plural.ts';
import { useFoldedList } from '../lib/use-folded-list.ts';
import { useServices } from '../state/app-context.tsx';
import { useArticleTimeline } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { ShowMoreButton } from './ShowMoreButton.tsx';

/**
 * The story's other articles listed before the rest wait behind a button: a story of hundreds would push the
 * article's events and its highlights, the panel's own business, hundreds of lines down.
 */
export const RELATED_SHOWN = 5;

/** In the reader's margin: the story the article belongs to, its other articles, and the article's events. */
export function StorySection({ articleId }: { articleId: string }) {
  const { ui, timeline } = useServices();
  const found = useArticleTimeline(articleId).data;
  const related = useFoldedList(found?.related ?? [], RELATED_SHOWN);
  if (!found) return null;
  const { story, events } = found;
  const shownEvents = events.filter((event) => !event.hidden).length;
  return (
    <section className="story-section" aria-label="Story">
      <h2 className="panel-heading">Story</h2>
      {story && related.all.length > 0 ? (
        <>
          <p className="story-title">{story.title}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => ui.showTimeline({ kind: 'story', storyId: story.id })}
          >
            Open the story’s timeline
          </button>
          <h3 className="panel-subheading">
            {related.all.length === 1 ? 'One more article' : `${formatCount(related.all.length)} more articles`} on it
          </h3>
          <ul className="related-list">
            {related.visible.map((article) => (
              <li key={article.id}>
                <button type="button" className="related-article" onClick={() => ui.open(article.id)}>
                  <span>{article.title}</span>
                  <span className="muted">
                    {[article.siteName, formatPublished(article.publishedAt)].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {related.folds && (
            <ShowMoreButton className="related-more" expanded={related.showAll} onToggle={related.toggle}>
              {related.showAll
                ? 'Show the first articles only'
                : `Show all ${formatCount(related.all.length)} articles`}
            </ShowMoreButton>
          )}
        </>
      ) : (
        <p className="muted">No other article in the library is about this story yet.</p>
      )}
      <p className="story-events">
        {shownEvents === 0 ? (
          <span className="muted">No dated events found in this article.</span>
        ) : (
          <button type="button" className="link-button" onClick={() => ui.showTimeline({ kind: 'article', articleId })}>
            {shownEvents === 1 ? '1 dated event' : `${formatCount(shownEvents)} dated events`} in this article
          </button>
        )}
      </p>
      <div className="story-moves">
        {story && related.all.length > 0 && (
          <Button size="sm" variant="ghost" icon={LogOut} onClick={() => void timeline.moveOut(articleId)}>
            Move out of this story
          </Button>
        )}
        <Button size="sm" variant="ghost" icon={FolderInput} onClick={() => ui.openDialog('move-article')}>
          Move to story…
        </Button>
      </div>
    </section>
  );
}
