import type { Article, ArticleSummary, LibraryView, SortKey } from '../../contract/index.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { closeToOthers, makePrivateFolder, PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import type { Device } from '../sync/device.ts';
import { UNNAMED_DEVICE } from '../sync/record-file.ts';
import {
  annotationsChanged,
  restoreStates,
  type StatePatch,
  type StateSnapshot,
  setProgress,
  updateStates,
} from './article-state.ts';
import { ArticleStore } from './article-store.ts';
import { Catalog, type CatalogOptions } from './catalog.ts';
import {
  addImported,
  type ImportedArticle,
  type ImportedOnto,
  mergeImported,
  setContentStatus,
} from './imported-articles.ts';
import { IndexStore } from './index-store.ts';
import { LibraryPaths } from './paths.ts';
import { acquireLibraryLock } from './process-lock.ts';
import { type SaveOptions, saveContent } from './save-content.ts';
import { TagColors } from './tag-colors.ts';
import { deleteTag, renameTag, restoreTags, type TagSnapshot, tagArticles, tagCounts } from './tagging.ts';
import { matchesTags } from './tags.ts';
import { deleteArticles, emptyTrash, undeleteArticles } from './trash.ts';

export type { ImportedArticle } from './imported-articles.ts';
export type { SaveOptions } from './save-content.ts';
export type { StateSnapshot, TagSnapshot };

export interface LibraryOptions extends CatalogOptions {
  now?: () => Date;
  /** This computer (or profile): its records carry its id. */
  device?: Device;
}

/** What a task holding the library alone (a backup snapshot, a restore) may do meanwhile. */
export interface HeldLibrary {
  /** Writes an article's record as it is (a restore merging two copies of one article). */
  writeRecord(article: Article): Promise<void>;
  /** Lists (again) articles whose folders were put in place or changed behind the library's back. */
  adopt(ids: string[]): Promise<void>;
  /** Folds the journal into library.json, so that one file holds the whole index. */
  compactIndex(): Promise<void>;
}

export interface ListFilter {
  tags?: string[];
  tagMode?: 'all' | 'any';
  /** Only the articles that came from this feed. */
  feedId?: string;
}

function inView(article: ArticleSummary, view: LibraryView): boolean {
  switch (view) {
    case 'inbox':
      return article.state !== 'archived';
    case 'archive':
      return article.state === 'archived';
    case 'favorites':
      return article.favorite;
    case 'all':
      return true;
  }
}

/**
 * A library folder: the index, one folder per article, and every change to them. Each kind of change
 * has a module of its own (save-content, imported-articles, article-state, tagging, trash), and each
 * of those writes an article's files through one function.
 */
export class Library {
  readonly paths: LibraryPaths;
  readonly recovered: string[] = [];
  readonly tagColors: TagColors;
  private readonly catalog: Catalog;
  private releaseLock: () => Promise<void> = async () => {};

  private constructor(
    root: string,
    private readonly options: LibraryOptions,
  ) {
    this.paths = new LibraryPaths(root);
    const now = options.now ?? (() => new Date());
    const report = (message: string) => this.recovered.push(message);
    const articles = new ArticleStore(this.paths, now, report);
    const index = new IndexStore(this.paths, now, (id, known, readOnly) => articles.recover(id, known, readOnly));
    this.catalog = new Catalog(index, articles, now, options);
    this.tagColors = new TagColors(root, options.device?.id ?? UNNAMED_DEVICE, now, report);
  }

  static async open(root: string, options: LibraryOptions = {}): Promise<Library> {
    const library = new Library(root, options);
    await makePrivateFolder(root);
    // A library made by an earlier version was open to other accounts: closing its folder closes all of it.
    if (!options.readOnly) await closeToOthers(root, PRIVATE_FOLDER_MODE);
    if (!options.readOnly) library.releaseLock = await acquireLibraryLock(library.paths.lock);
    try {
      const report = await library.catalog.index.open(options.readOnly);
      library.recovered.unshift(...report.recovered);
      library.catalog.learnAddresses();
      await library.tagColors.load(options.readOnly);
      if (!options.readOnly) await emptyTrash(library.paths, library.catalog.now());
    } catch (error) {
      await library.releaseLock();
      throw error;
    }
    return library;
  }

  get size(): number {
    return this.catalog.index.size;
  }

  list(view: LibraryView, sort: SortKey, filter: ListFilter = {}): ArticleSummary[] {
    const wanted = filter.tags ?? [];
    const rows = [...this.catalog.index.all()].filter(
      (article) =>
        inView(article, view) &&
        matchesTags(article.tags, wanted, filter.tagMode ?? 'all') &&
        (filter.feedId === undefined || article.feedId === filter.feedId),
    );
    const key =
      sort === 'published' ? (a: ArticleSummary) => a.publishedAt ?? a.savedAt : (a: ArticleSummary) => a.savedAt;
    // Dates carry their own offsets, so order by instant, not by string.
    const time = new Map(rows.map((row) => [row.id, Date.parse(key(row)) || 0]));
    return rows.sort((a, b) => (time.get(b.id) ?? 0) - (time.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  }

  /** Every article's summary, in no particular order (cheaper than a sorted list when most are filtered out). */
  summaries(): IterableIterator<ArticleSummary> {
    return this.catalog.index.all();
  }

  /** The article's summary, or undefined when there is none (deleted, never saved). */
  findSummary(id: string): ArticleSummary | undefined {
    return this.catalog.index.get(id);
  }

  summary(id: string): ArticleSummary {
    return this.catalog.summary(id);
  }

  get(id: string): Promise<Article> {
    return this.catalog.get(id);
  }

  async content(id: string): Promise<{ html: string; text: string }> {
    this.summary(id);
    return this.catalog.articles.readContent(id);
  }

  async text(id: string): Promise<string> {
    this.summary(id);
    return this.catalog.articles.readText(id);
  }

  findByUrl(url: string): ArticleSummary | undefined {
    return this.catalog.findByUrl(url);
  }

  /** See saveContent: the same canonical URL updates the saved copy instead of adding a duplicate. */
  save(extracted: ExtractedArticle, options: SaveOptions): Promise<{ article: ArticleSummary; created: boolean }> {
    return saveContent(this.catalog, extracted, options);
  }

  addImported(items: ImportedArticle[]): Promise<ArticleSummary[]> {
    return addImported(this.catalog, items);
  }

  mergeImported(items: ImportedOnto[]): Promise<string[]> {
    return mergeImported(this.catalog, items);
  }

  setContentStatus(id: string, status: 'pending' | 'failed', error?: string): Promise<void> {
    return setContentStatus(this.catalog, id, status, error);
  }

  update(ids: string[], patch: StatePatch): Promise<StateSnapshot[]> {
    return updateStates(this.catalog, ids, patch);
  }

  restoreStates(items: StateSnapshot[]): Promise<number> {
    return restoreStates(this.catalog, items);
  }

  setProgress(id: string, progress: number): Promise<number> {
    return setProgress(this.catalog, id, progress);
  }

  annotationsChanged(id: string, annotationCount: number): Promise<void> {
    return annotationsChanged(this.catalog, id, annotationCount);
  }

  tagCounts(): { name: string; count: number }[] {
    return tagCounts(this.catalog);
  }

  tag(ids: string[], add: string[], remove: string[]): Promise<TagSnapshot[]> {
    return tagArticles(this.catalog, ids, add, remove);
  }

  restoreTags(items: TagSnapshot[]): Promise<number> {
    return restoreTags(this.catalog, items);
  }

  renameTag(from: string, to: string): Promise<TagSnapshot[]> {
    return renameTag(this.catalog, this.tagColors, from, to);
  }

  deleteTag(name: string): Promise<TagSnapshot[]> {
    return deleteTag(this.catalog, name);
  }

  delete(ids: string[]): Promise<string[]> {
    return deleteArticles(this.catalog, ids);
  }

  undelete(ids: string[]): Promise<string[]> {
    return undeleteArticles(this.catalog, ids);
  }

  /**
   * Runs `task` after every queued write and before any new one: nothing changes on disk meanwhile,
   * so a backup copies a consistent library and a restore merges into one that stands still.
   */
  exclusive<T>(task: (held: HeldLibrary) => Promise<T>): Promise<T> {
    const { catalog } = this;
    return catalog.queue.run(() =>
      task({
        writeRecord: (article) => catalog.articles.writeRecord(article),
        adopt: (ids) => catalog.adopt(ids),
        compactIndex: () => catalog.index.compact(),
      }),
    );
  }

  async close(): Promise<void> {
    if (this.options.readOnly) return;
    await this.catalog.queue.run(() => this.catalog.index.compact());
    await this.releaseLock();
  }
}
