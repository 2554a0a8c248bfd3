import { useMemo } from 'react';
import { targetIds } from '../commands/context.ts';
import { useCommands } from '../commands/use-commands.ts';
import { formatCount } from '../lib/plural.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useArticle, useArticleList, useSettings } from '../state/queries.ts';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { TagInput } from './TagInput.tsx';

/** Tags of the open, selected or ticked articles: shown as chips, added with autocomplete. */
export function TagsDialog() {
  const { library } = useServices();
  const { context } = useCommands();
  const initial = useMemo(() => context(), [context]);
  const ids = useMemo(() => targetIds(initial), [initial]);
  const single = useArticle(ids.length === 1 ? (ids[0] ?? null) : null);
  // The list as shown now (it refreshes after every change), for several articles' tags.
  const view = useUi((state) => state.view);
  const tagFilter = useUi((state) => state.tagFilter);
  const tagMode = useUi((state) => state.tagMode);
  const live = useArticleList(view, useSettings().data?.sort, tagFilter, tagMode);
  // Tags on every target, and on some of them (several articles at once).
  const fromList = (live.data?.articles ?? initial.articles).filter((article) => ids.includes(article.id));
  const tagSets = single.data ? [single.data.tags] : fromList.map((article) => article.tags);
  const counts = new Map<string, number>();
  for (const tags of tagSets) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const current = [...counts.entries()];

  // Tags every target already has are not suggested again.
  const taken = new Set(current.filter(([, n]) => n === ids.length).map(([tag]) => tag.toLowerCase()));
  const title = ids.length === 1 ? 'Tags' : `Tags of ${formatCount(ids.length)} articles`;
  return (
    <Dialog title={title} className="tags-dialog">
      <DialogHeader title={title} />
      <ul className="tag-chips" aria-label="Current tags">
        {current.length === 0 && <li className="muted">No tags yet.</li>}
        {current.map(([tag, n]) => (
          <li key={tag} className="tag-chip">
            <span>
              {tag}
              {ids.length > 1 && n < ids.length ? ` (${formatCount(n)} of ${formatCount(ids.length)})` : ''}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => void library.tag(ids, [], [tag])}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <TagInput taken={taken} onAdd={(tag) => void library.tag(ids, [tag], [])} autoFocus />
      <p className="muted">Enter adds what you typed, or the highlighted suggestion. Esc closes.</p>
    </Dialog>
  );
}
