import { AnnalsError, type Article, type ArticleSummary } from '../../contract/index.ts';
import { type ArticleStore, fromSummary, type RecordEdit, toSummary } from './article-store.ts';
import type { IndexStore } from './index-store.ts';
import type { MergedArticle } from './merge-article.ts';
import { PageAddresses } from './page-addresses.ts';
import { pageKeyOf as urlKey } from './page-key.ts';
import { WriteQueue } from './write-queue.ts';

export interface CatalogOptions {
  readOnly?: boolean;
  /** Called with the ids of articles whose stored data changed. */
  onChange?: (ids: string[]) => void;
  /** Called after an article's text was stored (a new article or a new copy of one). */
  onContentSaved?: (id: string) => void;
}

/**
 * What every part of the library works on: the index (in memory and on disk), addresses to ids, each
 * article's record, and the one queue every write takes its turn in (the core is the single writer).
 */
export class Catalog {
  readonly queue = new WriteQueue();
  private readonly byUrl: PageAddresses;

  constructor(
    readonly index: IndexStore,
    readonly articles: ArticleStore,
    readonly now: () => Date,
    private readonly options: CatalogOptions,
  ) {
    this.byUrl = new PageAddresses((id) => {
      const summary = index.get(id);
      return summary && urlKey(summary.url);
    });
  }

  get readOnly(): boolean {
    return this.options.readOnly ?? false;
  }

  /** Learns every indexed article's address, once the index is open. */
  learnAddresses(): void {
    for (const article of this.index.all()) this.byUrl.set(urlKey(article.url), article.id);
  }

  summary(id: string): ArticleSummary {
    const summary = this.index.get(id);
    if (!summary) throw new AnnalsError('NOT_FOUND', `No article with id ${id} in this library.`);
    return summary;
  }

  /** The article saved under this page's address, or under another address of the same page on its site. */
  findByUrl(url: string): ArticleSummary | undefined {
    const id = this.byUrl.get(urlKey(url));
    return id ? this.index.get(id) : undefined;
  }

  /** The article's full record; one damaged since the library was opened is rebuilt from the index. */
  async get(id: string): Promise<Article> {
    const summary = this.summary(id);
    const article = await this.articles.read(id);
    if (article) return article;
    // Damaged on disk since the library was opened: set the file aside and rebuild it from the index.
    if (this.readOnly) return fromSummary(summary);
    if ((await this.articles.recover(id, summary, false)) === 'deleted') {
      throw new AnnalsError('NOT_FOUND', `No article with id ${id} in this library.`);
    }
    const rebuilt = await this.articles.read(id);
    if (!rebuilt) throw new AnnalsError('STORAGE_FAILED', `The record of “${summary.title}” could not be read.`);
    return rebuilt;
  }

  /** Lists articles (new, or their records changed) in the index and under their addresses. */
  async list(summaries: ArticleSummary[]): Promise<void> {
    if (summaries.length === 1) await this.index.put(summaries[0]!);
    else await this.index.putMany(summaries);
    for (const summary of summaries) this.byUrl.set(urlKey(summary.url), summary.id);
  }

  /** Takes an article out of the index and forgets its address (its folder is dealt with by the caller). */
  async unlist(id: string): Promise<void> {
    const summary = this.summary(id);
    await this.index.remove(id);
    this.forgetAddress(summary);
  }

  /**
   * Writes what differs between an article as it is and as a writer wants it into this device's record,
   * and its index entry. The writers of state, tags and imports end here; a new text goes through
   * saveContent.
   */
  async rewrite(article: Article): Promise<void> {
    await this.listMerged(await this.articles.writeArticle(article));
  }

  /** Changes this device's record of an article and lists the article as it then is. */
  async write(id: string, edit: RecordEdit): Promise<MergedArticle> {
    const merged = await this.articles.change(id, edit);
    await this.listMerged(merged);
    return merged;
  }

  /** The article in the index as merged: listed under its address, or taken out when deleted. */
  async listMerged(merged: MergedArticle): Promise<void> {
    const { article } = merged;
    const previous = this.index.get(article.id);
    if (previous) this.forgetAddress(previous);
    if (merged.deleted) {
      if (previous) await this.index.remove(article.id);
      return;
    }
    await this.index.put(toSummary({ ...article, ...(merged.arriving ? { arriving: true } : {}) }));
    this.byUrl.set(urlKey(article.url), article.id);
  }

  /** Lists (again) articles whose folders were put in place or changed behind the library's back. */
  async adopt(ids: string[], options: { compactLater?: boolean } = {}): Promise<void> {
    const summaries: ArticleSummary[] = [];
    for (const id of ids) {
      const merged = await this.articles.load(id);
      if (merged && !merged.deleted) summaries.push(toSummary(merged.article));
    }
    for (const summary of summaries) {
      const previous = this.index.get(summary.id);
      if (previous) this.forgetAddress(previous);
    }
    await this.index.putMany(summaries, options);
    for (const summary of summaries) this.byUrl.set(urlKey(summary.url), summary.id);
    this.changed(summaries.map((summary) => summary.id));
  }

  /**
   * Reads articles again whose files changed behind the library's back (another device's, brought by
   * a sync tool): listed as they now merge, taken out when deleted or gone. Answers the ids of those
   * listed before or after, and says so to the listeners.
   */
  async reread(ids: Iterable<string>, report: (message: string) => void): Promise<string[]> {
    const changed: string[] = [];
    for (const id of ids) {
      const merged = await this.articles.load(id).catch(() => null);
      const before = this.index.get(id);
      if (!merged) {
        if (before) {
          await this.unlist(id);
          changed.push(id);
        }
        continue;
      }
      if (merged.keptBy && before === undefined)
        report(`“${merged.article.title}” was kept: it was highlighted on ${merged.keptBy}.`);
      await this.listMerged(merged);
      // Listed or not, its files changed (a note or a highlight the summary does not show): the views say it again.
      if (!merged.deleted || before !== undefined) changed.push(id);
    }
    this.changed(changed);
    return changed;
  }

  /** Forgets an article's address, unless another article (a duplicate from before pages had one key) now holds it. */
  private forgetAddress(summary: ArticleSummary): void {
    this.byUrl.forget(urlKey(summary.url), summary.id);
  }

  changed(ids: string[]): void {
    if (ids.length > 0) this.options.onChange?.(ids);
  }

  contentSaved(id: string): void {
    this.options.onContentSaved?.(id);
  }
}
