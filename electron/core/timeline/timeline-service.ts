// Events per article and stories across articles, kept up to date as articles arrive, and the reader's
// edits to both: one object for the core, over the extraction queue, the queries, event edits and
// story editing, which share the loaded state (timeline-state.ts).
import type { ArticleEvent, EventRef, Precision, StorySummary, TimelineScope } from '../../contract/index.ts';
import type { Annotations } from '../annotations/annotations.ts';
import type { Library } from '../library/library.ts';
import type { SearchService } from '../search/search-service.ts';
import { BuiltTimelines } from './built-timelines.ts';
import { EventEdits } from './event-edits.ts';
import type { EventOverride } from './event-store.ts';
import { ExtractionQueue } from './extraction-queue.ts';
import { type CarriedEvents, type CopyEvents, MergedCopyEvents } from './merged-copy-events.ts';
import { MergedStories } from './merged-stories.ts';
import { MergedStoryFiles } from './merged-story-files.ts';
import type { ArticleEvents, MergedEvent, MergeProgress } from './merging/merge-events.ts';
import { legacyStoriesKind } from './stories/story-records.ts';
import { StoryEditing } from './story-editing.ts';
import { type ScopedArticle, TimelineQueries } from './timeline-queries.ts';
import { type TimelineServiceOptions, TimelineState } from './timeline-state.ts';

export class TimelineService {
  private readonly state: TimelineState;
  private readonly extraction: ExtractionQueue;
  private readonly queries: TimelineQueries;
  private readonly events: EventEdits;
  private readonly stories: StoryEditing;
  private readonly mergedCopies: MergedCopyEvents;
  /** What merging made of the stories whose timelines were opened, for opening them again at once. */
  readonly mergedStories: MergedStories;
  /** The timelines last answered, whole, until anything changes (built-timelines.ts). */
  readonly builtTimelines = new BuiltTimelines();

  constructor(library: Library, annotations: Annotations, search: SearchService, options: TimelineServiceOptions = {}) {
    this.state = new TimelineState(library, annotations, search, options);
    this.extraction = new ExtractionQueue(this.state);
    this.queries = new TimelineQueries(this.state, this.extraction);
    this.events = new EventEdits(this.state, this.extraction);
    this.stories = new StoryEditing(this.state, this.extraction);
    this.mergedCopies = new MergedCopyEvents(this.state, this.extraction);
    const files = new MergedStoryFiles(
      library.paths.mergedStories,
      options.readOnly ?? false,
      options.report,
      undefined,
      options.appVersion,
    );
    this.mergedStories = new MergedStories(files);
  }

  // ── Loading and finding events ─────────────────────────────────────────────────────────────

  ensureLoaded(): Promise<void> {
    return this.extraction.ensureLoaded();
  }

  /**
   * Answers the reader (a timeline, the stories): the background catch-up takes no turn meanwhile. `opened`: what
   * the reader opened and is looking at (a timeline, an article's events), which loading never rests for.
   */
  async answering<T>(answer: () => Promise<T>, opened = false): Promise<T> {
    this.state.answering++;
    if (opened) this.state.reader.started();
    try {
      return await answer();
    } finally {
      this.state.answering--;
      if (opened) this.state.reader.ended();
    }
  }

  /** Starts loading in the background (the app does this at start). */
  warmUp(): Promise<void> {
    return this.extraction.ensureLoaded();
  }

  whileReplacingFiles<T>(change: () => Promise<T>): Promise<T> {
    return this.extraction.whileReplacingFiles(change);
  }

  /** Reads the story decisions again (another device's records arrived) and derives the stories anew. */
  async reloadStories(): Promise<void> {
    await this.extraction.reloadStories();
    this.state.options.onChanged?.();
  }

  /**
   * The stories as a format-1 stories.json holds them (for backups). Read from disk, never waiting for events
   * to be found: a backup from the command line must not start a library's first extraction.
   */
  async exportStories(): Promise<string> {
    return this.state.queue.run(async () => {
      await this.state.loadStories();
      return legacyStoriesKind.serialize(this.state.storyStore.exportLegacy(this.state.stories));
    });
  }

  mergeRestoredStories(path: string): Promise<boolean> {
    return this.stories.mergeRestoredStories(path);
  }

  contentChanged(ids: string[]): Promise<void> {
    return this.extraction.contentChanged(ids);
  }

  libraryChanged(ids: string[]): void {
    this.extraction.libraryChanged(ids);
  }

  idle(): Promise<void> {
    return this.extraction.idle();
  }

  async close(): Promise<void> {
    await this.extraction.close();
    await this.mergedStories.settled();
    await this.state.thread.close();
  }

  /** A story's reports merged, where the timeline's work is done (timeline-thread.ts), telling how far it got. */
  mergeReports(
    entries: readonly ArticleEvents[],
    onProgress: (progress: MergeProgress) => void,
  ): Promise<MergedEvent[]> {
    return this.state.thread.merge(entries, onProgress);
  }

  /** How far merging the timeline being opened has got (pairs of reports compared, of all to compare). */
  reportMerging(done: number, total: number): void {
    this.state.options.onMergeProgress?.(done, total);
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  articleEvents(articleId: string): Promise<ArticleEvent[]> {
    return this.queries.articleEvents(articleId);
  }

  storyName(articleId: string): { id: string; title: string } | null {
    return this.state.storyName(articleId);
  }

  storyOf(articleId: string): StorySummary | null {
    return this.state.storyOf(articleId);
  }

  listStories(minArticles: number): Promise<(StorySummary & { eventCount: number; latest: string | null })[]> {
    return this.queries.listStories(minArticles);
  }

  scopeArticles(scope: TimelineScope): Promise<ScopedArticle[]> {
    return this.queries.scopeArticles(scope);
  }

  storySummary(storyId: string): StorySummary {
    return this.queries.storySummary(storyId);
  }

  lastVisit(scopeKey: string): string | null {
    return this.queries.lastVisit(scopeKey);
  }

  // ── The reader's edits ─────────────────────────────────────────────────────────────────────

  markVisited(scopeKey: string): Promise<string> {
    return this.stories.markVisited(scopeKey);
  }

  editEvents(refs: EventRef[], patch: EventOverride): Promise<ArticleEvent[]> {
    return this.events.editEvents(refs, patch);
  }

  resetEvents(refs: EventRef[]): Promise<ArticleEvent[]> {
    return this.events.resetEvents(refs);
  }

  promoteHighlight(
    articleId: string,
    annotationId: string,
    chosen: { date?: string; precision?: Precision },
  ): Promise<ArticleEvent> {
    return this.events.promoteHighlight(articleId, annotationId, chosen);
  }

  /** Duplicates about to be merged: what the reader did to their events (see merged-copy-events.ts). */
  copyEvents(ids: string[]): Promise<CopyEvents[]> {
    return this.mergedCopies.copyEvents(ids);
  }

  /** The merged copies' event edits on the article kept. */
  carryEventEdits(keep: string, copies: CopyEvents[]): Promise<CarriedEvents> {
    return this.mergedCopies.carry(keep, copies);
  }

  /** Undo of a merge: the copies' event edits leave the article kept. */
  takeBackEventEdits(keep: string, carried: CarriedEvents): Promise<void> {
    return this.mergedCopies.takeBack(keep, carried);
  }

  renameStory(storyId: string, title: string): Promise<StorySummary> {
    return this.stories.renameStory(storyId, title);
  }

  moveArticle(articleId: string, storyId: string | null): Promise<{ from: StorySummary | null; to: StorySummary }> {
    return this.stories.moveArticle(articleId, storyId);
  }

  /** Into the story `member` is in, whatever that story's id is by the time the move takes its turn. */
  moveArticleBeside(articleId: string, member: string): Promise<{ from: StorySummary | null; to: StorySummary }> {
    return this.stories.moveArticleBeside(articleId, member);
  }

  mergeStories(storyIds: string[]): Promise<StorySummary> {
    return this.stories.mergeStories(storyIds);
  }

  splitStory(storyId: string, articleIds: string[]): Promise<{ kept: StorySummary; split: StorySummary }> {
    return this.stories.splitStory(storyId, articleIds);
  }
}
