import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { ArticleId, type ImportStatus } from '../../../contract/index.ts';
import { WorkerPool } from '../../concurrency/worker-pool.ts';
import { WriteQueue } from '../../library/write-queue.ts';
import { writeFileAtomic } from '../../storage/atomic-write.ts';
import { readJsonFile } from '../../storage/json-file.ts';
import { quarantine } from '../../storage/quarantine.ts';

const QueuedArticle = z.object({
  id: ArticleId,
  url: z.string(),
  title: z.string(),
  status: z.enum(['pending', 'failed']),
  reason: z.string().optional(),
});
export type QueuedArticle = z.infer<typeof QueuedArticle>;

const QueueFile = z.object({
  schema: z.literal(1),
  paused: z.boolean(),
  done: z.number().int().nonnegative(),
  articles: z.array(QueuedArticle),
  /** Articles trashed while queued, kept to be queued again as they were if they come back. */
  setAside: z.array(QueuedArticle).optional(),
});

export interface FetchQueueOptions {
  /** import-queue.json in this device's own data (.annals/<device>/). */
  file: string;
  /** Where an older Annals kept it, in the synced library folder: taken in and removed on load. */
  legacyFile?: string;
  libraryDir: string;
  now: () => Date;
  /**
   * The library's word on a queued article: undefined when it is gone (in the trash, deleted, merged away
   * as a duplicate, here or on another computer), else whether it still waits for its text.
   */
  lookUp: (id: string) => { contentStatus?: 'pending' | 'failed' } | undefined;
  concurrency?: number;
  /** Fetches one article's text and stores it; throws (with a readable message) when it cannot. */
  fetch: (article: QueuedArticle, signal: AbortSignal) => Promise<void>;
  /** The article failed for good (for now): mark it so the reader view can say why. */
  failed: (article: QueuedArticle, reason: string) => Promise<void>;
  onChange: (status: ImportStatus) => void;
  report: (message: string) => void;
  readOnly?: boolean;
}

/** Progress is written at most this often while fetching; a crash costs at most this much refetching. */
const SAVE_DELAY_MS = 1_000;

/**
 * The background fetch of imported articles' text: a few at a time, pausable, kept in the library
 * folder so it carries on after a restart, failures kept with their reasons until retried.
 * It holds no library lock while it waits on the network.
 */
export class FetchQueue {
  private readonly articles = new Map<string, QueuedArticle>();
  /** Articles gone from the library while queued: never fetched, queued again if they come back still without text. */
  private readonly setAside = new Map<string, QueuedArticle>();
  /** Ids waiting their turn, oldest first. */
  private waiting: string[] = [];
  private readonly active = new Set<string>();
  private paused = false;
  private done = 0;
  private running = false;
  private saveTimer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];
  private readonly writes = new WriteQueue();
  /** Aborted on close, so quitting never waits for a slow server. */
  private readonly stopping = new AbortController();
  private readonly pool: WorkerPool<QueuedArticle>;

  constructor(private readonly options: FetchQueueOptions) {
    this.pool = new WorkerPool(
      options.concurrency ?? 4,
      () => this.next(),
      (article) => this.fetchOne(article),
    );
  }

  async load(): Promise<void> {
    const own = await this.read(this.options.file);
    if (own) this.adopt(own);
    if (this.options.legacyFile) await this.takeInLegacy(this.options.legacyFile, own !== null);
  }

  /** The queue a file holds, or null when it is missing or damaged (set aside and said so). */
  private async read(file: string): Promise<z.output<typeof QueueFile> | null> {
    const result = await readJsonFile(file, QueueFile);
    if (result.status === 'corrupt') {
      const kept = this.options.readOnly ? file : await quarantine(file, this.options.libraryDir, this.options.now());
      this.options.report(
        `The list of imported articles still to fetch could not be read (${result.reason}); it was kept as ${kept} and rebuilt from the library.`,
      );
      return null;
    }
    return result.status === 'ok' ? result.value : null;
  }

  /** Takes in a queue's articles (ones already listed stay as they are). */
  private adopt(queue: z.output<typeof QueueFile>, withState = true): void {
    if (withState) {
      this.paused = queue.paused;
      this.done = queue.done;
    }
    for (const article of queue.articles) {
      if (this.articles.has(article.id)) continue;
      this.articles.set(article.id, article);
      if (article.status === 'pending') this.waiting.push(article.id);
    }
    for (const article of queue.setAside ?? []) {
      if (!this.articles.has(article.id)) this.setAside.set(article.id, article);
    }
  }

  /**
   * Follows the library (after a change to these articles, or to any): an article queued that is gone from
   * it leaves the queue and is set aside, so it is never fetched; one set aside that is back and still
   * without its text is queued again as it was (its failure and reason kept), and forgotten once its text
   * arrived some other way.
   */
  follow(ids?: readonly string[]): void {
    const queued = ids ? ids.filter((id) => this.articles.has(id)) : [...this.articles.keys()];
    const aside = ids ? ids.filter((id) => this.setAside.has(id)) : [...this.setAside.keys()];
    const gone = queued.filter((id) => !this.options.lookUp(id));
    let returned = 0;
    for (const id of aside) {
      const summary = this.options.lookUp(id);
      if (!summary) continue;
      const article = this.setAside.get(id)!;
      this.setAside.delete(id);
      returned++;
      if (!summary.contentStatus) continue;
      // The library says where it stands now: another computer may have retried it meanwhile.
      if (summary.contentStatus === 'pending') {
        article.status = 'pending';
        delete article.reason;
        this.waiting.push(id);
      } else article.status = 'failed';
      this.articles.set(id, article);
    }
    if (gone.length === 0 && returned === 0) return;
    this.putAside(gone);
    this.scheduleSave();
    this.changed();
    this.pump();
  }

  /** Out of the queue (one being fetched is not stored: the library no longer lists it), kept as it was. */
  private putAside(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    for (const id of ids) {
      this.setAside.set(id, { ...this.articles.get(id)! });
      this.articles.delete(id);
    }
    this.waiting = this.waiting.filter((id) => !gone.has(id));
  }

  /**
   * The queue an older Annals kept in the library folder, which a sync tool carries to every device:
   * its articles join this device's own queue, which is saved before the old file is removed, so a
   * crash between the two loses nothing. Another device reading it later rebuilds its own from the
   * library (every imported article still without text is queued again).
   */
  private async takeInLegacy(file: string, hasOwn: boolean): Promise<void> {
    const legacy = await this.read(file);
    if (!legacy) return;
    this.adopt(legacy, !hasOwn);
    if (this.options.readOnly) return;
    await this.save();
    await rm(file, { force: true });
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  /** Queues articles (ones already queued are left as they are) and starts on them if running. */
  async add(articles: { id: string; url: string; title: string }[]): Promise<number> {
    if (this.waiting.length === 0 && this.active.size === 0) this.done = 0; // a new round of progress
    let added = 0;
    for (const { id, url, title } of articles) {
      if (this.articles.has(id)) continue;
      this.articles.set(id, { id, url, title, status: 'pending' });
      this.waiting.push(id);
      added++;
    }
    if (added > 0) {
      await this.save();
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
    await this.save();
    this.changed();
    this.settleIdle();
    return this.status();
  }

  async resume(): Promise<ImportStatus> {
    this.paused = false;
    await this.save();
    this.changed();
    this.pump();
    return this.status();
  }

  /** Fetches failed articles again: these (the ones of them still waiting first), or all of them. */
  async retry(ids?: string[]): Promise<QueuedArticle[]> {
    const wanted = ids ? new Set(ids) : null;
    const again = [...this.articles.values()].filter(
      (article) => article.status === 'failed' && (!wanted || wanted.has(article.id)),
    );
    for (const article of again) {
      article.status = 'pending';
      delete article.reason;
      this.waiting.push(article.id);
    }
    // Named ones still waiting their turn (the reader asked for them to be fetched again) go first.
    const hurried = wanted ? this.waiting.filter((id) => wanted.has(id)) : [];
    if (hurried.length > 0) this.waiting = [...hurried, ...this.waiting.filter((id) => !wanted!.has(id))];
    if (again.length > 0) {
      await this.save();
      this.changed();
      this.pump();
    }
    return again;
  }

  /** Articles waiting their turn, not being fetched now (ones gone from the library set aside first). */
  waitingArticles(): QueuedArticle[] {
    this.follow(this.waiting);
    return this.waiting
      .map((id) => this.articles.get(id))
      .filter((article) => article?.status === 'pending' && !this.active.has(article.id)) as QueuedArticle[];
  }

  /** Articles whose text was stored without the queue (the text their export carried): done, no longer waiting. */
  async complete(ids: string[]): Promise<void> {
    const finished = new Set(ids.filter((id) => this.articles.get(id)?.status === 'pending' && !this.active.has(id)));
    if (finished.size === 0) return;
    for (const id of finished) this.articles.delete(id);
    this.waiting = this.waiting.filter((id) => !finished.has(id));
    this.done += finished.size;
    await this.save();
    this.changed();
    this.settleIdle();
  }

  status(): ImportStatus {
    const failed = [...this.articles.values()]
      .filter((article) => article.status === 'failed')
      .map(({ id, url, title, reason }) => ({ id, url, title, reason: reason ?? 'unknown' }));
    return {
      pending: this.articles.size - failed.length,
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
    await this.save();
  }

  private isIdle(): boolean {
    return this.active.size === 0 && (this.paused || !this.running || this.waiting.length === 0);
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
    while (this.running && !this.paused && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      const article = this.articles.get(id);
      if (article && !this.options.lookUp(id)) {
        this.putAside([id]);
        this.scheduleSave();
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
      if (this.setAsideMeanwhile(article)) return;
      this.articles.delete(article.id);
      this.done++;
    } catch (error) {
      if (this.stopping.signal.aborted) return; // cut short by closing: still pending, fetched next time
      if (this.setAsideMeanwhile(article)) return;
      const reason = error instanceof Error ? error.message : String(error);
      article.status = 'failed';
      article.reason = reason;
      await this.options.failed(article, reason).catch(() => {});
    } finally {
      this.active.delete(article.id);
      this.scheduleSave();
      this.changed();
    }
  }

  /**
   * Trashed while its page was on its way: not stored (the library no longer listed it), so neither done nor
   * failed. Restored meanwhile too, it waits its turn again (it was skipped while this fetch was under way).
   */
  private setAsideMeanwhile(article: QueuedArticle): boolean {
    if (this.articles.get(article.id) === article && !this.options.lookUp(article.id)) this.putAside([article.id]);
    const listed = this.articles.get(article.id);
    if (listed === article) return false;
    if (listed?.status === 'pending' && !this.waiting.includes(article.id)) this.waiting.push(article.id);
    return true;
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

  private scheduleSave(): void {
    if (this.saveTimer || this.options.readOnly) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save().catch((error: unknown) =>
        this.options.report(`The import queue could not be saved: ${String(error)}`),
      );
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  private async save(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.options.readOnly) return;
    // One write at a time, each of the state at its turn: an older state never lands last.
    await this.writes.run(() =>
      writeFileAtomic(
        this.options.file,
        JSON.stringify({
          schema: 1,
          paused: this.paused,
          done: this.done,
          articles: [...this.articles.values()],
          setAside: [...this.setAside.values()],
        }),
      ),
    );
  }
}
