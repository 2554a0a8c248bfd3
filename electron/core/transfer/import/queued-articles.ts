import type { ImportFailure } from '../../../contract/index.ts';
import type { QueuedArticle, SavedQueue } from './queue-file.ts';

// What the import queue holds, apart from how it fetches: the articles queued (waiting or failed), the order they
// wait in, and those set aside while gone from the library, with the rules for following the library's changes.

/** The library's word on a queued article: undefined when it is gone, else whether it still waits for its text. */
export type LookUp = (id: string) => { contentStatus?: 'pending' | 'failed' } | undefined;

export class QueuedArticles {
  private readonly articles = new Map<string, QueuedArticle>();
  /** Articles gone from the library while queued: never fetched, queued again if they come back still without text. */
  private readonly setAside = new Map<string, QueuedArticle>();
  /** Ids waiting their turn, oldest first. */
  private waiting: string[] = [];

  /** How many are queued, waiting or failed. */
  get size(): number {
    return this.articles.size;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  get(id: string): QueuedArticle | undefined {
    return this.articles.get(id);
  }

  /** Takes in a queue's articles (ones already listed stay as they are). */
  adopt(queue: SavedQueue): void {
    for (const article of queue.articles) {
      if (this.articles.has(article.id)) continue;
      this.articles.set(article.id, article);
      if (article.status === 'pending') this.waiting.push(article.id);
    }
    for (const article of queue.setAside ?? []) {
      if (!this.articles.has(article.id)) this.setAside.set(article.id, article);
    }
  }

  /** What the file keeps of them. */
  saved(): Pick<SavedQueue, 'articles' | 'setAside'> {
    return { articles: [...this.articles.values()], setAside: [...this.setAside.values()] };
  }

  /**
   * Follows the library (after a change to these articles, or to any): an article queued that is gone from
   * it leaves the queue and is set aside, so it is never fetched; one set aside that is back and still
   * without its text is queued again as it was (its failure and reason kept), and forgotten once its text
   * arrived some other way. Answers whether anything changed.
   */
  follow(ids: readonly string[] | undefined, lookUp: LookUp): boolean {
    const queued = ids ? ids.filter((id) => this.articles.has(id)) : [...this.articles.keys()];
    const aside = ids ? ids.filter((id) => this.setAside.has(id)) : [...this.setAside.keys()];
    const gone = queued.filter((id) => !lookUp(id));
    let returned = 0;
    for (const id of aside) {
      const summary = lookUp(id);
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
    if (gone.length === 0 && returned === 0) return false;
    this.putAside(gone);
    return true;
  }

  /** Out of the queue (one being fetched is not stored: the library no longer lists it), kept as it was. */
  putAside(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    for (const id of ids) {
      this.setAside.set(id, { ...this.articles.get(id)! });
      this.articles.delete(id);
    }
    this.waiting = this.waiting.filter((id) => !gone.has(id));
  }

  /** Queues articles (ones already queued are left as they are); answers how many were added. */
  add(articles: { id: string; url: string; title: string }[]): number {
    let added = 0;
    for (const { id, url, title } of articles) {
      if (this.articles.has(id)) continue;
      this.articles.set(id, { id, url, title, status: 'pending' });
      this.waiting.push(id);
      added++;
    }
    return added;
  }

  /** Queues failed articles again: these (the ones of them still waiting first), or all of them. */
  retry(ids?: string[]): QueuedArticle[] {
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
    return again;
  }

  /** The ids waiting their turn, oldest first (a copy). */
  waitingIds(): string[] {
    return [...this.waiting];
  }

  /** Articles waiting their turn, not being fetched now. */
  waitingArticles(active: ReadonlySet<string>): QueuedArticle[] {
    return this.waiting
      .map((id) => this.articles.get(id))
      .filter((article) => article?.status === 'pending' && !active.has(article.id)) as QueuedArticle[];
  }

  /** The next id in line, taken off the line. */
  takeNext(): string | undefined {
    return this.waiting.shift();
  }

  /** Articles whose text was stored without the queue: out of it; answers how many were waiting (and so done). */
  complete(ids: string[], active: ReadonlySet<string>): number {
    const finished = new Set(ids.filter((id) => this.articles.get(id)?.status === 'pending' && !active.has(id)));
    if (finished.size === 0) return 0;
    for (const id of finished) this.articles.delete(id);
    this.waiting = this.waiting.filter((id) => !finished.has(id));
    return finished.size;
  }

  /** Fetched and stored: out of the queue. */
  remove(id: string): void {
    this.articles.delete(id);
  }

  failed(): ImportFailure[] {
    return [...this.articles.values()]
      .filter((article) => article.status === 'failed')
      .map(({ id, url, title, reason }) => ({ id, url, title, reason: reason ?? 'unknown' }));
  }

  /**
   * Trashed while its page was on its way: not stored (the library no longer listed it), so neither done nor
   * failed. Restored meanwhile too, it waits its turn again (it was skipped while this fetch was under way).
   */
  setAsideMeanwhile(article: QueuedArticle, lookUp: LookUp): boolean {
    if (this.articles.get(article.id) === article && !lookUp(article.id)) this.putAside([article.id]);
    const listed = this.articles.get(article.id);
    if (listed === article) return false;
    if (listed?.status === 'pending' && !this.waiting.includes(article.id)) this.waiting.push(article.id);
    return true;
  }
}
