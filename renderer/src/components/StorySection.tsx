import { FolderInput, LogOut } from 'lucide-react';
import { formatPublished } from '../lib/dates.ts';
import { useServices } from '../state/app-context.tsx';
import { useArticleTimeline } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';

/** In the reader's margin: the story the article belongs to, its other articles, and the article's events. */
export function StorySection({ articleId }: { articleId: string }) {
  const { ui, timeline } = useServices();
  const found = useArticleTimeline(articleId).data;
  if (!found) return null;
  const { story, related, events } = found;
  const shownEvents = events.filter((event) => !event.hidden).length;
  return (
    <section className="story-section" aria-label="Story">
      <h2 className="panel-heading">Story</h2>
      {story && related.length > 0 ? (
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
            {related.length === 1 ? 'One more article' : `${related.length} more articles`} on it
          </h3>
          <ul className="related-list">
            {related.map((article) => (
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
        </>
      ) : (
        <p className="muted">No other article in the library is about this story yet.</p>
      )}
      <p className="story-events">
        {shownEvents === 0 ? (
          <span className="muted">No dated events found in this article.</span>
        ) : (
          <button type="button" className="link-button" onClick={() => ui.showTimeline({ kind: 'article', articleId })}>
            {shownEvents === 1 ? '1 dated event' : `${shownEvents} dated events`} in this article
          </button>
        )}
      </p>
      <div className="story-moves">
        {story && related.length > 0 && (
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
