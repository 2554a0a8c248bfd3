import { type FormEvent, useState } from 'react';
import type { Timeline } from '../../../../electron/contract/timeline.ts';
import { useServices } from '../../state/app-context.tsx';

/** Above a story's timeline: rename it, merge another story into it, or take articles out of it. */
export function StoryActions({ storyId, timeline }: { storyId: string; timeline: Timeline }) {
  const { ui, timeline: actions } = useServices();
  const story = timeline.stories.find((candidate) => candidate.id === storyId);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState('');
  if (!story) return null;

  async function rename(event: FormEvent) {
    event.preventDefault();
    if (!story) return;
    if (title.trim() && title.trim() !== story.title) await actions.renameStory(story.id, title.trim());
    setRenaming(false);
  }

  if (renaming) {
    return (
      <form className="story-rename" onSubmit={(event) => void rename(event)}>
        <input
          className="text-field"
          aria-label="Name of the story"
          value={title}
          maxLength={200}
          // biome-ignore lint/a11y/noAutofocus: the reader just asked to rename: typing goes here
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button button-primary button-small">
          Save
        </button>
        <button type="button" className="button button-small" onClick={() => setRenaming(false)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <div className="story-actions" role="toolbar" aria-label="Story">
      <span className="muted">
        {story.articleIds.length} {story.articleIds.length === 1 ? 'article' : 'articles'}
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setTitle(story.title);
          setRenaming(true);
        }}
      >
        Rename…
      </button>
      <button type="button" className="button button-small" onClick={() => ui.openDialog('merge-story')}>
        Merge with…
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={story.articleIds.length < 2}
        onClick={() => ui.openDialog('split-story')}
      >
        Split…
      </button>
    </div>
  );
}
