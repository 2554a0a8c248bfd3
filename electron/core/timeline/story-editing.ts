import { readFile } from 'node:fs/promises';
import { AnnalsError, type StorySummary } from '../../contract/index.ts';
import { salvageJson } from '../storage/salvage-json.ts';
import type { ExtractionQueue } from './extraction-queue.ts';
import { storyIdOf } from './stories/story-groups.ts';
import { legacyStoriesKind } from './stories/story-records.ts';
import type { StoryChanges } from './story-store.ts';
import type { Story, TimelineState } from './timeline-state.ts';

/**
 * The reader's changes to stories: renamed, merged, split, an article moved. Each is recorded as
 * decisions in this device's record (story-records.ts): an article placed by hand stays where the
 * reader put it, on every device, and Annals never moves it again. Also when each timeline was last
 * seen.
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
      await state.storyStore.decide({ visits: { [scopeKey]: at } });
      state.refreshStories();
      return at;
    });
  }

  async renameStory(storyId: string, title: string): Promise<StorySummary> {
    return this.changeStories(
      () => ({ names: { [this.state.findStory(storyId).id]: title } }),
      () => this.storyWith(storyId.replace(/^story-/, '')),
    );
  }

  async moveArticle(
    articleId: string,
    storyId: string | null,
  ): Promise<{ from: StorySummary | null; to: StorySummary }> {
    return this.move(articleId, () => (storyId ? this.state.findStory(storyId) : null));
  }

  /**
   * Moves an article into the story `member` is in, that story found when the move takes its turn: a story's id
   * follows its earliest article, and may change while the move waits (an article went to the trash).
   */
  async moveArticleBeside(articleId: string, member: string): Promise<{ from: StorySummary | null; to: StorySummary }> {
    return this.move(articleId, () => {
      const story = this.state.stories.stories.find((s) => s.articleIds.includes(member));
      if (!story) throw new AnnalsError('NOT_FOUND', `No story holds the article ${member}.`);
      return story;
    });
  }

  private async move(
    articleId: string,
    target: () => Story | null,
  ): Promise<{ from: StorySummary | null; to: StorySummary }> {
    const { state } = this;
    state.library.summary(articleId);
    let stays: string | null = null;
    return this.changeStories(
      () => {
        const from = state.stories.stories.find((s) => s.articleIds.includes(articleId)) ?? null;
        const to = target();
        const changes: Required<StoryChanges> = { names: {}, placements: {}, visits: {} };
        if (from && from === to) {
          stays = to.articleIds[0]!;
          return changes;
        }
        changes.placements[articleId] = to ? earliestBut(to, new Set([articleId])) : articleId;
        if (from) stays = this.leaving(from, new Set([articleId]), changes);
        return changes;
      },
      () => ({ from: stays ? this.storyWith(stays) : null, to: this.storyWith(articleId) }),
    );
  }

  async mergeStories(storyIds: string[]): Promise<StorySummary> {
    const { state } = this;
    let target = '';
    return this.changeStories(
      () => {
        const [into, ...others] = storyIds.map((id) => state.findStory(id));
        target = into!.articleIds[0]!;
        const changes: Required<StoryChanges> = { names: {}, placements: {}, visits: {} };
        const { names } = state.storyStore.decisions();
        for (const other of others) {
          if (other === into) continue;
          for (const id of other.articleIds) {
            changes.placements[id] = target;
            // The story merged into keeps its name; the names the others had go with them.
            if (names[storyIdOf(id)]?.value) changes.names[storyIdOf(id)] = null;
          }
        }
        return changes;
      },
      () => this.storyWith(target),
    );
  }

  async splitStory(storyId: string, articleIds: string[]): Promise<{ kept: StorySummary; split: StorySummary }> {
    const { state } = this;
    let kept = '';
    let first = '';
    return this.changeStories(
      () => {
        const story = state.findStory(storyId);
        const moving = story.articleIds.filter((id) => articleIds.includes(id));
        if (moving.length === 0) throw new AnnalsError('BAD_INPUT', 'None of those articles is in that story.');
        if (moving.length === story.articleIds.length) {
          throw new AnnalsError('BAD_INPUT', 'Leave at least one article in the story (or rename it instead).');
        }
        first = moving[0]!;
        const changes: Required<StoryChanges> = { names: {}, placements: {}, visits: {} };
        for (const id of moving) changes.placements[id] = first;
        kept = this.leaving(story, new Set(moving), changes)!;
        return changes;
      },
      () => ({ kept: this.storyWith(kept), split: this.storyWith(first) }),
    );
  }

  /**
   * A restored backup's stories.json (staged at `path`) merged into the library's decisions: the names it
   * gave stories the library has not named, and the articles it placed by hand that are not placed here.
   * Only inside whileReplacingFiles: what is loaded is read again afterwards. Answers whether it was merged.
   */
  async mergeRestoredStories(path: string): Promise<boolean> {
    const { state } = this;
    const raw = salvageJson(await readFile(path, 'utf8').catch(() => '')).value;
    const restored = raw === undefined ? null : legacyStoriesKind.read(raw)?.value;
    if (!restored) return false;
    await state.loadStories();
    const { placements, visits } = state.storyStore.decisions();
    const changes: Required<StoryChanges> = { names: {}, placements: {}, visits: {} };
    const pinned = new Set(restored.pinned);
    for (const story of restored.stories) {
      const [first] = story.articleIds;
      const here = first ? state.storyOf(first) : null;
      if (first && story.renamed && !here?.renamed) changes.names[storyIdOf(first)] = story.title;
      for (const id of story.articleIds) if (first && pinned.has(id) && !placements[id]) changes.placements[id] = first;
    }
    for (const [scope, at] of Object.entries(restored.visits))
      if (!visits[scope] || visits[scope].value < at) changes.visits[scope] = at;
    await state.storyStore.decide(changes);
    return true;
  }

  /**
   * What moving `moving` out of `story` must take care of: articles of the story the reader placed with a
   * moving one stay (with the story's earliest remaining article), and the story's name, when it is kept
   * under a moving article, is kept under that one. Answers the article the story is known by from now.
   */
  private leaving(story: Story, moving: Set<string>, changes: Required<StoryChanges>): string | null {
    const remaining = story.articleIds.filter((id) => !moving.has(id));
    const anchor = remaining[0];
    if (!anchor) return null;
    const { placements, names } = this.state.storyStore.decisions();
    for (const id of remaining) {
      const placedWith = changes.placements[id] ?? placements[id]?.value;
      if (placedWith !== undefined && moving.has(placedWith)) changes.placements[id] = anchor;
    }
    for (const id of moving) {
      const name = names[storyIdOf(id)];
      if (!name?.value) continue;
      changes.names[storyIdOf(id)] = null;
      if (story.renamed && name.value === story.title) changes.names[storyIdOf(anchor)] = name.value;
    }
    for (const id of moving) this.state.storyStore.refollowFound(id, anchor);
    return anchor;
  }

  /** The story an article is in, as the reader sees it. */
  private storyWith(articleId: string): StorySummary {
    const story = this.state.stories.stories.find((s) => s.articleIds.includes(articleId));
    if (!story) throw new AnnalsError('NOT_FOUND', `No story holds the article ${articleId}.`);
    return this.state.liveSummary(story);
  }

  /**
   * Records the decisions `decide` makes (reading the stories as they are) in this device's record, derives
   * the stories again, and answers what `answer` reads of them. A change that throws records nothing.
   */
  private async changeStories<T>(decide: () => StoryChanges, answer: () => T): Promise<T> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    return state.queue.run(async () => {
      const changes = decide();
      await state.storyStore.decide(changes);
      await state.storyStore.saveFound();
      state.refreshStories();
      state.options.onChanged?.();
      return answer();
    });
  }
}

/** The earliest article of a story that is not among `excluded` (a story's articles come earliest first). */
function earliestBut(story: Story, excluded: Set<string>): string {
  return story.articleIds.find((id) => !excluded.has(id)) ?? story.articleIds[0]!;
}
