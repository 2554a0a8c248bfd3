import { z } from 'zod';
import { ArticleId, IsoDate, StoryId, type StorySummary } from '../../contract/index.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';

const StoriesFile = z.object({
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

export function summaryOf(story: StoriesFile['stories'][number]): StorySummary {
  return { id: story.id, title: story.title, renamed: story.renamed, articleIds: [...story.articleIds] };
}
