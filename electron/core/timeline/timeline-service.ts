// Events per article and stories across articles, kept up to date as articles arrive, and the reader's
// edits to both. Extraction runs after a save has been acknowledged, one article at a time, so that
// saving never waits for it.
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import {
  AnnalsError,
  type ArticleEvent,
  type ArticleSummary,
  type EventRef,
  type Precision,
  type StorySummary,
  type TimelineScope,
} from '../../contract/index.ts';
import type { Annotations } from '../annotations/annotations.ts';
import type { Library } from '../library/library.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { SearchService } from '../search/search-service.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { referenceDay } from './calendar.ts';
import {
  type ArticleEventsFile,
  applyOverride,
  type EventOverride,
  EventStore,
  type FoundEvent,
  visibleEvents,
} from './event-store.ts';
import { type ArticleFingerprint, fingerprintArticle, storyTitle } from './stories.ts';
import { StoryAssigner } from './story-assigner.ts';
import { emptyStories, mergeStories, StoriesFile, StoryStore, summaryOf } from './story-store.ts';

/**
 * The extraction rules load chrono-node and compromise, most of a second: only when there is text to
 * read, so that opening a library (and every CLI command) does not pay for them.
 */
function loadExtraction() {
  return Promise.all([
    import('./events.ts'),
    import('./dates.ts'),
    import('./entities.ts'),
    import('./story-entities.ts'),
  ]).then(([events, dates, entities, story]) => ({
    extractEvents: events.extractEvents,
    resolveDates: dates.resolveDates,
    extractEntities: entities.extractEntities,
    storyEntities: story.storyEntities,
  }));
}

/** Upgrades of more articles than this are paced (see loadAll). */
const UPGRADE_PAUSE_FROM = 50;

/** Raise when the extraction rules change: stored events of older rules are found again on upgrade. */
export const EXTRACTOR_VERSION = 1;

export interface TimelineServiceOptions {
  readOnly?: boolean;
  now?: () => Date;
  /** Finding events of articles saved before the timeline existed (an upgrade). */
  onProgress?: (done: number, total: number) => void;
  /** Events or stories changed. */
  onChanged?: (articleIds?: string[]) => void;
  report?: (message: string) => void;
}

/** An article with its events, as timelines are built from. */
export interface ScopedArticle {
  summary: ArticleSummary;
  storyId: string | null;
  events: ArticleEvent[];
}

export class TimelineService {
  private readonly store: EventStore;
  private readonly storyStore: StoryStore;
  private readonly files = new Map<string, ArticleEventsFile>();
  private stories: StoriesFile = emptyStories();
  private ready: Promise<void> | null = null;
  private readonly queue = new WriteQueue();
  private readonly now: () => Date;
  private readonly inFlight = new Set<Promise<void>>();
  private assigner = new StoryAssigner();
  /** Articles saved since the last batch was processed: a burst of saves (an import) is one batch. */
  private readonly pendingIds = new Set<string>();
  private draining: Promise<void> | null = null;
  private loaded = false;
  private storyByArticle: Map<string, { id: string; title: string }> | null = null;
  private closing = false;

  constructor(
    private readonly library: Library,
    private readonly annotations: Annotations,
    private readonly search: SearchService,
    private readonly options: TimelineServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    const report = options.report ?? (() => {});
    this.store = new EventStore(library.paths, this.now, report);
    this.storyStore = new StoryStore(library.paths, this.now, report);
  }

  /** Reads every article's events (finding them where missing or outdated) and the stories. */
  ensureLoaded(): Promise<void> {
    this.ready ??= this.queue
      .run(() => this.loadIfNeeded())
      .catch((error) => {
        this.ready = null; // try again next time rather than stay broken
        throw error;
      });
    return this.ready;
  }

  /**
   * Runs `change` (a restore moving files in: stories.json, events.json of restored articles) while
   * the timeline writes nothing, then forgets what it had loaded and reads it all again from disk.
   */
  async whileReplacingFiles<T>(change: () => Promise<T>): Promise<T> {
    const result = await this.queue.run(async () => {
      try {
        return await change();
      } finally {
        this.files.clear();
        this.stories = emptyStories();
        this.assigner = new StoryAssigner();
        this.loaded = false;
        this.ready = null;
        this.storyByArticle = null;
      }
    });
    await this.ensureLoaded();
    this.options.onChanged?.();
    return result;
  }

  /**
   * A restored backup's stories.json (staged at `path`) merged into the library's own, on disk. Only
   * inside whileReplacingFiles: what is loaded is read again afterwards. Answers whether it was merged.
   */
  async mergeRestoredStories(path: string): Promise<boolean> {
    const restored = await readJsonFile(path, StoriesFile);
    if (restored.status !== 'ok') return false;
    const own = (await this.storyStore.read()) ?? emptyStories();
    await this.storyStore.write(mergeStories(own, restored.value));
    return true;
  }

  /** Starts loading in the background (the app does this at start). */
  warmUp(): Promise<void> {
    return this.ensureLoaded();
  }

  /** Articles whose text was saved (new or again): their events are found again and they join a story. */
  contentChanged(ids: string[]): Promise<void> {
    if (this.options.readOnly) return Promise.resolve();
    for (const id of ids) this.pendingIds.add(id);
    this.draining ??= this.track(
      this.ensureLoaded().then(() =>
        this.queue.run(async () => {
          this.draining = null;
          await this.loadIfNeeded();
          const ids = [...this.pendingIds];
          this.pendingIds.clear();
          const done: string[] = [];
          for (const id of ids) {
            if (!this.library.findSummary(id)) continue;
            await this.extract(id);
            done.push(id);
          }
          await this.assignUnplaced();
          if (done.length > 0) this.options.onChanged?.(done);
        }),
      ),
    );
    return this.draining;
  }

  /** Articles that came back (undelete, restore) and are not loaded yet. */
  libraryChanged(ids: string[]): void {
    if (!this.ready || this.options.readOnly) return;
    const missing = ids.filter((id) => !this.files.has(id) && this.library.findSummary(id));
    if (missing.length > 0) void this.contentChanged(missing).catch((error) => this.fail(error));
  }

  /** Resolves once every queued extraction has finished (the CLI waits for this before it exits). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.queue.idle();
  }

  /** Stops an upgrade under way (the rest is done next time) and waits for the writes in progress. */
  async close(): Promise<void> {
    this.closing = true;
    await this.idle();
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    const settle = () => this.inFlight.delete(work);
    work.then(settle, settle);
    return work;
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  async articleEvents(articleId: string): Promise<ArticleEvent[]> {
    this.library.summary(articleId);
    await this.ensureLoaded();
    const file = this.files.get(articleId);
    return file ? visibleEvents(file) : [];
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

  async listStories(minArticles: number): Promise<(StorySummary & { eventCount: number; latest: string | null })[]> {
    await this.ensureLoaded();
    return this.stories.stories
      .map((story) => this.liveSummary(story))
      .filter((story) => story.articleIds.length >= minArticles)
      .map((story) => {
        const summaries = story.articleIds.map((id) => this.library.summary(id));
        const latest =
          summaries
            .map((s) => s.publishedAt ?? s.savedAt)
            .sort(byInstant)
            .at(-1) ?? null;
        const eventCount = story.articleIds.reduce(
          (sum, id) =>
            sum + (this.files.get(id) ? visibleEvents(this.files.get(id)!).filter((e) => !e.hidden).length : 0),
          0,
        );
        return { ...story, eventCount, latest };
      })
      .sort((a, b) => byInstant(b.latest ?? '', a.latest ?? ''));
  }

  /** The articles a scope covers, each with its events (hidden ones included; callers decide). */
  async scopeArticles(scope: TimelineScope): Promise<ScopedArticle[]> {
    await this.ensureLoaded();
    let ids: string[];
    switch (scope.kind) {
      case 'all':
        ids = this.library.list('all', 'published').map((a) => a.id);
        break;
      case 'story': {
        const story = this.stories.stories.find((s) => s.id === scope.storyId);
        if (!story) throw new AnnalsError('NOT_FOUND', `There is no story ${scope.storyId} in this library.`);
        ids = story.articleIds;
        break;
      }
      case 'tag':
        ids = this.library.list('all', 'published', { tags: [scope.tag] }).map((a) => a.id);
        break;
      case 'entity':
        ids = this.library.list('all', 'published').map((a) => a.id);
        break;
      case 'search':
        ids = (await this.search.search(scope.query, 500)).map((hit) => hit.id);
        break;
      case 'article':
        this.library.summary(scope.articleId);
        ids = [scope.articleId];
        break;
    }
    const wanted = scope.kind === 'entity' ? scope.name.toLowerCase() : null;
    const out: ScopedArticle[] = [];
    for (const id of ids) {
      const summary = this.library.findSummary(id);
      const file = this.files.get(id);
      if (!summary || !file) continue;
      let events = visibleEvents(file);
      if (wanted) events = events.filter((event) => namesEntity(event, wanted));
      if (wanted && events.length === 0) continue;
      out.push({ summary, storyId: this.storyOf(id)?.id ?? null, events });
    }
    return out;
  }

  storySummary(storyId: string): StorySummary {
    const story = this.stories.stories.find((s) => s.id === storyId);
    if (!story) throw new AnnalsError('NOT_FOUND', `There is no story ${storyId} in this library.`);
    return this.liveSummary(story);
  }

  lastVisit(scopeKey: string): string | null {
    return this.stories.visits[scopeKey] ?? null;
  }

  // ── The reader's edits ─────────────────────────────────────────────────────────────────────

  async markVisited(scopeKey: string): Promise<string> {
    await this.ensureLoaded();
    return this.queue.run(async () => {
      const at = this.now().toISOString();
      this.stories.visits[scopeKey] = at;
      await this.saveStories();
      return at;
    });
  }

  async editEvents(refs: EventRef[], patch: EventOverride): Promise<ArticleEvent[]> {
    return this.changeEvents(refs, (current) => ({ ...current, ...patch }));
  }

  async resetEvents(refs: EventRef[]): Promise<ArticleEvent[]> {
    return this.changeEvents(refs, () => undefined);
  }

  async promoteHighlight(
    articleId: string,
    annotationId: string,
    chosen: { date?: string; precision?: Precision },
  ): Promise<ArticleEvent> {
    const summary = this.library.summary(articleId);
    const annotation = (await this.annotations.list(articleId)).find((a) => a.id === annotationId);
    if (!annotation?.anchor || annotation.kind !== 'highlight') {
      throw new AnnalsError('NOT_FOUND', 'That highlight is not in this article any more.');
    }
    await this.ensureLoaded();
    return this.queue.run(async () => {
      const file = this.files.get(articleId) ?? (await this.extract(articleId));
      if (!file) throw new AnnalsError('NOT_FOUND', `No article with id ${articleId} in this library.`);
      const { resolveDates, extractEntities } = await loadExtraction();
      const quote = annotation.anchor!.exact;
      const day = referenceDay(summary.publishedAt, summary.savedAt);
      const found = resolveDates(quote, day)[0];
      const precision = chosen.precision ?? (chosen.date ? precisionOf(chosen.date) : (found?.precision ?? 'day'));
      const date = chosen.date ?? found?.date ?? `${day.year}-${pad(day.month)}-${pad(day.day)}`;
      const event: FoundEvent = {
        key: `hl-${annotationId}`,
        date: truncate(date, precision),
        ...(found?.endDate && !chosen.date ? { endDate: found.endDate } : {}),
        precision,
        text: quote,
        start: annotation.anchor!.start,
        end: annotation.anchor!.end,
        entities: extractEntities(quote),
        origin: 'highlight',
        annotationId,
        firstSeen: this.now().toISOString(),
      };
      file.promoted = [...file.promoted.filter((e) => e.key !== event.key), event];
      await this.store.write(articleId, file);
      this.options.onChanged?.([articleId]);
      return applyOverride(event, file.overrides[event.key]);
    });
  }

  // ── Stories ────────────────────────────────────────────────────────────────────────────────

  async renameStory(storyId: string, title: string): Promise<StorySummary> {
    return this.changeStories(() => {
      const story = this.findStory(storyId);
      story.title = title;
      story.renamed = true;
      return this.liveSummary(story);
    });
  }

  async moveArticle(
    articleId: string,
    storyId: string | null,
  ): Promise<{ from: StorySummary | null; to: StorySummary }> {
    this.library.summary(articleId);
    return this.changeStories(() => {
      const from = this.stories.stories.find((s) => s.articleIds.includes(articleId)) ?? null;
      const to = storyId ? this.findStory(storyId) : this.newStory([]);
      if (from === to) return { from: this.liveSummary(from), to: this.liveSummary(to) };
      if (from) from.articleIds = from.articleIds.filter((id) => id !== articleId);
      to.articleIds.push(articleId);
      this.assigner.moved(articleId, to.id);
      this.pin([articleId]);
      this.retitle(from);
      this.retitle(to);
      const answer = { from: from ? this.liveSummary(from) : null, to: this.liveSummary(to) };
      this.dropEmpty();
      return answer;
    });
  }

  async mergeStories(storyIds: string[]): Promise<StorySummary> {
    return this.changeStories(() => {
      const [target, ...others] = storyIds.map((id) => this.findStory(id));
      for (const other of others) {
        if (other === target) continue;
        target!.articleIds.push(...other.articleIds.filter((id) => !target!.articleIds.includes(id)));
        for (const id of other.articleIds) this.assigner.moved(id, target!.id);
        other.articleIds = [];
      }
      this.pin(target!.articleIds);
      this.retitle(target!);
      this.dropEmpty();
      return this.liveSummary(target!);
    });
  }

  async splitStory(storyId: string, articleIds: string[]): Promise<{ kept: StorySummary; split: StorySummary }> {
    return this.changeStories(() => {
      const story = this.findStory(storyId);
      const moving = articleIds.filter((id) => story.articleIds.includes(id));
      if (moving.length === 0) throw new AnnalsError('BAD_INPUT', 'None of those articles is in that story.');
      if (moving.length === story.articleIds.length) {
        throw new AnnalsError('BAD_INPUT', 'Leave at least one article in the story (or rename it instead).');
      }
      story.articleIds = story.articleIds.filter((id) => !moving.includes(id));
      const split = this.newStory(moving);
      for (const id of moving) this.assigner.moved(id, split.id);
      this.pin(story.articleIds);
      this.pin(moving);
      this.retitle(story);
      this.retitle(split);
      return { kept: this.liveSummary(story), split: this.liveSummary(split) };
    });
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────────

  /** Inside the queue: loads what a reset forgot (see whileReplacingFiles). */
  private async loadIfNeeded(): Promise<void> {
    if (this.loaded) return;
    await this.loadAll();
    this.loaded = true;
  }

  private async loadAll(): Promise<void> {
    const stored = await this.storyStore.read();
    this.stories = stored ?? emptyStories();
    this.storyByArticle = null;
    const present = new Set(this.library.list('all', 'saved').map((a) => a.id));
    const articles = this.library.list('all', 'published');
    const stale: string[] = [];
    for (const article of articles) {
      const file = await this.store.read(article.id);
      if (file && file.extractor === EXTRACTOR_VERSION) this.files.set(article.id, file);
      else stale.push(article.id);
    }
    for (const story of this.stories.stories) {
      for (const id of story.articleIds) {
        const file = present.has(id) ? this.files.get(id) : undefined;
        if (file) this.assigner.add(file.fingerprint, story.id);
      }
    }
    let done = 0;
    if (stale.length > 0) this.options.onProgress?.(0, stale.length);
    // Oldest first, so stories grow in the order their articles were published.
    for (const id of stale.reverse()) {
      // Closing: what is left is found next time (those articles have no events file yet).
      if (this.closing) return;
      const started = performance.now();
      await this.extract(id);
      this.options.onProgress?.(++done, stale.length);
      // Reading a whole library again (an upgrade) takes minutes: leave the process as much time idle
      // as extraction takes, so the reader's own requests are answered promptly meanwhile.
      if (stale.length > UPGRADE_PAUSE_FROM) await delay(Math.min(250, performance.now() - started));
    }
    const placed = await this.assignUnplaced();
    if (stale.length > 0 || placed > 0) this.options.onChanged?.();
  }

  /** Finds an article's events again, keeping the reader's edits, promoted highlights and first-seen times. */
  private async extract(id: string): Promise<ArticleEventsFile | null> {
    const summary = this.library.findSummary(id);
    if (!summary) return null;
    const previous = this.files.get(id) ?? (await this.store.read(id));
    const { text } = await this.library.content(id);
    const { extractEvents, storyEntities } = await loadExtraction();
    const seen = new Map([...(previous?.found ?? [])].map((event) => [event.key, event.firstSeen]));
    const now = this.now().toISOString();
    const keys = new Map<string, number>();
    const found: FoundEvent[] = extractEvents(text, { publishedAt: summary.publishedAt, savedAt: summary.savedAt }).map(
      (event) => {
        const base = eventKey(event.text, event.date, event.endDate, event.precision);
        const count = (keys.get(base) ?? 0) + 1;
        keys.set(base, count);
        const key = count === 1 ? base : `${base}-${count}`;
        return {
          key,
          date: event.date,
          ...(event.endDate ? { endDate: event.endDate } : {}),
          precision: event.precision,
          text: event.text,
          start: event.start,
          end: event.end,
          entities: event.entities,
          origin: 'extracted' as const,
          firstSeen: seen.get(key) ?? now,
        };
      },
    );
    const promoted = await this.followHighlights(id, previous?.promoted ?? []);
    const fingerprint: ArticleFingerprint = fingerprintArticle({
      id,
      title: summary.title,
      text,
      entities: storyEntities(text),
      publishedAt: summary.publishedAt,
    });
    const file: ArticleEventsFile = {
      schema: 1,
      extractor: EXTRACTOR_VERSION,
      found,
      promoted,
      overrides: previous?.overrides ?? {},
      fingerprint,
    };
    if (!this.options.readOnly) await this.store.write(id, file);
    this.files.set(id, file);
    const storyId = this.storyOf(id)?.id;
    if (storyId) this.assigner.add(fingerprint, storyId);
    return file;
  }

  /** Promoted highlights move with their highlight when the text changes (and go when it was deleted). */
  private async followHighlights(id: string, promoted: FoundEvent[]): Promise<FoundEvent[]> {
    if (promoted.length === 0) return [];
    const anchors = new Map((await this.annotations.list(id)).map((a) => [a.id, a]));
    return promoted.flatMap((event) => {
      const annotation = event.annotationId ? anchors.get(event.annotationId) : undefined;
      if (!annotation?.anchor || annotation.orphaned) return [];
      return [{ ...event, start: annotation.anchor.start, end: annotation.anchor.end, text: annotation.anchor.exact }];
    });
  }

  /** Every loaded article that is in no story joins the one it belongs to (or starts its own). Answers how many. */
  private async assignUnplaced(): Promise<number> {
    const placed = new Set(this.stories.stories.flatMap((s) => s.articleIds));
    const unplaced = [...this.files.values()]
      .map((file) => file.fingerprint)
      .filter((f) => !placed.has(f.id) && this.library.findSummary(f.id))
      .sort((a, b) => byInstant(a.publishedAt ?? '', b.publishedAt ?? ''));
    if (unplaced.length === 0) return 0;
    const byId = new Map(this.stories.stories.map((s) => [s.id, s]));
    const grown = new Set<StoriesFile['stories'][number]>();
    for (const fingerprint of unplaced) {
      const chosen = this.assigner.choose(fingerprint);
      let story = chosen ? byId.get(chosen) : undefined;
      if (story) story.articleIds.push(fingerprint.id);
      else {
        story = {
          id: `story-${fingerprint.id}`,
          title: fingerprint.title,
          renamed: false,
          articleIds: [fingerprint.id],
        };
        this.stories.stories.push(story);
        byId.set(story.id, story);
      }
      this.assigner.add(fingerprint, story.id);
      grown.add(story);
    }
    for (const story of grown) this.retitle(story);
    await this.saveStories();
    return unplaced.length;
  }

  private async changeEvents(
    refs: EventRef[],
    change: (current: EventOverride) => EventOverride | undefined,
  ): Promise<ArticleEvent[]> {
    await this.ensureLoaded();
    return this.queue.run(async () => {
      const touched = new Set<string>();
      const answers: ArticleEvent[] = [];
      for (const { articleId, key } of refs) {
        const file = this.files.get(articleId);
        const event = file && [...file.found, ...file.promoted].find((e) => e.key === key);
        if (!file || !event) throw new AnnalsError('NOT_FOUND', `There is no event ${key} in article ${articleId}.`);
        const next = change(file.overrides[key] ?? {});
        if (next && Object.keys(next).length > 0) file.overrides[key] = next;
        else delete file.overrides[key];
        touched.add(articleId);
        answers.push(applyOverride(event, file.overrides[key]));
      }
      for (const id of touched) await this.store.write(id, this.files.get(id)!);
      this.options.onChanged?.([...touched]);
      return answers;
    });
  }

  private async changeStories<T>(change: () => T): Promise<T> {
    await this.ensureLoaded();
    return this.queue.run(async () => {
      const before = structuredClone(this.stories);
      try {
        const answer = change();
        await this.saveStories();
        this.options.onChanged?.();
        return answer;
      } catch (error) {
        this.stories = before;
        throw error;
      }
    });
  }

  private async saveStories(): Promise<void> {
    this.storyByArticle = null;
    if (!this.options.readOnly) await this.storyStore.write(this.stories);
  }

  private findStory(storyId: string): StoriesFile['stories'][number] {
    const story = this.stories.stories.find((s) => s.id === storyId);
    if (!story) throw new AnnalsError('NOT_FOUND', `There is no story ${storyId} in this library.`);
    return story;
  }

  private newStory(articleIds: string[]): StoriesFile['stories'][number] {
    const story = { id: `story-${randomBytes(6).toString('hex')}`, title: '', renamed: false, articleIds };
    this.stories.stories.push(story);
    return story;
  }

  private pin(ids: string[]): void {
    for (const id of ids) if (!this.stories.pinned.includes(id)) this.stories.pinned.push(id);
  }

  private retitle(story: StoriesFile['stories'][number] | null): void {
    if (!story || story.renamed) return;
    const members = story.articleIds.flatMap((id) => this.files.get(id)?.fingerprint ?? []);
    if (members.length > 0) story.title = storyTitle(members);
  }

  private dropEmpty(): void {
    this.stories.stories = this.stories.stories.filter((s) => s.articleIds.length > 0);
  }

  /** A story as the reader sees it: without articles that are in the trash. */
  private liveSummary(story: StoriesFile['stories'][number]): StorySummary {
    const summary = summaryOf(story);
    return { ...summary, articleIds: summary.articleIds.filter((id) => this.library.findSummary(id)) };
  }

  private fail(error: unknown): void {
    this.options.report?.(`Finding the events of an article failed: ${error instanceof Error ? error.message : error}`);
  }
}

/** A key for one event of one article that stays the same when the same text is extracted again. */
function eventKey(text: string, date: string, endDate: string | undefined, precision: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256')
    .update(`${normalized}\n${date}\n${endDate ?? ''}\n${precision}`)
    .digest('hex')
    .slice(0, 16);
}

function namesEntity(event: ArticleEvent, wanted: string): boolean {
  const { people, organizations, places } = event.entities;
  return [...people, ...organizations, ...places].some((name) => name.toLowerCase() === wanted);
}

function precisionOf(date: string): Precision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

function truncate(date: string, precision: Precision): string {
  return precision === 'day' ? date.slice(0, 10) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function byInstant(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}
