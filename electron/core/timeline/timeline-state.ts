import { AnnalsError, type StorySummary } from '../../contract/index.ts';
import type { Annotations } from '../annotations/annotations.ts';
import type { GiveWay } from '../concurrency/reader-activity.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { SearchService } from '../search/search-service.ts';
import type { HybridClock } from '../sync/clock.ts';
import { UNNAMED_DEVICE } from '../sync/record-file.ts';
import { type ArticleEventsFile, EventStore } from './event-store.ts';
import { ReaderWaiting } from './reader-waiting.ts';
import { type HeldFingerprint, titleFieldsOf } from './stories/held-fingerprint.ts';
import { StoryAssigner } from './stories/story-assigner.ts';
import { type ArticleDates, anchorOf } from './stories/story-groups.ts';
import { storyTitle } from './stories/story-title.ts';
import { emptyStories, type StoriesView, StoryStore, summaryOf } from './story-store.ts';
import { TimelineThread, type TimelineThreadOptions } from './timeline-thread.ts';

export interface TimelineServiceOptions {
  readOnly?: boolean;
  /**
   * Answer only once every article's events are found (a one-shot command). Otherwise the timeline answers with
   * the events stored and finds the missing ones in the background, telling onChanged as they arrive.
   */
  waitForEvents?: boolean;
  now?: () => Date;
  /** Finding the events of articles that had none stored (an import, a restore, an upgrade of the rules). */
  onProgress?: (done: number, total: number) => void;
  /** Reading the events already found in a large library, before the first timeline can be shown. */
  onReadProgress?: (done: number, total: number) => void;
  /** Merging the reports of a timeline being opened, when it takes turns (a story of hundreds of articles). */
  onMergeProgress?: (done: number, total: number) => void;
  /** Events or stories changed. */
  onChanged?: (articleIds?: string[]) => void;
  report?: (message: string) => void;
  /** The app's version: merges kept on disk by another release are merged anew (merged-story-files.ts). */
  appVersion?: string;
  /** This computer's device id: the reader's story decisions go to stories/records/<device>.json. */
  device?: string;
  clock?: HybridClock;
  /** Waits while the reader scrolls (the core's ReaderActivity): loading and finding events rest meanwhile. */
  giveWay?: GiveWay;
  /** Where articles' texts are read and stories merged (on this thread unless told to use a worker). */
  timelineThread?: TimelineThreadOptions;
}

export type Story = StoriesView['stories'][number];

/** An article's events as the timeline keeps them loaded: without the fingerprint (see TimelineState.fingerprints). */
export type LoadedEvents = Omit<ArticleEventsFile, 'fingerprint'>;

/**
 * What the parts of the timeline share: each article's events and the stories, as loaded, where they
 * are stored, and the one queue every change to them takes its turn in.
 */
export class TimelineState {
  readonly store: EventStore;
  readonly storyStore: StoryStore;
  /** Each loaded article's events; its fingerprint is held apart, in `fingerprints`. */
  readonly files = new Map<string, LoadedEvents>();
  /** Each loaded article's fingerprint, words by number (held-fingerprint.ts). */
  readonly fingerprints = new Map<string, HeldFingerprint>();
  /** The stories as the reader sees them, derived again whenever what was found or decided changes. */
  stories: StoriesView = emptyStories();
  assigner = new StoryAssigner();
  readonly queue = new WriteQueue();
  /** Timelines and stories being answered to the reader now: the background catch-up waits for them. */
  answering = 0;
  /**
   * Of those, a timeline, an article's events or the list of stories the reader waits for: loading the events at
   * start stops resting between batches for them, at once.
   */
  readonly reader = new ReaderWaiting();
  readonly now: () => Date;
  /** Reads articles' texts and merges stories' reports, off the core's thread in the shells with a window. */
  readonly thread: TimelineThread;
  private storyByArticle: Map<string, { id: string; title: string }> | null = null;
  /** Titles of stories nobody named, by their articles, while those articles' fingerprints stay the same. */
  private titles = new Map<string, { members: HeldFingerprint[]; title: string }>();

  constructor(
    readonly library: Library,
    readonly annotations: Annotations,
    readonly search: SearchService,
    readonly options: TimelineServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.thread = new TimelineThread(options.timelineThread);
    const report = options.report ?? (() => {});
    this.store = new EventStore(library, report, options.readOnly ?? false);
    this.storyStore = new StoryStore(
      library.paths.root,
      options.device ?? UNNAMED_DEVICE,
      this.now,
      report,
      options.readOnly ?? false,
      options.clock,
    );
  }

  /** An article's date for ordering a story's articles (saved, when it has no publication date). */
  readonly datesOf = (id: string): ArticleDates | undefined => {
    const summary = this.library.findSummary(id);
    return summary ? { date: summary.publishedAt ?? summary.savedAt } : undefined;
  };

  /** Forgets everything loaded (files are about to be replaced underneath). */
  forget(): void {
    this.files.clear();
    this.fingerprints.clear();
    this.titles.clear();
    this.stories = emptyStories();
    this.assigner = new StoryAssigner();
    this.storyByArticle = null;
  }

  /** Keeps an article's events, and its fingerprint in the form the assigner compares. */
  keep(id: string, file: ArticleEventsFile): LoadedEvents {
    const { fingerprint, ...events } = file;
    this.files.set(id, events);
    this.fingerprints.set(id, this.assigner.hold(fingerprint));
    return events;
  }

  /** Reads the stories (every device's decisions, what this device found) again from disk. */
  async loadStories(): Promise<void> {
    await this.storyStore.load(this.datesOf);
    this.refreshStories();
  }

  /** Derives the stories again from what was found and decided. */
  refreshStories(): void {
    const { placements, visits } = this.storyStore.decisions();
    this.stories = {
      stories: this.storyStore.resolve(this.datesOf).map((story) => ({
        id: story.id,
        title: story.name ?? this.titleOf(story.articleIds),
        renamed: story.name !== null,
        articleIds: story.articleIds,
      })),
      pinned: Object.keys(placements),
      visits: Object.fromEntries(Object.entries(visits).map(([scope, written]) => [scope, written.value])),
    };
    this.storyByArticle = null;
  }

  /** Keeps what Annals found (articles it placed itself) and derives the stories again. */
  async saveStories(): Promise<void> {
    await this.storyStore.saveFound();
    this.refreshStories();
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

  /**
   * The story by its id; a story's id names its earliest article, so an id no story has any more (its story joined
   * an older one, story-bridges.ts) finds the story that article is in now: a link kept to it still lands.
   */
  findStory(storyId: string): Story {
    const story =
      this.stories.stories.find((s) => s.id === storyId) ??
      this.stories.stories.find((s) => s.articleIds.includes(anchorOf(storyId)));
    if (!story) throw new AnnalsError('NOT_FOUND', `There is no story ${storyId} in this library.`);
    return story;
  }

  /** A story as the reader sees it: without articles that are in the trash. */
  liveSummary(story: Story): StorySummary {
    const summary = summaryOf(story);
    return { ...summary, articleIds: summary.articleIds.filter((id) => this.library.findSummary(id)) };
  }

  /** A story nobody named is named after the articles it holds (earliest first). */
  private titleOf(articleIds: string[]): string {
    const members = articleIds.flatMap((id) => this.fingerprints.get(id) ?? []);
    const key = articleIds.join(' ');
    const held = this.titles.get(key);
    if (held && held.members.length === members.length && held.members.every((member, i) => member === members[i]))
      return held.title;
    const title =
      members.length > 0
        ? storyTitle(members.map((member) => titleFieldsOf(member, this.assigner.vocabulary)))
        : (this.library.findSummary(articleIds[0]!)?.title ?? '');
    this.titles.set(key, { members, title });
    return title;
  }
}

export function byInstant(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}
