import { Check, Merge, Pencil, Split } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Timeline, TimelineScope } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import { useServices } from '../../state/app-context.tsx';
import { Button } from '../../ui/Button.tsx';
import { storyOnScreen } from './story-on-screen.ts';

/** Above a story's timeline: rename it, merge another story into it, or take articles out of it. */
export function StoryActions({ scope, timeline }: { scope: TimelineScope; timeline: Timeline }) {
  const { ui, timeline: actions } = useServices();
  const story = storyOnScreen(timeline, scope);
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
        <Button type="submit" variant="primary" size="sm" icon={Check}>
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setRenaming(false)}>
          Cancel
        </Button>
      </form>
    );
  }
  return (
    <div className="story-actions" role="toolbar" aria-label="Story">
      <span className="muted">{plural(story.articleIds.length, 'article')}</span>
      <Button
        variant="ghost"
        size="sm"
        icon={Pencil}
        onClick={() => {
          setTitle(story.title);
          setRenaming(true);
        }}
      >
        Rename…
      </Button>
      <Button
        variant="ghost"
        size="sm"
        icon={Merge}
        tooltip="Merge another story into this one"
        onClick={() => ui.openDialog('merge-story')}
      >
        Merge with…
      </Button>
      <Button
        variant="ghost"
        size="sm"
        icon={Split}
        tooltip="Take some of its articles into a story of their own"
        disabled={story.articleIds.length < 2}
        onClick={() => ui.openDialog('split-story')}
      >
        Split…
      </Button>
    </div>
  );
}
