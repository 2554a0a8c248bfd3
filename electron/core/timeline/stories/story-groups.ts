/**
 * Which articles make a story, from two sources:
 * - the grouping Annals found itself, per device (derived, never synced): groups of articles, a group
 *   possibly joined to the story of one article (`with`) when it grew a story the reader made;
 * - the reader's decisions, from every device's records: an article placed by hand "with" another
 *   article (it goes wherever that one is) or on its own (placed with itself).
 * An article placed by hand leaves its found group; the rest of that group stays together.
 *
 * A story's id is `story-<id of its earliest article>` (published, or saved when undated, then by id),
 * so the same grouping has the same id on every device, and a story's name is kept under the id of
 * one of its articles, so it follows the story whichever device named it.
 */

export interface FoundGroup {
  articles: string[];
  /** This group belongs to the story of that article (a story the reader made, grown by Annals). */
  with?: string;
}

export interface ArticleDates {
  /** publishedAt, or savedAt when the article has no publication date: what orders a story's articles. */
  date: string | null;
}

export interface ResolvedStory {
  id: string;
  /** Earliest first. */
  articleIds: string[];
  /** The name the reader gave it, if any. */
  name: string | null;
}

/** The article a story id names. */
export function anchorOf(storyId: string): string {
  return storyId.replace(/^story-/, '');
}

export function storyIdOf(anchor: string): string {
  return `story-${anchor}`;
}

/**
 * The stories, from what Annals found and what the reader decided. `placements` maps an article to
 * the article it was placed with (itself: on its own); `names` maps `story-<article>` to the name the
 * reader gave the story that article is in (null: taken back, when the article left the story).
 */
export function resolveStories(
  found: readonly FoundGroup[],
  placements: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, { value: string | null; at: string }>,
  datesOf: (articleId: string) => ArticleDates | undefined,
): ResolvedStory[] {
  const sets = new UnionFind();
  for (const group of found) {
    const staying = group.articles.filter((id) => !placements.has(id));
    for (const id of group.articles) sets.add(id);
    for (const id of staying.slice(1)) sets.union(staying[0]!, id);
    if (group.with && staying.length > 0) {
      sets.add(group.with);
      sets.union(staying[0]!, group.with);
    }
  }
  for (const [article, placedWith] of placements) {
    sets.add(article);
    sets.add(placedWith);
    if (placedWith !== article) sets.union(article, placedWith);
  }
  // Only articles of the library (or found in a group, like those in the trash) count: ids a placement names
  // of an article long gone make no story.
  const foundIds = new Set(found.flatMap((group) => group.articles));
  const members = new Map<string, string[]>();
  for (const id of sets.all()) {
    if (!datesOf(id) && !foundIds.has(id)) continue;
    const root = sets.find(id);
    const list = members.get(root) ?? [];
    list.push(id);
    members.set(root, list);
  }
  const stories: ResolvedStory[] = [];
  const storyOfArticle = new Map<string, ResolvedStory>();
  for (const list of members.values()) {
    const articleIds = list.sort((a, b) => earlier(a, b, datesOf));
    const story: ResolvedStory = { id: storyIdOf(articleIds[0]!), articleIds, name: null };
    stories.push(story);
    for (const id of articleIds) storyOfArticle.set(id, story);
  }
  // A name applies to the story its article is in; two names for one story: the one given last. A name taken
  // back (null) counts for nothing, so taking one back never unnames the story its article went to.
  const nameAt = new Map<ResolvedStory, string>();
  for (const [key, written] of names) {
    const story = storyOfArticle.get(anchorOf(key));
    if (!story || written.value === null) continue;
    const held = nameAt.get(story);
    if (held === undefined || written.at > held) {
      nameAt.set(story, written.at);
      story.name = written.value;
    }
  }
  return stories.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Earliest first: by date (undated last), then by id. */
function earlier(a: string, b: string, datesOf: (id: string) => ArticleDates | undefined): number {
  const dateA = instant(datesOf(a)?.date);
  const dateB = instant(datesOf(b)?.date);
  if (dateA !== dateB) return dateA - dateB;
  return a < b ? -1 : a > b ? 1 : 0;
}

function instant(date: string | null | undefined): number {
  const time = Date.parse(date ?? '');
  return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: later finds are quick.
    let at = id;
    while (at !== root) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /** Joins two sets; the smaller id becomes the root, so the result does not depend on the order of unions. */
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    if (rootA < rootB) this.parent.set(rootB, rootA);
    else this.parent.set(rootA, rootB);
  }

  all(): string[] {
    return [...this.parent.keys()];
  }
}
