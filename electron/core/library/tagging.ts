import type { Article } from '../../contract/index.ts';
import type { Catalog } from './catalog.ts';
import type { TagColors } from './tag-colors.ts';
import { editTags, matchesTags, sameTags, tagKey } from './tags.ts';

export interface TagSnapshot {
  id: string;
  tags: string[];
}

/** Every tag in use with how many articles carry it, most used first. */
export function tagCounts(catalog: Catalog): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const article of catalog.index.all()) {
    for (const tag of article.tags) {
      const entry = counts.get(tagKey(tag)) ?? { name: tag, count: 0 };
      entry.count++;
      counts.set(tagKey(tag), entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Adds and removes tags on articles; answers their tags before, so the change can be undone. */
export async function tagArticles(
  catalog: Catalog,
  ids: string[],
  add: string[],
  remove: string[],
): Promise<TagSnapshot[]> {
  for (const id of ids) catalog.summary(id);
  return retag(catalog, ids, (tags) => editTags(tags, add, remove));
}

/** Puts tags back as a snapshot had them (an undo); articles gone meanwhile are passed over. */
export async function restoreTags(catalog: Catalog, items: TagSnapshot[]): Promise<number> {
  const known = items.filter((item) => catalog.index.get(item.id));
  const byId = new Map(known.map((item) => [item.id, item.tags]));
  await retag(catalog, [...byId.keys()], (_tags, id) => byId.get(id) ?? []);
  return known.length;
}

/** Renames a tag everywhere; renaming onto an existing tag merges the two. */
export async function renameTag(catalog: Catalog, colors: TagColors, from: string, to: string): Promise<TagSnapshot[]> {
  const before = await retag(catalog, idsTagged(catalog, from), (tags) => {
    const at = tags.findIndex((tag) => tagKey(tag) === tagKey(from));
    const renamed = [...tags];
    renamed.splice(at, 1, to);
    return editTags([], renamed, []);
  });
  await colors.rename(from, to);
  return before;
}

export async function deleteTag(catalog: Catalog, name: string): Promise<TagSnapshot[]> {
  return retag(catalog, idsTagged(catalog, name), (tags) => editTags(tags, [], [name]));
}

function idsTagged(catalog: Catalog, tag: string): string[] {
  return [...catalog.index.all()].filter((article) => matchesTags(article.tags, [tag], 'all')).map((a) => a.id);
}

async function retag(
  catalog: Catalog,
  ids: string[],
  next: (tags: string[], id: string) => string[],
): Promise<TagSnapshot[]> {
  return catalog.queue.run(async () => {
    const before: TagSnapshot[] = [];
    const changed: string[] = [];
    for (const id of ids) {
      const article = await catalog.get(id);
      const tags = next(article.tags, id);
      before.push({ id, tags: article.tags });
      if (sameTags(tags, article.tags)) continue;
      await writeTags(catalog, article, tags);
      changed.push(id);
    }
    catalog.changed(changed);
    return before;
  });
}

/** The one place an article's tags are written. */
function writeTags(catalog: Catalog, article: Article, tags: string[]): Promise<void> {
  return catalog.rewrite({ ...article, tags });
}
