import { AnnalsError, type StorySummary } from '../../contract/index.ts';
import type { Annotations } from '../annotations/annotations.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { SearchService } from '../search/search-service.ts';
import { type ArticleEventsFile, EventStore } from './event-store.ts';
import { storyTitle } from './stories.ts';
import { StoryAssigner } from './story-assigner.ts';
import { emptyStories, type StoriesFile, StoryStore, summaryOf } from './story-store.ts';

export interface TimelineServiceOptions {
  readOnly?: boolean;
  now?: () => Date;
  /** Finding events of articles saved before the timeline existed (an upgrade). */
  onProgress?: (done: number, total: number) => void;
  /** Events or stories changed. */
  onChanged?: (articleIds?: string[]) => void;
  report?: (message: string) => void;
}

export type Story = StoriesFile['stories'][number];

/**
 * What the parts of the timeline share: each article's events and the stories, as loaded, where they
 * are stored, and the one queue every change to them takes its turn in.
 */
export class TimelineState {
  readonly store: EventStore;
  readonly storyStore: StoryStore;
  readonly files = new Map<string, ArticleEventsFile>();
  stories: StoriesFile = emptyStories();
  assigner = new StoryAssigner();
  readonly queue = new WriteQueue();
  readonly now: () => Date;
  private storyByArticle: Map<string, { id: string; title: string }> | null = null;

  constructor(
    readonly library: Library,
    readonly annotations: Annotations,
    readonly search: SearchService,
    readonly options: TimelineServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    const report = options.report ?? (() => {});
    this.store = new EventStore(library, report, options.readOnly ?? false);
    this.storyStore = new StoryStore(library.paths, this.now, report);
  }

  /** Forgets everything loaded (files are about to be replaced underneath). */
  forget(): void {
    this.files.clear();
    this.stories = emptyStories();
    this.assigner = new StoryAssigner();
    this.storyByArticle = null;
  }

  /** Stories were read again from disk: what was derived from them is out of date. */
  storiesReplaced(stories: StoriesFile): void {
    this.stories = stories;
    this.storyByArticle = null;
  }

  async saveStories(): Promise<void> {
    this.storyByArticle = null;
    if (!this.options.readOnly) await this.storyStore.write(this.stories);
  }

  /** The story an article is in, by id and name, from a map kept until stories change (for `story:` filters). */
  storyName(articleId: string): { id: string; title: string } | null {
    if (!this.storyByArticle) {
      this.storyByArticle = new Map();
      for (const story of this.stories.stories) {
        for (const id of story.articleIds) this.storyByArticle.set(id, { id: story.id, title: story.title });
      }
    }
    return this.storyByArticle.get(articleId) ?? null;
  }

  storyOf(articleId: string): StorySummary | null {
    const story = this.stories.stories.find((s) => s.articleIds.includes(articleId));
    return story ? this.liveSummary(story) : null;
  }

  findStory(storyId: string): Story {
    const story = this.stories.stories.find((s) => s.id === storyId);
    if (!story) throw new AnnalsError('NOT_FOUND', `There is no story ${storyId} in this library.`);
    return story;
  }

  /** A story as the reader sees it: without articles that are in the trash. */
  liveSummary(story: Story): StorySummary {
    const summary = summaryOf(story);
    return { ...summary, articleIds: summary.articleIds.filter((id) => this.library.findSummary(id)) };
  }

  /** A story not renamed by the reader is named after the articles it holds now. */
  retitle(story: Story | null): void {
    if (!story || story.renamed) return;
    const members = story.articleIds.flatMap((id) => this.files.get(id)?.fingerprint ?? []);
    if (members.length > 0) story.title = storyTitle(members);
  }
}

export function byInstant(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}
