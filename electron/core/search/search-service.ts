import { setTimeout as delay } from 'node:timers/promises';
import type { ArticleSummary } from '../../contract/index.ts';
import { parseQuery } from '../../contract/search-query.ts';
import type { Annotations } from '../annotations/annotations.ts';
import type { GiveWay } from '../concurrency/reader-activity.ts';
import type { Library } from '../library/library.ts';
import type { ArticleGroups } from './filters.ts';
import { SearchIndexFile } from './index-file.ts';
import { type SearchDocument, type SearchHit, SearchIndex } from './search-index.ts';

export type IndexProgress = (done: number, total: number) => void;

/**
 * Saved half a minute after the last change, so a session of edits costs one write of the whole
 * index (and when closing). Changes not saved by a crash are found by their fingerprints on opening.
 */
const SAVE_DELAY_MS = 30_000;
const READ_BATCH = 32;
/**
 * Building the index in the background at start gives way: after each batch the process rests as long as
 * the batch took (at most this long), so on two cores the window being scrolled meanwhile keeps one. A search
 * waiting for the index ends the rests.
 */
const REST_MS = 100;
/** The window hears how far the build got at most this often: each notice redraws its status area. */
const PROGRESS_EVERY_MS = 500;

/**
 * Search over a library. The index lives in search/index.bin; on first use it is loaded and
 * brought up to date with the library (articles changed since it was saved, even by a crash
 * mid-update, are found by their fingerprints and indexed again), or built with progress.
 */
export class SearchService {
  /** Feeds and stories, told by the core once both exist (for `feed:` and `story:`). */
  groups: ArticleGroups | null = null;
  private index = new SearchIndex();
  private fingerprints = new Map<string, string>();
  private ready: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  private readonly file: SearchIndexFile;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** The index is being built in the background (warmUp), not for someone waiting. */
  private inBackground = false;
  /** Searches waiting for the index. */
  private waiting = 0;
  /** Closing or closed: the building in progress stops, and nothing is written after close resolves. */
  private closing = false;
  private closed = false;

  constructor(
    private readonly library: Library,
    private readonly annotations: Annotations,
    private readonly options: {
      readOnly?: boolean;
      now?: () => Date;
      onProgress?: IndexProgress;
      /** Waits while the reader scrolls (the core's ReaderActivity). */
      giveWay?: GiveWay;
    } = {},
  ) {
    const { root, searchIndex } = library.paths;
    this.file = new SearchIndexFile(root, searchIndex, options.now ?? (() => new Date()), (message) =>
      library.recovered.push(message),
    );
  }

  /** Called with the ids of changed articles. */
  changed(ids: string[]): void {
    for (const id of ids) this.dirty.add(id);
  }

  async search(input: string, limit: number): Promise<SearchHit[]> {
    const query = parseQuery(input);
    if (query.stories.length > 0) await this.groups?.storiesReady?.();
    this.waiting++;
    try {
      await this.catchUp();
    } finally {
      this.waiting--;
    }
    return this.index.search(
      query,
      {
        summary: (id) => this.library.findSummary(id),
        all: () => this.library.summaries(),
        text: (id) => this.library.text(id),
        ...(this.groups ? { groups: this.groups } : {}),
      },
      limit,
    );
  }

  /**
   * Loads or builds the index now (the app calls this after opening, so the first search is quick), giving
   * way to the window while nobody waits for it.
   */
  warmUp(): Promise<void> {
    this.inBackground = true;
    return this.catchUp();
  }

  async close(): Promise<void> {
    // A build under way stops at its next batch; what it indexed is saved, the rest is found stale next time.
    this.closing = true;
    await this.ready?.catch(() => {});
    this.closed = true;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      await this.save();
    }
    await this.saving;
  }

  private async catchUp(): Promise<void> {
    this.ready ??= this.open();
    await this.ready;
    if (this.dirty.size === 0) return;
    for (const id of [...this.dirty]) {
      this.dirty.delete(id);
      const summary = this.library.findSummary(id);
      if (summary) await this.put(summary);
      else this.drop(id);
    }
    this.scheduleSave();
  }

  private async open(): Promise<void> {
    const loaded = await this.file.load(this.options.readOnly ?? false, () =>
      this.giveWay(() => this.restingAllowed()),
    );
    if (loaded) {
      this.index = loaded.index;
      this.fingerprints = loaded.fingerprints;
    }
    const articles = this.library.list('all', 'saved');
    const stale = articles.filter((article) => this.fingerprints.get(article.id) !== fingerprint(article));
    const present = new Set(articles.map((article) => article.id));
    let changed = 0;
    for (const id of [...this.fingerprints.keys()]) {
      if (!present.has(id)) {
        this.drop(id);
        changed++;
      }
    }
    const report = stale.length > 200 ? this.options.onProgress : undefined;
    let reportedAt = Number.NEGATIVE_INFINITY;
    // Articles are read a batch at a time, in parallel: one by one, a large library takes minutes.
    for (let i = 0; i < stale.length && !this.closing; i += READ_BATCH) {
      const started = performance.now();
      const batch = stale.slice(i, i + READ_BATCH);
      const documents = await Promise.all(batch.map((summary) => this.document(summary)));
      for (const [j, document] of documents.entries()) {
        this.index.put(document);
        this.fingerprints.set(document.id, fingerprint(batch[j]!));
      }
      const now = performance.now();
      if (now - reportedAt >= PROGRESS_EVERY_MS) {
        report?.(i, stale.length);
        reportedAt = now;
      }
      if (this.restingAllowed()) {
        await delay(Math.min(REST_MS, now - started));
        await this.giveWay(() => this.restingAllowed());
      }
    }
    if (!this.closing) report?.(stale.length, stale.length);
    if (stale.length + changed > 0) this.scheduleSave(0);
  }

  /** Waits while the reader scrolls, when `allowed` says the work may wait (and as long as it does). */
  private async giveWay(allowed: () => boolean): Promise<void> {
    if (allowed()) await this.options.giveWay?.(allowed);
  }

  /** Building for nobody waiting (warmUp): the build may rest between batches. */
  private restingAllowed(): boolean {
    return this.inBackground && this.waiting === 0 && !this.closing;
  }

  private async put(summary: ArticleSummary): Promise<void> {
    this.index.put(await this.document(summary));
    this.fingerprints.set(summary.id, fingerprint(summary));
  }

  private drop(id: string): void {
    this.index.remove(id);
    this.fingerprints.delete(id);
  }

  private scheduleSave(delay = SAVE_DELAY_MS): void {
    // After close, what changed is found by its fingerprint next time: a write now could outlive the library.
    if (this.options.readOnly || this.closed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, delay);
    this.saveTimer.unref?.();
  }

  private save(): Promise<void> {
    this.saving = this.saving
      // Saving at close goes straight through: closing never waits for the reader.
      .then(() => this.file.save(this.index, this.fingerprints, () => this.giveWay(() => !this.closing)))
      .catch((error: unknown) => {
        // The index is rebuilt from the articles if it was not saved: nothing of the reader's is lost.
        this.library.recovered.push(`The search index could not be saved (${(error as Error).message}).`);
      });
    return this.saving;
  }

  private async document(article: ArticleSummary): Promise<SearchDocument> {
    // A highlighted article's files are merged once, for its highlights and for the text shown.
    const merged = article.annotationCount > 0 ? await this.library.merged(article.id) : null;
    const [text, notes] = merged
      ? await Promise.all([this.library.textOf(article.id, merged), this.annotations.listOf(merged)])
      : [await this.library.text(article.id), []];
    return {
      id: article.id,
      title: article.title,
      text,
      site: article.siteName ?? '',
      author: article.byline ?? '',
      tags: article.tags.join(' '),
      highlights: notes.map((annotation) => annotation.anchor?.exact ?? '').join('\n'),
      notes: notes.map((annotation) => annotation.note).join('\n'),
    };
  }
}

/** What an article looked like when indexed: any change to it moves its updatedAt. */
function fingerprint(article: ArticleSummary): string {
  return `${article.updatedAt}|${article.annotationCount}`;
}
