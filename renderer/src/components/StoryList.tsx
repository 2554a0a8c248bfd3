import { useServices, useUi } from '../state/app-context.tsx';
import { useStories } from '../state/queries.ts';
import { useFindingEvents } from '../timeline/finding-events.ts';
import { SidebarSection } from './SidebarSection.tsx';

/** The sidebar's stories (two articles or more), each a way to its timeline. */
export function StoryList() {
  const { ui } = useServices();
  const stories = useStories(2).data?.stories ?? [];
  const shownId = useUi((state) =>
    state.pane === 'timeline' && state.timeline.scope.kind === 'story' ? state.timeline.scope.storyId : null,
  );
  // Stories grow as the events of a library's articles are found. How far that has got is said once, in the status
  // area; before the first story the section says what will come here.
  const finding = useFindingEvents();
  if (stories.length === 0 && !finding) return null;
  return (
    <SidebarSection label="Stories">
      {stories.length === 0 && <p className="nav-note muted">Stories appear here as their events are found.</p>}
      <ul className="nav-list">
        {stories.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={story.id === shownId ? 'page' : undefined}
              data-tooltip={`The timeline of “${story.title || 'Untitled story'}”: ${story.eventCount} events`}
              onClick={() => ui.showTimeline({ kind: 'story', storyId: story.id })}
            >
              <span className="story-name">{story.title || 'Untitled story'}</span>{' '}
              <span className="count">
                {story.articleIds.length} <span className="visually-hidden">articles</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </SidebarSection>
  );
}
