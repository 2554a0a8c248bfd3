// Events are found after a save has been acknowledged, one article at a time, so that saving never
// waits for them; a burst of saves (an import) is one batch.
import { createHash } from 'node:crypto';
import { EventCatchUp } from './event-catch-up.ts';
import type { ArticleEventsFile, FoundEvent } from './event-store.ts';
import { EXTRACTOR_VERSION } from './extraction/extractor-version.ts';
import { storyIdOf } from './stories/story-groups.ts';
import { byInstant, type TimelineState } from './timeline-state.ts';

/** Articles whose stored events are read at once when the timeline loads. */
const READ_AT_ONCE = 16;
/** Loading the events of more articles than this says how far it got. */
const READ_PROGRESS_FROM = 500;
/** The window hears how far loading got at most this often: each notice redraws its status area (issue 12). */
const READ_PROGRESS_EVERY_MS = 500;
/**
 * Loading gives way as the search index's build does: after each batch the process rests as long as the batch took
 * (at most this long), so on two cores the window being scrolled meanwhile keeps one, and longer while the reader
 * scrolls (options.giveWay). A timeline or an article's events the reader opened ends the rests, the one under way too.
 */
const READ_REST_MS = 100;

/**
 * Loads every article's stored events, finds them (in the background, see event-catch-up.ts) where missing or
 * outdated, and finds them again when texts change.
 */
export class ExtractionQueue {
  private ready: Promise<void> | null = null;
  private loaded = false;
  private closing = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Articles saved since the last batch was processed. */
  private readonly pendingIds = new Set<string>();
  private draining: Promise<void> | null = null;
  /** Articles whose events were not stored (or by older rules): found after the first answer. */
  private readonly catchUp: EventCatchUp;

  constructor(private readonly state: TimelineState) {
    this.catchUp = new EventCatchUp(
      state,
      {
        isCurrent: (id) => state.files.get(id)?.extractor === EXTRACTOR_VERSION,
        extract: (id) => this.extract(id),
        place: (ids) => {
          this.placeInOrder(ids);
          // Stories placed or found again are named anew, and the queries see them before the next turn.
          state.refreshStories();
        },
        closing: () => this.closing,
        fail: (error) => this.fail(error),
      },
      !state.options.waitForEvents,
    );
  }

  /**
   * Reads every article's stored events and the stories. Events missing or outdated are found afterwards, in the
   * background, unless the shell waits for every article's events (the command line): then those too.
   */
  ensureLoaded(): Promise<void> {
    this.ready ??= this.state.queue
      .run(() => this.loadIfNeeded())
      .catch((error) => {
        this.ready = null; // try again next time rather than stay broken
        throw error;
      });
    return this.state.options.waitForEvents ? this.ready.then(() => this.catchUp.done()) : this.ready;
  }

  /** Whether an article's events are still to be found by the background catch-up. */
  isWaiting(id: string): boolean {
    return this.catchUp.has(id);
  }

  /** An article the reader asks for is not left to wait its turn in the catch-up. */
  async findNow(id: string): Promise<void> {
    await this.state.queue.run(async () => {
      if (this.catchUp.has(id) && this.state.files.get(id)?.extractor !== EXTRACTOR_VERSION) await this.extract(id);
    });
  }

  /**
   * Runs `change` (a restore moving files in: stories.json, events.json of restored articles) while
   * the timeline writes nothing, then forgets what it had loaded and reads it all again from disk.
   * A timeline nobody had asked for stays unread, as on opening: it is read when first needed, so a
   * restore from the command line holds no article's events besides the restore's own memory.
   */
  async whileReplacingFiles<T>(change: () => Promise<T>): Promise<T> {
    const wasRead = this.ready !== null;
    const result = await this.state.queue.run(async () => {
      try {
        return await change();
      } finally {
        this.state.forget();
        this.catchUp.forget();
        this.loaded = false;
        this.ready = null;
      }
    });
    if (wasRead) await this.ensureLoaded();
    this.state.options.onChanged?.();
    return result;
  }

  /**
   * Reads the story decisions again (another device's records arrived). Articles the catch-up placed since it last
   * kept what it found are placed again, rather than left in no story.
   */
  async reloadStories(): Promise<void> {
    await this.ensureLoaded();
    await this.state.queue.run(async () => {
      await this.state.loadStories();
      await this.assignUnplaced();
    });
  }

  /** Articles whose text was saved (new or again): their events are found again and they join a story. */
  contentChanged(ids: string[]): Promise<void> {
    const { state } = this;
    if (state.options.readOnly) return Promise.resolve();
    for (const id of ids) this.pendingIds.add(id);
    this.draining ??= this.track(
      this.ensureLoaded().then(() =>
        state.queue.run(async () => {
          this.draining = null;
          await this.loadIfNeeded();
          const ids = [...this.pendingIds];
          this.pendingIds.clear();
          const done: string[] = [];
          for (const id of ids) {
            if (!state.library.findSummary(id)) continue;
            await this.extract(id);
            done.push(id);
          }
          await this.assignUnplaced();
          if (done.length > 0) state.options.onChanged?.(done);
        }),
      ),
    );
    return this.draining;
  }

  /** Articles that came back (undelete, restore) and are not loaded yet. */
  libraryChanged(ids: string[]): void {
    const { state } = this;
    if (!this.ready || state.options.readOnly) return;
    // Those the catch-up will reach are left to it, so that stories grow in the same order.
    const missing = ids.filter((id) => !state.files.has(id) && !this.catchUp.has(id) && state.library.findSummary(id));
    if (missing.length > 0) void this.contentChanged(missing).catch((error) => this.fail(error));
  }

  /**
   * Resolves once every queued extraction, the catch-up's too, has finished (closing, and the tests, wait for this):
   * the catch-up stops resting, since the one waiting is who it gave way to.
   */
  async idle(): Promise<void> {
    this.catchUp.endRests();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.state.queue.idle();
  }

  /** Stops a catch-up under way (the rest is done next time) and waits for the writes in progress. */
  async close(): Promise<void> {
    this.closing = true;
    await this.idle();
  }

  /** Finds an article's events again, keeping the reader's edits, promoted highlights and first-seen times. */
  async extract(id: string): Promise<ArticleEventsFile | null> {
    const { state } = this;
    const summary = state.library.findSummary(id);
    if (!summary) return null;
    const previous = state.files.get(id) ?? (await state.store.read(id));
    // Removed meanwhile (the reader took the sample articles away as their events were being found): nothing to find.
    const content = await state.library.content(id).catch((error: unknown) => {
      if (state.library.findSummary(id)) throw error;
      return null;
    });
    if (!content) return null;
    const { events, fingerprint } = await state.thread.read({
      id,
      title: summary.title,
      text: content.text,
      publishedAt: summary.publishedAt,
      savedAt: summary.savedAt,
    });
    const seen = new Map([...(previous?.found ?? [])].map((event) => [event.key, event.firstSeen]));
    const now = state.now().toISOString();
    const keys = new Map<string, number>();
    const found: FoundEvent[] = events.map((event) => {
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
        dateStart: event.dateStart,
        dateEnd: event.dateEnd,
        background: event.background,
        entities: event.entities,
        origin: 'extracted' as const,
        firstSeen: seen.get(key) ?? now,
      };
    });
    // The reader's edits come from the records (another device's may have arrived since).
    const edits = await state.store.readEdits(id);
    const promoted = await this.followHighlights(id, edits.promoted);
    const file: ArticleEventsFile = {
      schema: 1,
      extractor: EXTRACTOR_VERSION,
      found,
      promoted,
      overrides: edits.overrides,
      fingerprint,
    };
    // Removed while its events were being found: none are kept for it (they would stay in the timeline).
    if (!state.library.findSummary(id)) return null;
    await state.store.writeFound(id, file);
    state.keep(id, file);
    const storyId = state.storyOf(id)?.id;
    if (storyId) state.assigner.add(state.fingerprints.get(id)!, storyId);
    return file;
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    const settle = () => this.inFlight.delete(work);
    work.then(settle, settle);
    return work;
  }

  /** Inside the queue: loads what a reset forgot (see whileReplacingFiles). */
  private async loadIfNeeded(): Promise<void> {
    if (this.loaded) return;
    await this.loadAll();
    this.loaded = true;
  }

  private async loadAll(): Promise<void> {
    const { state } = this;
    await state.loadStories();
    const present = new Set(state.library.list('all', 'saved').map((a) => a.id));
    const articles = state.library.list('all', 'published');
    const stale: string[] = [];
    // Several articles' files at a time: one at a time, the wait for the disk was most of a first timeline's.
    // Kept in the library's order, as read one by one, so stories come out the same.
    const report = articles.length >= READ_PROGRESS_FROM ? state.options.onReadProgress : undefined;
    // The command line waits for every answer: nobody to give way to.
    const paced = !state.options.waitForEvents;
    let reportedAt = performance.now();
    report?.(0, articles.length);
    for (let from = 0; from < articles.length; from += READ_AT_ONCE) {
      const started = performance.now();
      const batch = articles.slice(from, from + READ_AT_ONCE);
      const files = await Promise.all(batch.map((article) => state.store.read(article.id)));
      batch.forEach((article, i) => {
        const file = files[i];
        // Events found by older rules are shown until found again: better than none meanwhile.
        if (file) state.keep(article.id, file);
        if (file?.extractor !== EXTRACTOR_VERSION) stale.push(article.id);
      });
      const done = from + batch.length;
      const now = performance.now();
      if (report && (done === articles.length || now - reportedAt >= READ_PROGRESS_EVERY_MS)) {
        report(done, articles.length);
        reportedAt = now;
      }
      const restingAllowed = () => paced && !state.reader.waiting && !this.closing;
      if (done < articles.length && restingAllowed()) {
        await state.reader.rest(Math.min(READ_REST_MS, now - started));
        await state.options.giveWay?.(restingAllowed);
      }
    }
    for (const story of state.stories.stories) {
      for (const id of story.articleIds) {
        const fingerprint = present.has(id) ? state.fingerprints.get(id) : undefined;
        if (fingerprint) state.assigner.add(fingerprint, story.id);
      }
    }
    // Oldest first, so stories grow in the order their articles were published. Started now, never waited for here:
    // the timeline answers with what was stored, and the rest arrives as it is found.
    const waiting = stale.reverse();
    void this.track(this.catchUp.start(waiting));
    const placed = await this.assignUnplaced();
    if (placed > 0) state.options.onChanged?.();
  }

  /** Promoted highlights move with their highlight when the text changes (and go when it was deleted). */
  private async followHighlights(id: string, promoted: FoundEvent[]): Promise<FoundEvent[]> {
    if (promoted.length === 0) return [];
    const anchors = new Map((await this.state.annotations.list(id)).map((a) => [a.id, a]));
    return promoted.flatMap((event) => {
      const annotation = event.annotationId ? anchors.get(event.annotationId) : undefined;
      if (!annotation?.anchor || annotation.orphaned) return [];
      return [{ ...event, start: annotation.anchor.start, end: annotation.anchor.end, text: annotation.anchor.exact }];
    });
  }

  /**
   * Every loaded article that is in no story joins the one it belongs to (or starts its own). Answers how many.
   * Those the catch-up will reach wait for it: they are placed once their events are found by the current rules.
   */
  private async assignUnplaced(): Promise<number> {
    const { state } = this;
    const unplaced = [...state.fingerprints.values()]
      .filter((f) => !this.catchUp.has(f.id) && !state.storyName(f.id))
      .sort((a, b) => byInstant(a.publishedAt ?? '', b.publishedAt ?? ''));
    const placed = this.placeInOrder(unplaced.map((f) => f.id));
    // Fingerprints read or found again name the stories nobody named.
    if (placed === 0) state.refreshStories();
    else await state.saveStories();
    return placed;
  }

  /** Places those of `ids` that are in no story, one after the other (kept in memory until saveStories). */
  private placeInOrder(ids: string[]): number {
    const { state } = this;
    let count = 0;
    for (const id of ids) {
      const fingerprint = state.fingerprints.get(id);
      if (!fingerprint || state.storyName(id) || !state.library.findSummary(id)) continue;
      // With the article it is most like (its story, wherever the reader put that one), or on its own; the stories
      // it brings together (story-bridges.ts) become one, unless the reader shaped them.
      const placement = state.assigner.place(fingerprint, (articles, taken) =>
        state.storyStore.mayBridge(articles, taken),
      );
      // A story that set it apart as often as it welcomed it split (story-kept-out.ts): those articles go on their own.
      if (placement.leaving.length > 0) state.storyStore.splitFound(placement.leaving);
      state.storyStore.placeFound(id, placement.member);
      for (const other of placement.bridged) state.storyStore.joinFound(id, other);
      state.assigner.add(fingerprint, placement.story ?? storyIdOf(id));
      count++;
    }
    return count;
  }

  private fail(error: unknown): void {
    this.state.options.report?.(
      `Finding the events of an article failed: ${error instanceof Error ? error.message : error}`,
    );
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
