import { rm } from 'node:fs/promises';
import type { ImportStatus } from '../../../contract/index.ts';
import { WorkerPool } from '../../concurrency/worker-pool.ts';
import {
  type QueuedArticle,
  type QueueFileOptions,
  QueueFileWriter,
  readQueueFile,
  type SavedQueue,
} from './queue-file.ts';
import { type LookUp, QueuedArticles } from './queued-articles.ts';

export interface FetchQueueOptions extends QueueFileOptions {
  /** Where an older Annals kept it, in the synced library folder: taken in and removed on load. */
  legacyFile?: string;
  /**
   * The library's word on a queued article: undefined when it is gone (in the trash, deleted, merged away
   * as a duplicate, here or on another computer), else whether it still waits for its text.
   */
  lookUp: LookUp;
  concurrency?: number;
  /** Fetches one article's text and stores it; throws (with a readable message) when it cannot. */
  fetch: (article: QueuedArticle, signal: AbortSignal) => Promise<void>;
  /** The article failed for good (for now): mark it so the reader view can say why. */
  failed: (article: QueuedArticle, reason: string) => Promise<void>;
  onChange: (status: ImportStatus) => void;
}

/**
 * The background fetch of imported articles' text: a few at a time, pausable, kept in the library
 * folder so it carries on after a restart, failures kept with their reasons until retried.
 * It holds no library lock while it waits on the network.
 */
export class FetchQueue {
  private readonly queued = new QueuedArticles();
  private readonly active = new Set<string>();
  private paused = false;
  private done = 0;
  private running = false;
  private idleWaiters: (() => void)[] = [];
  private readonly file: QueueFileWriter;
  /** Aborted on close, so quitting never waits for a slow server. */
  private readonly stopping = new AbortController();
  private readonly pool: WorkerPool<QueuedArticle>;

  constructor(private readonly options: FetchQueueOptions) {
    this.pool = new WorkerPool(
      options.concurrency ?? 4,
      () => this.next(),
      (article) => this.fetchOne(article),
    );
    this.file = new QueueFileWriter(options, () => ({
      schema: 1,
      paused: this.paused,
      done: this.done,
      ...this.queued.saved(),
    }));
  }

  async load(): Promise<void> {
    const own = await readQueueFile(this.options.file, this.options);
    if (own) this.adopt(own);
    if (this.options.legacyFile) await this.takeInLegacy(this.options.legacyFile, own !== null);
  }

  /** Takes in a queue's articles (ones already listed stay as they are). */
  private adopt(queue: SavedQueue, withState = true): void {
    if (withState) {
      this.paused = queue.paused;
      this.done = queue.done;
    }
    this.queued.adopt(queue);
  }

  /**
   * Follows the library (after a change to these articles, or to any): an article queued that is gone from
   * it is set aside, one set aside that is back is queued again (see QueuedArticles.follow).
   */
  follow(ids?: readonly string[]): void {
    if (!this.queued.follow(ids, this.options.lookUp)) return;
    this.file.schedule();
    this.changed();
    this.pump();
  }

  /**
   * The queue an older Annals kept in the library folder, which a sync tool carries to every device:
   * its articles join this device's own queue, which is saved before the old file is removed, so a
   * crash between the two loses nothing. Another device reading it later rebuilds its own from the
   * library (every imported article still without text is queued again).
   */
  private async takeInLegacy(file: string, hasOwn: boolean): Promise<void> {
    const legacy = await readQueueFile(file, this.options);
    if (!legacy) return;
    this.adopt(legacy, !hasOwn);
    if (this.options.readOnly) return;
    await this.file.save();
    await rm(file, { force: true });
  }

  has(id: string): boolean {
    return this.queued.has(id);
  }

  /** Queues articles (ones already queued are left as they are) and starts on them if running. */
  async add(articles: { id: string; url: string; title: string }[]): Promise<number> {
    if (this.queued.waitingCount === 0 && this.active.size === 0) this.done = 0; // a new round of progress
    const added = this.queued.add(articles);
    if (added > 0) {
      await this.file.save();
      this.changed();
      this.pump();
    }
    return added;
  }

  /** Begins fetching (the app, or the CLI before it exits); answers how to stop. */
  start(): () => void {
    this.running = true;
    this.pump();
    return () => {
      this.running = false;
    };
  }

  async pause(): Promise<ImportStatus> {
    this.paused = true;
    await this.file.save();
    this.changed();
    this.settleIdle();
    return this.status();
  }

  async resume(): Promise<ImportStatus> {
    this.paused = false;
    await this.file.save();
    this.changed();
    this.pump();
    return this.status();
  }

  /** Fetches failed articles again: these (the ones of them still waiting first), or all of them. */
  async retry(ids?: string[]): Promise<QueuedArticle[]> {
    const again = this.queued.retry(ids);
    if (again.length > 0) {
      await this.file.save();
      this.changed();
      this.pump();
    }
    return again;
  }

  /** Articles waiting their turn, not being fetched now (ones gone from the library set aside first). */
  waitingArticles(): QueuedArticle[] {
    this.follow(this.queued.waitingIds());
    return this.queued.waitingArticles(this.active);
  }

  /** Articles whose text was stored without the queue (the text their export carried): done, no longer waiting. */
  async complete(ids: string[]): Promise<void> {
    const finished = this.queued.complete(ids, this.active);
    if (finished === 0) return;
    this.done += finished;
    await this.file.save();
    this.changed();
    this.settleIdle();
  }

  status(): ImportStatus {
    const failed = this.queued.failed();
    return {
      pending: this.queued.size - failed.length,
      done: this.done,
      failed,
      paused: this.paused,
      active: this.active.size,
    };
  }

  /** Resolves when nothing is left to fetch now (everything fetched or failed, or paused). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking articles, cuts short the ones under way (they stay queued), and writes where it got to. */
  async close(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    if (this.active.size > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    await this.file.save();
  }

  private isIdle(): boolean {
    return this.active.size === 0 && (this.paused || !this.running || this.queued.waitingCount === 0);
  }

  /** Starts fetching while there is room; settles the waiters once nothing is left to do now. */
  private pump(): void {
    void this.pool.fill().then(() => this.settleIdle());
    this.settleIdle();
  }

  /**
   * The next article to fetch, unless stopped or paused. Asked of the library again at its turn: the queue
   * may have been read from a file that still lists an article trashed since, here or on another computer.
   */
  private next(): QueuedArticle | undefined {
    while (this.running && !this.paused && this.queued.waitingCount > 0) {
      const id = this.queued.takeNext()!;
      const article = this.queued.get(id);
      if (article && !this.options.lookUp(id)) {
        this.queued.putAside([id]);
        this.file.schedule();
        this.changed();
        continue;
      }
      if (article?.status === 'pending' && !this.active.has(id)) return article;
    }
    return undefined;
  }

  private async fetchOne(article: QueuedArticle): Promise<void> {
    this.active.add(article.id);
    try {
      await this.options.fetch(article, this.stopping.signal);
      if (this.queued.setAsideMeanwhile(article, this.options.lookUp)) return;
      this.queued.remove(article.id);
      this.done++;
    } catch (error) {
      if (this.stopping.signal.aborted) return; // cut short by closing: still pending, fetched next time
      if (this.queued.setAsideMeanwhile(article, this.options.lookUp)) return;
      const reason = error instanceof Error ? error.message : String(error);
      article.status = 'failed';
      article.reason = reason;
      await this.options.failed(article, reason).catch(() => {});
    } finally {
      this.active.delete(article.id);
      this.file.schedule();
      this.changed();
    }
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private changed(): void {
    this.options.onChange(this.status());
  }
}
