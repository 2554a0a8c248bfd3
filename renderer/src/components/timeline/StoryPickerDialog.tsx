import { useState } from 'react';
import type { StorySummary } from '../../../../electron/contract/timeline.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useStories, useTimeline } from '../../state/queries.ts';
import { Dialog, DialogHeader } from '../../ui/Dialog.tsx';

/** Picks one story of the library (found by typing part of its name). */
function StoryPicker({
  title,
  action,
  excludeId,
  onPick,
}: {
  title: string;
  action: string;
  excludeId: string | null;
  onPick(story: StorySummary): void;
}) {
  const stories = useStories(1).data?.stories ?? [];
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = stories
    .filter((story) => story.id !== excludeId)
    .filter((story) => words.every((word) => story.title.toLowerCase().includes(word)));
  const picked = shown.find((story) => story.id === chosen);
  return (
    <Dialog title={title}>
      <DialogHeader title={title} />
      <input
        className="text-field"
        type="search"
        aria-label="Find a story"
        placeholder="Find a story"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <fieldset className="stacked-options story-choices">
        <legend className="visually-hidden">Stories</legend>
        {shown.map((story) => (
          <label key={story.id}>
            <input type="radio" name="story" checked={chosen === story.id} onChange={() => setChosen(story.id)} />{' '}
            {story.title || 'Untitled story'}{' '}
            <span className="muted">
              ({story.articleIds.length} {story.articleIds.length === 1 ? 'article' : 'articles'})
            </span>
          </label>
        ))}
        {shown.length === 0 && <p className="muted">No other story matches.</p>}
      </fieldset>
      <div className="popover-actions">
        <span />
        <button
          type="button"
          className="button button-primary"
          disabled={!picked}
          onClick={() => picked && onPick(picked)}
        >
          {action}
        </button>
      </div>
    </Dialog>
  );
}

/** Merges another story into the one on screen. */
export function MergeStoryDialog() {
  const { timeline, ui } = useServices();
  const view = useUi((state) => state.timeline);
  const story = useTimeline(view.scope, view.showHidden).data?.stories.find(
    (candidate) => view.scope.kind === 'story' && candidate.id === view.scope.storyId,
  );
  if (!story) return null;
  return (
    <StoryPicker
      title={`Merge into “${story.title}”`}
      action="Merge"
      excludeId={story.id}
      onPick={(other) => {
        ui.closeDialog();
        void timeline.mergeStories(story, other);
      }}
    />
  );
}

/** Moves the open article into another story. */
export function MoveArticleDialog() {
  const { timeline, ui } = useServices();
  const openId = useUi((state) => state.openId);
  const current = useStories(1).data?.stories.find((story) => openId && story.articleIds.includes(openId));
  if (!openId) return null;
  return (
    <StoryPicker
      title="Move the article to a story"
      action="Move"
      excludeId={current?.id ?? null}
      onPick={(story) => {
        ui.closeDialog();
        void timeline.moveTo(openId, story);
      }}
    />
  );
}
