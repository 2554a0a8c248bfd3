import type { Article, ArticleState } from '../../contract/index.ts';
import type { Catalog } from './catalog.ts';

export interface StateSnapshot {
  id: string;
  state: ArticleState;
  favorite: boolean;
}

export type StatePatch = { state?: ArticleState; favorite?: boolean };

/** Archives, favorites, marks read or unread; answers the states before, so the change can be undone. */
export async function updateStates(catalog: Catalog, ids: string[], patch: StatePatch): Promise<StateSnapshot[]> {
  for (const id of ids) catalog.summary(id);
  return catalog.queue.run(async () => {
    const before: StateSnapshot[] = [];
    for (const id of ids) {
      const article = await catalog.get(id);
      before.push({ id, state: article.state, favorite: article.favorite });
      await writeState(catalog, withState(article, patch, catalog.now()));
    }
    catalog.changed(ids);
    return before;
  });
}

/** Puts states back as a snapshot had them (an undo); articles gone meanwhile are passed over. */
export async function restoreStates(catalog: Catalog, items: StateSnapshot[]): Promise<number> {
  return catalog.queue.run(async () => {
    let restored = 0;
    for (const item of items) {
      if (!catalog.index.get(item.id)) continue;
      const article = await catalog.get(item.id);
      await writeState(catalog, withState(article, item, catalog.now()));
      restored++;
    }
    catalog.changed(items.map((item) => item.id));
    return restored;
  });
}

/** How far the reader got, as a fraction of the article. */
export async function setProgress(catalog: Catalog, id: string, progress: number): Promise<number> {
  catalog.summary(id);
  return catalog.queue.run(async () => {
    const article = await catalog.get(id);
    await writeState(catalog, { ...article, progress, scrollAnchor: progress });
    return progress;
  });
}

/**
 * Its highlights or notes changed: the count is kept in the index (lists and search filter on it)
 * and the article's updatedAt moves, so the search index knows to read them again.
 */
export async function annotationsChanged(catalog: Catalog, id: string, annotationCount: number): Promise<void> {
  if (!catalog.index.get(id)) return;
  await catalog.queue.run(async () => {
    const article = await catalog.get(id);
    await writeState(catalog, { ...article, annotationCount });
  });
}

/** The article with a new state and favorite; the times it was read and archived follow the state. */
export function withState(article: Article, patch: StatePatch, now: Date): Article {
  const next = { ...article };
  if (patch.favorite !== undefined) next.favorite = patch.favorite;
  if (patch.state !== undefined && patch.state !== article.state) {
    next.state = patch.state;
    if (patch.state === 'archived') next.archivedAt = now.toISOString();
    if (patch.state !== 'unread' && !next.readAt) next.readAt = now.toISOString();
    if (patch.state === 'unread') next.readAt = null;
  }
  return next;
}

/** The one place the reader's state of an article (archived, favorite, read, progress, notes) is written. */
function writeState(catalog: Catalog, article: Article): Promise<void> {
  return catalog.rewrite(article);
}
