import { useState } from 'react';
import { formatCount, plural } from '../lib/plural.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useStories } from '../state/queries.ts';
import { useFindingEvents } from '../timeline/finding-events.ts';
import { placeProps } from '../ui/current-place.ts';
import { SidebarSection } from './SidebarSection.tsx';

/**
 * The most recently active stories the sidebar lists until asked for all: a library of 10,000 articles holds
 * a thousand stories, a sidebar column nobody reads, and thousands of elements the window lays out and paints
 * along with every frame of the article list's scroll (issue 12).
 */
const STORIES_SHOWN = 30;

/** The sidebar's stories (two articles or more, most recently active first), each a way to its timeline. */
export function StoryList() {
  const { ui } = useServices();
  const stories = useStories(2).data?.stories ?? [];
  const shownId = useUi((state) =>
    state.pane === 'timeline' && state.timeline.scope.kind === 'story' ? state.timeline.scope.storyId : null,
  );
  // Stories grow as the events of a library's articles are found. How far that has got is said once, in the status
  // area; before the first story the section says what will come here.
  const finding = useFindingEvents();
  const [showAll, setShowAll] = useState(false);
  if (stories.length === 0 && !finding) return null;
  const more = showAll ? 0 : stories.length - STORIES_SHOWN;
  // The story whose timeline is open stays listed, however far down it is.
  const shown = more > 0 ? stories.filter((story, index) => index < STORIES_SHOWN || story.id === shownId) : stories;
  return (
    <SidebarSection
      label="Stories"
      currentPlace={shown.some((story) => story.id === shownId) ? (shownId ?? undefined) : undefined}
    >
      {stories.length === 0 && <p className="nav-note muted">Stories appear here as their events are found.</p>}
      <ul className="nav-list">
        {shown.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className="nav-item"
              {...placeProps}
              aria-current={story.id === shownId ? 'page' : undefined}
              data-tooltip={`The timeline of “${story.title || 'Untitled story'}”: ${plural(story.eventCount, 'event')}`}
              onClick={() => ui.showTimeline({ kind: 'story', storyId: story.id })}
            >
              <span className="story-name">{story.title || 'Untitled story'}</span>{' '}
              <span className="count">
                {formatCount(story.articleIds.length)} <span className="visually-hidden">articles</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {/* One button both ways, so a keyboard reader who unfolded the list folds it back from the same place. */}
      {stories.length > STORIES_SHOWN && (
        <button
          type="button"
          className="nav-item nav-more muted"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer stories' : `All ${formatCount(stories.length)} stories`}
        </button>
      )}
    </SidebarSection>
  );
}
