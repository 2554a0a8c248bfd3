import { randomBytes } from 'node:crypto';

import {
  AnnalsError,
  type Article,
  type ArticleState,
  type ArticleSummary,
  type LibraryView,
  type SortKey,
} from '../../contract/index.ts';
import { articleUrlKey as urlKey } from '../extract/canonical-url.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { closeToOthers, makePrivateFolder, PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import { ArticleStore, fromSummary, toSummary } from './article-store.ts';
import { IndexStore } from './index-store.ts';
import type { ImageLoader } from './localize-images.ts';
import { LibraryPaths } from './paths.ts';
import { acquireLibraryLock } from './process-lock.ts';
import { TagColors } from './tag-colors.ts';
import { editTags, matchesTags, sameTags, tagKey } from './tags.ts';
import { WriteQueue } from './write-queue.ts';

export interface LibraryOptions {
  now?: () => Date;
  /** Called with the ids of articles whose stored data changed. */
  onChange?: (ids: string[]) => void;
  /** Open without writing anything, for reading while another process holds the library. */
  readOnly?: boolean;
  /** Called after an article's text was stored (a new article or a new copy of one). */
  onContentSaved?: (id: string) => void;
}

export interface SaveOptions {
  loadImage: ImageLoader;
  sample?: boolean;
  /** The feed the article came from. */
  feedId?: string;
  /** The article this is the text of (an imported article fetched later), whatever address the page now gives. */
  into?: string;
  onProgress?: (done: number, total: number) => void;
}

/** An article from another service's export, stored before its text (which is fetched later). */
export interface ImportedArticle {
  url: string;
  title: string;
  tags: string[];
  archived: boolean;
  favorite: boolean;
  /** ISO 8601; now when the export did not say. */
  savedAt: string | null;
}

export interface StateSnapshot {
  id: string;
  state: ArticleState;
  favorite: boolean;
}

export interface TagSnapshot {
  id: string;
  tags: string[];
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

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function newArticleId(): string {
  const bytes = randomBytes(12);
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
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

/** A library folder: the index, one folder per article, and every change to them. */
export class Library {
  readonly paths: LibraryPaths;
  readonly recovered: string[] = [];
  private readonly queue = new WriteQueue();
  private readonly index: IndexStore;
  private readonly articles: ArticleStore;
  readonly tagColors: TagColors;
  private readonly byUrl = new Map<string, string>();
  private readonly now: () => Date;
  private releaseLock: () => Promise<void> = async () => {};

  private constructor(
    root: string,
    private readonly options: LibraryOptions,
  ) {
    this.paths = new LibraryPaths(root);
    this.now = options.now ?? (() => new Date());
    this.articles = new ArticleStore(this.paths, this.now, (message) => this.recovered.push(message));
    this.index = new IndexStore(this.paths, this.now, (id, known, readOnly) =>
      this.articles.recover(id, known, readOnly),
    );
    this.tagColors = new TagColors(this.paths.tags, root, this.now, (message) => this.recovered.push(message));
  }

  static async open(root: string, options: LibraryOptions = {}): Promise<Library> {
    const library = new Library(root, options);
    await makePrivateFolder(root);
    // A library made by an earlier version was open to other accounts: closing its folder closes all of it.
    if (!options.readOnly) await closeToOthers(root, PRIVATE_FOLDER_MODE);
    if (!options.readOnly) library.releaseLock = await acquireLibraryLock(library.paths.lock);
    try {
      const report = await library.index.open(options.readOnly);
      library.recovered.unshift(...report.recovered);
      for (const article of library.index.all()) library.byUrl.set(urlKey(article.url), article.id);
      await library.tagColors.load(options.readOnly);
      if (!options.readOnly) await library.articles.emptyTrash(30);
    } catch (error) {
      await library.releaseLock();
      throw error;
    }
    return library;
  }

  get size(): number {
    return this.index.size;
  }

  list(view: LibraryView, sort: SortKey, filter: ListFilter = {}): ArticleSummary[] {
    const wanted = filter.tags ?? [];
    const rows = [...this.index.all()].filter(
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
    return this.index.all();
  }

  /** The article's summary, or undefined when there is none (deleted, never saved). */
  findSummary(id: string): ArticleSummary | undefined {
    return this.index.get(id);
  }

  summary(id: string): ArticleSummary {
    const summary = this.index.get(id);
    if (!summary) throw new AnnalsError('NOT_FOUND', `No article with id ${id} in this library.`);
    return summary;
  }

  async get(id: string): Promise<Article> {
    const summary = this.summary(id);
    const article = await this.articles.read(id);
    if (article) return article;
    // Damaged on disk since the library was opened: set the file aside and rebuild it from the index.
    if (this.options.readOnly) return fromSummary(summary);
    await this.articles.recover(id, summary, false);
    const rebuilt = await this.articles.read(id);
    if (!rebuilt) throw new AnnalsError('STORAGE_FAILED', `The record of “${summary.title}” could not be read.`);
    return rebuilt;
  }

  async content(id: string): Promise<{ html: string; text: string }> {
    this.summary(id);
    return this.articles.readContent(id);
  }

  async text(id: string): Promise<string> {
    this.summary(id);
    return this.articles.readText(id);
  }

  findByUrl(url: string): ArticleSummary | undefined {
    const id = this.byUrl.get(urlKey(url));
    return id ? this.index.get(id) : undefined;
  }

  /**
   * Stores an extracted article. The same canonical URL updates the saved copy (keeping the reader's
   * state, favorite, tags and progress) instead of adding a duplicate.
   */
  async save(
    extracted: ExtractedArticle,
    options: SaveOptions,
  ): Promise<{ article: ArticleSummary; created: boolean }> {
    const address = extracted.canonicalUrl ?? extracted.url;
    // An imported article whose text arrives must exist before its images are fetched.
    if (options.into) this.summary(options.into);
    const imageUrls = extracted.leadImage ? [...extracted.images, { url: extracted.leadImage }] : extracted.images;
    const { localizeImages } = await import('./localize-images.ts');
    const localized = await localizeImages(
      extracted.html,
      imageUrls.map((image) => image.url),
      options.loadImage,
      options.onProgress ?? (() => {}),
    );
    const leadImage = extracted.leadImage
      ? (localized.images.find((image) => image.source === extracted.leadImage)?.file ?? null)
      : null;

    return this.queue.run(async () => {
      // Looked up in turn with the other writes: two saves of one address at once make one article.
      const existing = options.into ? this.summary(options.into) : address ? this.findByUrl(address) : undefined;
      const now = this.now().toISOString();
      const current = existing ? await this.articles.read(existing.id) : null;
      const id = current?.id ?? newArticleId();
      const article: Article = {
        id,
        // An imported article keeps the address it was imported under, so importing again finds it.
        url: (options.into ? current?.url : null) ?? address ?? `file:${extracted.title}`,
        canonicalUrl: extracted.canonicalUrl,
        sourceUrl: extracted.url,
        title: extracted.title,
        siteName: extracted.siteName,
        byline: extracted.byline,
        excerpt: extracted.excerpt,
        publishedAt: extracted.publishedAt,
        savedAt: current?.savedAt ?? now,
        updatedAt: now,
        state: current?.state ?? 'unread',
        favorite: current?.favorite ?? false,
        tags: current?.tags ?? [],
        wordCount: extracted.wordCount,
        readingMinutes: extracted.readingMinutes,
        progress: current?.progress ?? 0,
        leadImage,
        lang: extracted.lang,
        sample: options.sample ?? current?.sample ?? false,
        annotationCount: current?.annotationCount ?? 0,
        feedId: current?.feedId ?? options.feedId ?? null,
        readAt: current?.readAt ?? null,
        archivedAt: current?.archivedAt ?? null,
        scrollAnchor: current?.scrollAnchor ?? null,
        assets: localized.images.map(({ file, source, type, bytes }) => ({
          file,
          source,
          type,
          bytes: bytes.byteLength,
        })),
        schema: 1,
      };
      for (const image of localized.images) await this.articles.writeAsset(id, image.file, image.bytes);
      await this.articles.writeContent(id, localized.html, extracted.text);
      // The record is written last: a folder without one is a save that never finished.
      await this.articles.writeRecord(article);
      const summary = toSummary(article);
      await this.index.put(summary);
      this.byUrl.set(urlKey(summary.url), id);
      this.changed([id]);
      this.options.onContentSaved?.(id);
      return { article: summary, created: !current };
    });
  }

  /**
   * Stores imported articles before their text arrives (title and address only, marked pending), so the
   * library is usable at once. One durable append to the index for all of them.
   */
  async addImported(items: ImportedArticle[]): Promise<ArticleSummary[]> {
    return this.queue.run(async () => {
      const now = this.now().toISOString();
      const articles: Article[] = items.map((item) => {
        const savedAt = item.savedAt ?? now;
        return {
          id: newArticleId(),
          url: item.url,
          canonicalUrl: null,
          sourceUrl: item.url,
          title: item.title,
          siteName: null,
          byline: null,
          excerpt: '',
          publishedAt: null,
          savedAt,
          updatedAt: now,
          state: item.archived ? 'archived' : 'unread',
          favorite: item.favorite,
          tags: item.tags,
          wordCount: 0,
          readingMinutes: 0,
          progress: 0,
          leadImage: null,
          lang: null,
          sample: false,
          annotationCount: 0,
          feedId: null,
          contentStatus: 'pending',
          readAt: item.archived ? savedAt : null,
          archivedAt: item.archived ? savedAt : null,
          scrollAnchor: null,
          assets: [],
          schema: 1,
        };
      });
      // One fsync per record made a 10,000-row import take minutes. These records hold nothing the
      // reader made, only what the export file holds: the index journal (one durable append) is the
      // acknowledgement, and importing the file again restores anything a crash kept from the disk.
      await makePrivateFolder(this.paths.articles);
      await forEachLimited(articles, 16, (article) => this.articles.createRecord(article));
      const summaries = articles.map(toSummary);
      await this.index.putMany(summaries);
      for (const summary of summaries) this.byUrl.set(urlKey(summary.url), summary.id);
      this.changed(summaries.map((summary) => summary.id));
      return summaries;
    });
  }

  /**
   * Imports onto articles already here: tags merged, favorite and archived taken when the export says so
   * (never taken away), the earlier saved time kept. Answers the ids that changed.
   */
  async mergeImported(items: (Omit<ImportedArticle, 'url' | 'title'> & { id: string })[]): Promise<string[]> {
    return this.queue.run(async () => {
      const changed: string[] = [];
      for (const item of items) {
        const summary = this.index.get(item.id);
        // Decided from the index when nothing would change, so importing a file again reads no record.
        if (!summary || wouldNotChange(summary, item)) continue;
        const article = await this.get(item.id);
        let next = applyState(
          { ...article, tags: editTags(article.tags, item.tags, []) },
          {
            ...(item.favorite && !article.favorite ? { favorite: true } : {}),
            ...(item.archived && article.state !== 'archived' ? { state: 'archived' as const } : {}),
          },
          this.now(),
        );
        if (item.savedAt && Date.parse(item.savedAt) < Date.parse(article.savedAt))
          next = { ...next, savedAt: item.savedAt };
        if (
          sameTags(next.tags, article.tags) &&
          next.favorite === article.favorite &&
          next.state === article.state &&
          next.savedAt === article.savedAt
        )
          continue;
        await this.writeArticle(next);
        changed.push(item.id);
      }
      this.changed(changed);
      return changed;
    });
  }

  /** An imported article's text is being fetched again ('pending') or could not be ('failed', with why). */
  async setContentStatus(id: string, status: 'pending' | 'failed', error?: string): Promise<void> {
    if (!this.index.get(id)) return;
    await this.queue.run(async () => {
      const article = await this.get(id);
      if (!article.contentStatus) return; // its text arrived meanwhile
      const { contentError, ...rest } = article;
      await this.writeArticle({ ...rest, contentStatus: status, ...(error ? { contentError: error } : {}) });
      this.changed([id]);
    });
  }

  async update(ids: string[], patch: { state?: ArticleState; favorite?: boolean }): Promise<StateSnapshot[]> {
    for (const id of ids) this.summary(id);
    return this.queue.run(async () => {
      const before: StateSnapshot[] = [];
      for (const id of ids) {
        const article = await this.get(id);
        before.push({ id, state: article.state, favorite: article.favorite });
        await this.writeArticle(applyState(article, patch, this.now()));
      }
      this.changed(ids);
      return before;
    });
  }

  async restoreStates(items: StateSnapshot[]): Promise<number> {
    return this.queue.run(async () => {
      let restored = 0;
      for (const item of items) {
        if (!this.index.get(item.id)) continue;
        const article = await this.get(item.id);
        await this.writeArticle(applyState(article, item, this.now()));
        restored++;
      }
      this.changed(items.map((item) => item.id));
      return restored;
    });
  }

  /** Every tag in use with how many articles carry it, most used first. */
  tagCounts(): { name: string; count: number }[] {
    const counts = new Map<string, { name: string; count: number }>();
    for (const article of this.index.all()) {
      for (const tag of article.tags) {
        const entry = counts.get(tagKey(tag)) ?? { name: tag, count: 0 };
        entry.count++;
        counts.set(tagKey(tag), entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** Adds and removes tags on articles; answers their tags before, so the change can be undone. */
  async tag(ids: string[], add: string[], remove: string[]): Promise<TagSnapshot[]> {
    for (const id of ids) this.summary(id);
    return this.retag(ids, (tags) => editTags(tags, add, remove));
  }

  async restoreTags(items: TagSnapshot[]): Promise<number> {
    const known = items.filter((item) => this.index.get(item.id));
    const byId = new Map(known.map((item) => [item.id, item.tags]));
    await this.retag([...byId.keys()], (_tags, id) => byId.get(id) ?? []);
    return known.length;
  }

  /** Renames a tag everywhere; renaming onto an existing tag merges the two. */
  async renameTag(from: string, to: string): Promise<TagSnapshot[]> {
    const ids = this.idsTagged(from);
    const before = await this.retag(ids, (tags) => {
      const at = tags.findIndex((tag) => tagKey(tag) === tagKey(from));
      const renamed = [...tags];
      renamed.splice(at, 1, to);
      return editTags([], renamed, []);
    });
    await this.tagColors.rename(from, to);
    return before;
  }

  async deleteTag(name: string): Promise<TagSnapshot[]> {
    return this.retag(this.idsTagged(name), (tags) => editTags(tags, [], [name]));
  }

  private idsTagged(tag: string): string[] {
    return [...this.index.all()].filter((article) => matchesTags(article.tags, [tag], 'all')).map((a) => a.id);
  }

  private async retag(ids: string[], next: (tags: string[], id: string) => string[]): Promise<TagSnapshot[]> {
    return this.queue.run(async () => {
      const before: TagSnapshot[] = [];
      const changed: string[] = [];
      for (const id of ids) {
        const article = await this.get(id);
        const tags = next(article.tags, id);
        before.push({ id, tags: article.tags });
        if (sameTags(tags, article.tags)) continue;
        await this.writeArticle({ ...article, tags });
        changed.push(id);
      }
      this.changed(changed);
      return before;
    });
  }

  /**
   * Its highlights or notes changed: the count is kept in the index (lists and search filter on it)
   * and the article's updatedAt moves, so the search index knows to read them again.
   */
  async annotationsChanged(id: string, annotationCount: number): Promise<void> {
    if (!this.index.get(id)) return;
    await this.queue.run(async () => {
      const article = await this.get(id);
      await this.writeArticle({ ...article, annotationCount });
    });
  }

  async setProgress(id: string, progress: number): Promise<number> {
    this.summary(id);
    return this.queue.run(async () => {
      const article = await this.get(id);
      await this.writeArticle({ ...article, progress, scrollAnchor: progress });
      return progress;
    });
  }

  async delete(ids: string[]): Promise<string[]> {
    for (const id of ids) this.summary(id);
    return this.queue.run(async () => {
      for (const id of ids) {
        const summary = this.summary(id);
        await this.articles.moveToTrash(id);
        await this.index.remove(id);
        this.byUrl.delete(urlKey(summary.url));
      }
      this.changed(ids);
      return ids;
    });
  }

  async undelete(ids: string[]): Promise<string[]> {
    return this.queue.run(async () => {
      const restored: string[] = [];
      for (const id of ids) {
        if (this.index.get(id) || !(await this.articles.restoreFromTrash(id))) continue;
        const article = await this.articles.read(id);
        if (!article) continue;
        const summary = toSummary(article);
        await this.index.put(summary);
        this.byUrl.set(urlKey(summary.url), id);
        restored.push(id);
      }
      this.changed(restored);
      return restored;
    });
  }

  /**
   * Runs `task` after every queued write and before any new one: nothing changes on disk meanwhile,
   * so a backup copies a consistent library and a restore merges into one that stands still.
   */
  exclusive<T>(task: (held: HeldLibrary) => Promise<T>): Promise<T> {
    return this.queue.run(() =>
      task({
        writeRecord: (article) => this.articles.writeRecord(article),
        adopt: (ids) => this.adopt(ids),
        compactIndex: () => this.index.compact(),
      }),
    );
  }

  private async adopt(ids: string[]): Promise<void> {
    const summaries: ArticleSummary[] = [];
    for (const id of ids) {
      const article = await this.articles.read(id);
      if (article) summaries.push(toSummary(article));
    }
    for (const summary of summaries) {
      const previous = this.index.get(summary.id);
      if (previous) this.byUrl.delete(urlKey(previous.url));
    }
    await this.index.putMany(summaries);
    for (const summary of summaries) this.byUrl.set(urlKey(summary.url), summary.id);
    this.changed(summaries.map((summary) => summary.id));
  }

  async close(): Promise<void> {
    if (this.options.readOnly) return;
    await this.queue.run(() => this.index.compact());
    await this.releaseLock();
  }

  private async writeArticle(article: Article): Promise<void> {
    const next = { ...article, updatedAt: this.now().toISOString() };
    await this.articles.writeRecord(next);
    await this.index.put(toSummary(next));
  }

  private changed(ids: string[]): void {
    if (ids.length > 0) this.options.onChange?.(ids);
  }
}

function applyState(article: Article, patch: { state?: ArticleState; favorite?: boolean }, now: Date): Article {
  const next = { ...article };
  if (patch.favorite !== undefined) next.favorite = patch.favorite;
  if (patch.state !== undefined && patch.state !== article.state) {
    next.state = patch.state;
    if (patch.state === 'archived') next.archivedAt = now.toISOString();
    if (patch.state !== 'unread' && !next.readAt) next.readAt = now.toISOString();
    if (patch.state === 'unread') next.readAt = null;
  }
  return next;
}

function wouldNotChange(
  summary: ArticleSummary,
  item: { tags: string[]; archived: boolean; favorite: boolean; savedAt: string | null },
): boolean {
  return (
    sameTags(editTags(summary.tags, item.tags, []), summary.tags) &&
    (!item.favorite || summary.favorite) &&
    (!item.archived || summary.state === 'archived') &&
    (!item.savedAt || Date.parse(item.savedAt) >= Date.parse(summary.savedAt))
  );
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
