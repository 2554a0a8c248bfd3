import { z } from 'zod';
import { ArticleId, IsoDate, StoryId, type StorySummary } from '../../contract/index.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';

export const StoriesFile = z.object({
  schema: z.literal(1),
  stories: z.array(z.object({ id: StoryId, title: z.string(), renamed: z.boolean(), articleIds: z.array(ArticleId) })),
  /** Articles the reader placed by hand: Annals never moves them again. */
  pinned: z.array(ArticleId),
  /** When the reader last opened each timeline, by scope. */
  visits: z.record(z.string(), IsoDate),
});
export type StoriesFile = z.infer<typeof StoriesFile>;

export const emptyStories = (): StoriesFile => ({ schema: 1, stories: [], pinned: [], visits: {} });

/** stories.json: small (ids and names only), read whole at start and written whole on each change. */
export class StoryStore {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {}

  /** The stored stories, or null when there are none yet (or the file was damaged and set aside). */
  async read(): Promise<StoriesFile | null> {
    const result = await readJsonFile(this.paths.stories, StoriesFile);
    if (result.status === 'ok') return result.value;
    if (result.status === 'corrupt') {
      const kept = await quarantine(this.paths.stories, this.paths.root, this.now());
      this.report(
        `The list of stories could not be read (${result.reason}); Annals grouped the articles again and kept the old file as ${kept}.`,
      );
    }
    return null;
  }

  async write(value: StoriesFile): Promise<void> {
    await writeFileAtomic(this.paths.stories, JSON.stringify(value, null, 1));
  }
}

/**
 * The stories of a restored backup added to the library's own: a story is taken for those of its
 * articles no story of the library holds yet (keeping the name the reader gave it); the library's
 * own stories, names and placements stay as they are.
 */
export function mergeStories(own: StoriesFile, restored: StoriesFile): StoriesFile {
  const placed = new Set(own.stories.flatMap((story) => story.articleIds));
  const ids = new Set(own.stories.map((story) => story.id));
  const added = restored.stories.flatMap((story) => {
    const articleIds = story.articleIds.filter((id) => !placed.has(id));
    if (articleIds.length === 0) return [];
    for (const id of articleIds) placed.add(id);
    const id = ids.has(story.id) ? `${story.id}-restored` : story.id;
    ids.add(id);
    return [{ ...story, id, articleIds }];
  });
  const visits = { ...restored.visits };
  for (const [scope, at] of Object.entries(own.visits)) if (!visits[scope] || visits[scope] < at) visits[scope] = at;
  return {
    schema: 1,
    stories: [...own.stories, ...added],
    pinned: [...new Set([...own.pinned, ...restored.pinned])],
    visits,
  };
}

export function summaryOf(story: StoriesFile['stories'][number]): StorySummary {
  return { id: story.id, title: story.title, renamed: story.renamed, articleIds: [...story.articleIds] };
}
