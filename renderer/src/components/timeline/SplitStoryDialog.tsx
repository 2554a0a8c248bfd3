import { useState } from 'react';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useArticleList, useTimeline } from '../../state/queries.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Dialog, DialogHeader } from '../../ui/Dialog.tsx';
import { storyOnScreen } from './story-on-screen.ts';

/** Takes the articles the reader ticks out of the story on screen, into a story of their own. */
export function SplitStoryDialog() {
  const { ui, timeline } = useServices();
  const view = useUi((state) => state.timeline);
  const story = storyOnScreen(useTimeline(view.scope, view.showHidden).data, view.scope);
  const titles = new Map((useArticleList('all', 'published').data?.articles ?? []).map((a) => [a.id, a]));
  const [ticked, setTicked] = useState<string[]>([]);
  if (!story) return null;
  const toggle = (id: string) =>
    setTicked((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  const all = ticked.length === story.articleIds.length;
  return (
    <Dialog title="Split the story">
      <DialogHeader title="Split the story" />
      <p className="muted">Tick the articles that are about something else: they become a story of their own.</p>
      <fieldset className="stacked-options">
        <legend className="visually-hidden">Articles of “{story.title}”</legend>
        {story.articleIds.map((id) => {
          const article = titles.get(id);
          return (
            <Checkbox key={id} checked={ticked.includes(id)} onChange={() => toggle(id)}>
              {article?.title ?? id}
              {article?.siteName ? <span className="muted"> · {article.siteName}</span> : null}
            </Checkbox>
          );
        })}
      </fieldset>
      {all && (
        <p className="search-problem" role="alert">
          Leave at least one article in the story.
        </p>
      )}
      <div className="popover-actions">
        <span />
        <button
          type="button"
          className="button button-primary"
          disabled={ticked.length === 0 || all}
          onClick={() => {
            ui.closeDialog();
            void timeline.splitStory(story, ticked);
          }}
        >
          Take {ticked.length === 1 ? 'it' : 'them'} out
        </button>
      </div>
    </Dialog>
  );
}
