import { FolderInput, type LucideIcon, Merge, Search } from 'lucide-react';
import { useState } from 'react';
import type { StorySummary } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import { wordMatcher } from '../../lib/word-match.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useStories, useTimeline } from '../../state/queries.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog, DialogHeader } from '../../ui/Dialog.tsx';
import { RadioGroup } from '../../ui/Radio.tsx';
import { storyOnScreen } from './story-on-screen.ts';

/** Picks one story of the library (found by typing part of its name). */
function StoryPicker({
  title,
  action,
  icon,
  excludeId,
  onPick,
}: {
  title: string;
  action: string;
  icon: LucideIcon;
  excludeId: string | null;
  onPick(story: StorySummary): void;
}) {
  const { ui } = useServices();
  const stories = useStories(1).data?.stories ?? [];
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const matches = wordMatcher(query);
  const shown = stories.filter((story) => story.id !== excludeId && matches(story.title));
  const picked = shown.find((story) => story.id === chosen);
  return (
    <Dialog title={title}>
      <DialogHeader title={title} />
      <label className="story-search">
        <Search className="story-search-icon" aria-hidden="true" size={15} strokeWidth={1.75} />
        <input
          className="text-field"
          type="search"
          aria-label="Find a story"
          placeholder="Find a story"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {shown.length === 0 ? (
        <p className="muted story-choices-empty">No other story matches.</p>
      ) : (
        <RadioGroup
          legend="Stories"
          hideLegend
          variant="list"
          className="story-choices"
          name="story"
          value={picked?.id ?? null}
          options={shown.map((story) => ({
            value: story.id,
            label: story.title || 'Untitled story',
            detail: plural(story.articleIds.length, 'article'),
          }))}
          onChange={setChosen}
        />
      )}
      <div className="dialog-actions">
        <Button onClick={() => ui.closeDialog()}>Cancel</Button>
        <Button variant="primary" icon={icon} disabled={!picked} onClick={() => picked && onPick(picked)}>
          {action}
        </Button>
      </div>
    </Dialog>
  );
}

/** Merges another story into the one on screen. */
export function MergeStoryDialog() {
  const { timeline, ui } = useServices();
  const view = useUi((state) => state.timeline);
  const story = storyOnScreen(useTimeline(view.scope, view.showHidden).data, view.scope);
  if (!story) return null;
  return (
    <StoryPicker
      title={`Merge into “${story.title}”`}
      action="Merge"
      icon={Merge}
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
      icon={FolderInput}
      excludeId={current?.id ?? null}
      onPick={(story) => {
        ui.closeDialog();
        void timeline.moveTo(openId, story);
      }}
    />
  );
}
