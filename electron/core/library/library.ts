import {
  type Article,
  ArticleId,
  type ArticleSummary,
  type ArticleVersion,
  type LibraryView,
  type SortKey,
} from '../../contract/index.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { closeToOthers, makePrivateFolder, PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import { HybridClock } from '../sync/clock.ts';
import type { Device } from '../sync/device.ts';
import { type Arrivals, lockWhileReading, settleArticle, settleLibraryLevel, tellingKeptAside } from './arrivals.ts';
import {
  annotationsChanged,
  restoreStates,
  type StatePatch,
  type StateSnapshot,
  setProgress,
  updateStates,
} from './article-state.ts';
import { ArticleStore, type RecordEdit } from './article-store.ts';
import { listVersions, readVersion, removeVersion } from './article-versions.ts';
import { Catalog, type CatalogOptions } from './catalog.ts';
import { introduceDevice } from './device-files.ts';
import { Duplicates } from './duplicates.ts';
import { type ArticleEventEdits, type LegacyEventEdits, readEventEdits } from './event-edit-files.ts';
import {
  addImported,
  type ImportedArticle,
  type ImportedOnto,
  mergeImported,
  setContentStatus,
} from './imported-articles.ts';
import { IndexStore } from './index-store.ts';
import { inView, type ListFilter, newestFirst } from './library-view.ts';
import type { MergedArticle } from './merge-article.ts';
import { LibraryPaths } from './paths.ts';
import { acquireWriterLocks } from './process-lock.ts';
import { addVersion, type SaveOptions, saveContent } from './save-content.ts';
import { TagColors } from './tag-colors.ts';
import { deleteTag, renameTag, restoreTags, type TagSnapshot, tagArticles, tagCounts } from './tagging.ts';
import { matchesTags } from './tags.ts';
import { deleteArticles, emptyTrash, undeleteArticles } from './trash.ts';
import type { VersionMeta } from './version-meta.ts';

export type { ImportedArticle } from './imported-articles.ts';
export type { ListFilter } from './library-view.ts';
export type { SaveOptions } from './save-content.ts';
export type { StateSnapshot, TagSnapshot };

export interface LibraryOptions extends CatalogOptions {
  /** This computer (or profile): its records and derived data carry its id. */
  device: Device;
  now?: () => Date;
  /** How conflict copies that arrived are settled, before files are read (not when read-only). */
  arrivals?: Arrivals;
}

/** What a task holding the library alone (a backup snapshot, a restore) may do meanwhile. */
export interface HeldLibrary {
  /** Writes what differs in an article into this device's record (a restore merging two copies of one article). */
  writeRecord(article: Article): Promise<void>;
  /** Changes this device's record of an article. */
  changeRecord(id: string, edit: RecordEdit): Promise<MergedArticle>;
  /** Adds a text to an article as a version: made current, or kept beside the text shown now. */
  addVersion(id: string, meta: VersionMeta, content: { html: string; text: string }, current: boolean): Promise<void>;
  /**
   * Lists (again) articles whose folders were put in place or changed behind the library's back;
   * `compactLater` leaves the index's journal to grow until compactIndex() (a restore adding thousands).
   */
  adopt(ids: string[], options?: { compactLater?: boolean }): Promise<void>;
  /** Folds the journal into library.json, so that one file holds the whole index. */
  compactIndex(): Promise<void>;
}

/**
 * A library folder: the index, one folder per article, and every change to them. Each kind of change
 * has a module of its own (save-content, imported-articles, article-state, tagging, trash), and each
 * of those writes an article's files through one function.
 */
export class Library {
  readonly paths: LibraryPaths;
  readonly recovered: string[] = [];
  /** What reading the library's files has told already: a file read again (another device's record) is told once. */
  private readonly told = new Set<string>();
  readonly tagColors: TagColors;
  private readonly catalog: Catalog;
  private releaseLock: () => Promise<void> = async () => {};
  /** Conflict copies may be settled: writing, or reading while no other Annals holds the library. */
  private settling = false;
  /** How arrivals are settled, each copy kept aside told to the reader. */
  private readonly arrivals: Arrivals | undefined;

  private tellOnce(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.recovered.push(message);
  }

  private constructor(
    root: string,
    private readonly options: LibraryOptions,
  ) {
    this.paths = new LibraryPaths(root, options.device.id);
    const now = options.now ?? (() => new Date());
    const report = (message: string) => this.tellOnce(message);
    const clock = new HybridClock(options.device.id, () => now().getTime());
    let index: IndexStore | null = null;
    const articles = new ArticleStore(this.paths, now, report, clock, options.readOnly ?? false, (id) =>
      index?.get(id),
    );
    const arrivals = options.arrivals && tellingKeptAside(options.arrivals, report);
    this.arrivals = arrivals;
    index = new IndexStore(this.paths, now, async (id, known, readOnly) => {
      if (arrivals && this.settling) await settleArticle(root, arrivals, id);
      return articles.recover(id, known, readOnly);
    });
    this.catalog = new Catalog(index, articles, now, options);
    this.tagColors = new TagColors(root, options.device.id, now, report);
  }

  static async open(root: string, options: LibraryOptions): Promise<Library> {
    const library = new Library(root, options);
    await makePrivateFolder(root);
    // A library made by an earlier version was open to other accounts: closing its folder closes all of it.
    if (!options.readOnly) await closeToOthers(root, PRIVATE_FOLDER_MODE);
    if (!options.readOnly) {
      await makePrivateFolder(library.paths.deviceData);
      library.releaseLock = await acquireWriterLocks(library.paths, options.device);
    }
    // Reading only: conflict copies are settled too when no other Annals (which settles them) holds the library.
    const readerLock =
      options.readOnly && options.arrivals ? await lockWhileReading(library.paths, options.device) : null;
    library.settling = !options.readOnly || readerLock !== null;
    try {
      if (!options.readOnly) await introduceDevice(library.paths, options.device);
      if (library.settling && library.arrivals) await settleLibraryLevel(root, library.arrivals);
      await library.catalog.articles.loadDeviceNames();
      const report = await library.catalog.index.open(options.readOnly);
      library.recovered.unshift(...report.recovered);
      library.catalog.learnAddresses();
      await library.tagColors.load(options.readOnly);
      if (!options.readOnly) await emptyTrash(library.paths, library.catalog.now());
    } catch (error) {
      await library.releaseLock();
      throw error;
    } finally {
      if (readerLock) {
        library.settling = false;
        await readerLock();
      }
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
    return newestFirst(rows, key);
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

  /**
   * The article's full record, marked `textMissing` when its stored text is gone or empty, and `arriving`
   * when its files are still on their way from another device.
   */
  async get(id: string): Promise<Article> {
    const article = await this.catalog.get(id);
    const merged = await this.catalog.articles.load(id);
    if (merged?.arriving) return { ...article, arriving: true };
    return merged && (await this.catalog.articles.texts.textMissing(id, merged))
      ? { ...article, textMissing: true }
      : article;
  }

  async content(id: string): Promise<{ html: string; text: string }> {
    this.summary(id);
    return this.catalog.articles.texts.readContent(id);
  }

  async text(id: string): Promise<string> {
    this.summary(id);
    return this.catalog.articles.texts.readText(id);
  }

  /** The plain text `merged` (as merged(id) answered it) shows, its files not merged again. */
  async textOf(id: string, merged: MergedArticle | null): Promise<string> {
    this.summary(id);
    return this.catalog.articles.texts.textShown(id, merged);
  }

  /** The article as every device's files make it: highlights, note, versions and events included. */
  merged(id: string, legacyId: 'always' | 'needed' = 'needed'): Promise<MergedArticle | null> {
    this.summary(id);
    return this.catalog.articles.load(id, legacyId);
  }

  /**
   * The reader's edits of an article's events, as `merged` gives them, without reading the rest of the article
   * (the timeline reads them for every article). `legacy`: the format-1 events.json's edits, when read already.
   */
  async eventEdits(id: string, legacy?: LegacyEventEdits | null): Promise<ArticleEventEdits> {
    this.summary(id);
    const edits = await readEventEdits(this.paths, id, this.catalog.articles.clock, legacy);
    if (edits !== 'damaged') return edits;
    const merged = await this.merged(id);
    return { eventEdits: merged?.eventEdits ?? {}, promoted: merged?.promoted ?? {} };
  }

  /** Changes this device's record of a listed article, in turn with every other write. */
  changeRecord(id: string, edit: RecordEdit): Promise<MergedArticle> {
    this.summary(id);
    return this.catalog.queue.run(() => this.catalog.write(id, edit));
  }

  /** Every text the article has had, newest first (its base text, if any, last). */
  versions(id: string): Promise<ArticleVersion[]> {
    return listVersions(this.catalog, id);
  }

  /** One version's text and what it was saved with, read-only. */
  version(
    id: string,
    versionId: string,
  ): Promise<{ version: ArticleVersion; html: string; text: string; metadata: Article }> {
    return readVersion(this.catalog, id, versionId);
  }

  /** Removes an earlier version (a tombstone in this device's record; the current one stays). */
  removeVersion(id: string, versionId: string): Promise<boolean> {
    return removeVersion(this.catalog, id, versionId);
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

  /** Articles that are one page saved twice (from before a page had one key): found, merged, merges undone. */
  get duplicates(): Duplicates {
    return new Duplicates(this.catalog);
  }

  /**
   * Reads again what another device's sync brought: these articles (`onlyChanged`: those whose records
   * or versions changed since they were read), their conflict copies settled first, or every article
   * whose folders changed since it was read ('stale'). Answers the ids reread; the library's listeners
   * hear of them.
   */
  reread(ids: string[] | 'stale', onlyChanged = false): Promise<string[]> {
    const { catalog, options, arrivals } = this;
    return catalog.queue.run(async () => {
      await catalog.articles.loadDeviceNames();
      const wanted: string[] = [];
      for (const id of ids === 'stale' ? await catalog.index.staleIds() : ids) {
        if (!ArticleId.safeParse(id).success) continue;
        // This device's own writes left the folders as the index last read them: nothing arrived.
        if (onlyChanged && !(await catalog.index.changedSinceRead(id))) continue;
        wanted.push(id);
      }
      if (arrivals && !options.readOnly) {
        for (const id of wanted) await settleArticle(this.paths.root, arrivals, id);
      }
      return catalog.reread(wanted, (message) => this.tellOnce(message));
    });
  }

  /** Reads again the names of the devices that wrote to this library. */
  loadDeviceNames(): Promise<Record<string, string>> {
    return this.catalog.articles.loadDeviceNames();
  }

  /**
   * Runs `task` after every queued write and before any new one: nothing changes on disk meanwhile,
   * so a backup copies a consistent library and a restore merges into one that stands still.
   */
  exclusive<T>(task: (held: HeldLibrary) => Promise<T>): Promise<T> {
    const { catalog } = this;
    return catalog.queue.run(() =>
      task({
        writeRecord: (article) => catalog.rewrite(article),
        changeRecord: (id, edit) => catalog.write(id, edit),
        addVersion: async (id, meta, content, current) => {
          await addVersion(catalog, id, meta, content, current);
        },
        adopt: (ids, options) => catalog.adopt(ids, options),
        compactIndex: () => catalog.index.compactIfChanged(),
      }),
    );
  }

  async close(): Promise<void> {
    if (this.options.readOnly) return;
    await this.catalog.queue.run(() => this.catalog.index.compactIfChanged());
    await this.releaseLock();
  }
}
