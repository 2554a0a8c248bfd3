// Finding the events of every article that has none stored (an imported, restored or synced library, or an
// upgrade of the extraction rules) takes minutes in a large library: it runs after the timeline has answered
// with what was stored, in short turns of the timeline's queue, so that the reader's own requests and edits
// keep being answered, and the views follow as events arrive.
import { setTimeout as delay, setImmediate as nextTurn } from 'node:timers/promises';
import type { TimelineState } from './timeline-state.ts';

/** How long one turn of finding events may hold the timeline's queue (an edit waits at most about this long). */
const TURN_MS = 200;
/** The views are told what changed at most this often: each notice makes the window read its timeline again. */
const NOTICE_EVERY_MS = 3_000;
/** The window hears how far it got at most this often: each notice redraws its status area (issue 12). */
const PROGRESS_EVERY_MS = 1_000;
/** Finding the events of more articles than this leaves the process idle as long as each turn took. */
const PACE_FROM = 50;
/** The longest pause between two turns. */
const PAUSE_MS = 250;
/** How often a turn waiting for the reader's answers looks again. */
const ANSWERS_FIRST_MS = 50;
/**
 * The first turn waits this long: the window asks for the stories and a timeline together as it opens, and the
 * extraction rules take a second to load; those answers go first.
 */
const FIRST_TURN_AFTER_MS = 1_000;

export interface CatchUpWork {
  /** Whether the article's events are those the current rules find. */
  isCurrent(id: string): boolean;
  /** Finds an article's events again and keeps them (inside a turn of the queue). */
  extract(id: string): Promise<unknown>;
  /** Places articles whose events were just found in their stories, in this order (inside a turn). */
  place(ids: string[]): void;
  /** Whether the timeline is closing: what is left is found next time. */
  closing(): boolean;
  fail(error: unknown): void;
}

/** The articles whose events are still to be found, worked through oldest first in the background. */
export class EventCatchUp {
  private readonly waiting = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  /** Raised when what was loaded is forgotten: a catch-up of an earlier load stops. */
  private generation = 0;
  /**
   * Ends the rests between turns: when the timeline closes (quitting never waits out a pause), or when something
   * waits for every article's events (then it is the one to answer first: the rests end for good).
   */
  private readonly restsOver = new AbortController();

  constructor(
    private readonly state: TimelineState,
    private readonly work: CatchUpWork,
    /** Whether to give way to the reader (the app); a one-shot command has nobody to give way to. */
    private readonly paced: boolean,
    private readonly firstTurnAfterMs = FIRST_TURN_AFTER_MS,
  ) {}

  /**
   * A rest under way ends now and no other is taken. Closing (which also stops the turns: what is left is found next
   * time) and waiting for every article's events call this.
   */
  endRests(): void {
    this.restsOver.abort();
  }

  /** Whether an article's events are still to be found by the catch-up under way. */
  has(id: string): boolean {
    return this.waiting.has(id);
  }

  /** Starts finding the events of `ids`, in this order (call inside a turn of the queue; never waits for it). */
  start(ids: string[]): Promise<void> {
    if (ids.length === 0) return this.running;
    for (const id of ids) this.waiting.add(id);
    const generation = this.generation;
    this.running = this.run(ids, generation)
      .catch((error) => this.work.fail(error))
      .finally(() => {
        if (generation === this.generation) this.waiting.clear();
      });
    return this.running;
  }

  /** Resolves once the catch-up under way has finished (or stopped: closing, or the files were replaced). */
  done(): Promise<void> {
    return this.running;
  }

  /** What was loaded is forgotten (files replaced underneath): the catch-up under way stops at its next turn. */
  forget(): void {
    this.generation++;
    this.waiting.clear();
  }

  private async run(ids: string[], generation: number): Promise<void> {
    const { state, work } = this;
    const total = ids.length;
    const pace = this.paced && total > PACE_FROM;
    let done = 0;
    let reportedAt = performance.now();
    let changed: string[] = [];
    /** The first turn's events are shown at once: a library with none stored shows some as soon as it can. */
    let noticed = Number.NEGATIVE_INFINITY;
    state.options.onProgress?.(0, total);
    if (this.paced) await this.rest(this.firstTurnAfterMs);
    while (done < total) {
      // A timeline or the stories being answered go first: a turn started among them would hold them up. (Not
      // when nobody is to be given way to: the command line's answers are the ones waiting for this catch-up.)
      while (this.paced && state.answering > 0 && !work.closing()) await this.rest(ANSWERS_FIRST_MS);
      const turn = await state.queue.run(async () => {
        if (work.closing() || generation !== this.generation) return null;
        const started = performance.now();
        const taken: string[] = [];
        while (done + taken.length < total && (taken.length === 0 || performance.now() - started < TURN_MS)) {
          const id = ids[done + taken.length]!;
          taken.push(id);
          // Found already (the reader opened it, or its text was saved again meanwhile): placed in its turn.
          if (!work.isCurrent(id)) await work.extract(id).catch((error) => work.fail(error));
          this.waiting.delete(id);
        }
        work.place(taken);
        changed.push(...taken);
        const last = done + taken.length === total;
        const notice = last || performance.now() - noticed >= NOTICE_EVERY_MS;
        if (notice) await state.saveStories();
        return { taken: taken.length, ms: performance.now() - started, notice };
      });
      if (!turn) return;
      done += turn.taken;
      const now = performance.now();
      if (done === total || now - reportedAt >= PROGRESS_EVERY_MS) {
        state.options.onProgress?.(done, total);
        reportedAt = now;
      }
      if (turn.notice) {
        state.options.onChanged?.(changed);
        changed = [];
        noticed = now;
      }
      // A few articles' events are found without resting, but never while the reader scrolls.
      if (done < total) await (this.paced ? this.rest(pace ? Math.min(PAUSE_MS, turn.ms) : 0) : nextTurn());
    }
  }

  /** Waits `ms`, and then while the reader scrolls, or less when the rests end meanwhile. */
  private async rest(ms: number): Promise<void> {
    await delay(ms, undefined, { signal: this.restsOver.signal }).catch(() => undefined);
    await this.state.options.giveWay?.(() => !this.restsOver.signal.aborted);
  }
}
