import { randomBytes } from 'node:crypto';
import { AnnalsError, type StorySummary } from '../../contract/index.ts';
import { readJsonFile } from '../storage/json-file.ts';
import type { ExtractionQueue } from './extraction-queue.ts';
import { emptyStories, mergeStories, StoriesFile } from './story-store.ts';
import type { Story, TimelineState } from './timeline-state.ts';

/**
 * The reader's changes to stories: renamed, merged, split, an article moved. Articles placed by hand
 * are pinned, so Annals never moves them again. Also when each timeline was last seen.
 */
export class StoryEditing {
  constructor(
    private readonly state: TimelineState,
    private readonly extraction: ExtractionQueue,
  ) {}

  async markVisited(scopeKey: string): Promise<string> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    return state.queue.run(async () => {
      const at = state.now().toISOString();
      state.stories.visits[scopeKey] = at;
      await state.saveStories();
      return at;
    });
  }

  async renameStory(storyId: string, title: string): Promise<StorySummary> {
    return this.changeStories(() => {
      const story = this.state.findStory(storyId);
      story.title = title;
      story.renamed = true;
      return this.state.liveSummary(story);
    });
  }

  async moveArticle(
    articleId: string,
    storyId: string | null,
  ): Promise<{ from: StorySummary | null; to: StorySummary }> {
    const { state } = this;
    state.library.summary(articleId);
    return this.changeStories(() => {
      const from = state.stories.stories.find((s) => s.articleIds.includes(articleId)) ?? null;
      const to = storyId ? state.findStory(storyId) : this.newStory([]);
      if (from === to) return { from: state.liveSummary(from), to: state.liveSummary(to) };
      if (from) from.articleIds = from.articleIds.filter((id) => id !== articleId);
      to.articleIds.push(articleId);
      state.assigner.moved(articleId, to.id);
      this.pin([articleId]);
      state.retitle(from);
      state.retitle(to);
      const answer = { from: from ? state.liveSummary(from) : null, to: state.liveSummary(to) };
      this.dropEmpty();
      return answer;
    });
  }

  async mergeStories(storyIds: string[]): Promise<StorySummary> {
    const { state } = this;
    return this.changeStories(() => {
      const [target, ...others] = storyIds.map((id) => state.findStory(id));
      for (const other of others) {
        if (other === target) continue;
        target!.articleIds.push(...other.articleIds.filter((id) => !target!.articleIds.includes(id)));
        for (const id of other.articleIds) state.assigner.moved(id, target!.id);
        other.articleIds = [];
      }
      this.pin(target!.articleIds);
      state.retitle(target!);
      this.dropEmpty();
      return state.liveSummary(target!);
    });
  }

  async splitStory(storyId: string, articleIds: string[]): Promise<{ kept: StorySummary; split: StorySummary }> {
    const { state } = this;
    return this.changeStories(() => {
      const story = state.findStory(storyId);
      const moving = articleIds.filter((id) => story.articleIds.includes(id));
      if (moving.length === 0) throw new AnnalsError('BAD_INPUT', 'None of those articles is in that story.');
      if (moving.length === story.articleIds.length) {
        throw new AnnalsError('BAD_INPUT', 'Leave at least one article in the story (or rename it instead).');
      }
      story.articleIds = story.articleIds.filter((id) => !moving.includes(id));
      const split = this.newStory(moving);
      for (const id of moving) state.assigner.moved(id, split.id);
      this.pin(story.articleIds);
      this.pin(moving);
      state.retitle(story);
      state.retitle(split);
      return { kept: state.liveSummary(story), split: state.liveSummary(split) };
    });
  }

  /**
   * A restored backup's stories.json (staged at `path`) merged into the library's own, on disk. Only
   * inside whileReplacingFiles: what is loaded is read again afterwards. Answers whether it was merged.
   */
  async mergeRestoredStories(path: string): Promise<boolean> {
    const restored = await readJsonFile(path, StoriesFile);
    if (restored.status !== 'ok') return false;
    const own = (await this.state.storyStore.read()) ?? emptyStories();
    await this.state.storyStore.write(mergeStories(own, restored.value));
    return true;
  }

  /** Applies a change to the stories and saves them; a change that throws leaves them as they were. */
  private async changeStories<T>(change: () => T): Promise<T> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    return state.queue.run(async () => {
      const before = structuredClone(state.stories);
      try {
        const answer = change();
        await state.saveStories();
        state.options.onChanged?.();
        return answer;
      } catch (error) {
        state.stories = before;
        throw error;
      }
    });
  }

  private newStory(articleIds: string[]): Story {
    const story = { id: `story-${randomBytes(6).toString('hex')}`, title: '', renamed: false, articleIds };
    this.state.stories.stories.push(story);
    return story;
  }

  private pin(ids: string[]): void {
    for (const id of ids) if (!this.state.stories.pinned.includes(id)) this.state.stories.pinned.push(id);
  }

  private dropEmpty(): void {
    this.state.stories.stories = this.state.stories.stories.filter((s) => s.articleIds.length > 0);
  }
}
