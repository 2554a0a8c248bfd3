import { randomBytes } from 'node:crypto';
import {
  AnnalsError,
  type ArticleSummary,
  type ImportFile,
  type ImportPreview,
  type ImportResult,
  type ImportStatus,
  MAX_IMPORT_BYTES,
} from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { ExtractedArticle } from '../../extract/types.ts';
import type { Feeds } from '../../feeds/feeds.ts';
import type { Library } from '../../library/library.ts';
import { newestFirst } from '../../library/library-view.ts';
import { type ApplyContext, applyImport } from './apply.ts';
import { ExportedText } from './exported-text.ts';
import { FetchQueue } from './fetch-queue.ts';
import { planImport, previewOf } from './plan.ts';
import type { QueuedArticle } from './queue-file.ts';
import type { ImportLimits, ParsedExport } from './types.ts';

export interface ImporterOptions {
  /** Settings › Network: imported addresses may be on this computer or the local network. */
  allowLocalNetwork: () => boolean;
  now: () => Date;
  readOnly?: boolean;
  concurrency?: number;
  limits?: ImportLimits;
  onStatus: (status: ImportStatus) => void;
  onProgress: (taskId: string, label: string, done: number, total: number) => void;
}

/** Previews are kept a while so the reader can look before importing; only the last few. */
const PREVIEWS_KEPT = 3;
const PREVIEW_MINUTES = 60;

/** Import of other services' exports, and the background fetch of what they did not carry. */
export class Importer {
  readonly queue: FetchQueue;
  private readonly exportedText: ExportedText;
  private readonly previews = new Map<string, { parsed: ParsedExport; fileName: string; at: number }>();

  constructor(
    private readonly library: Library,
    private readonly annotations: Annotations,
    private readonly feeds: Feeds,
    private readonly options: ImporterOptions,
  ) {
    this.exportedText = new ExportedText(library.paths.root);
    this.queue = new FetchQueue({
      file: library.paths.importQueue,
      legacyFile: library.paths.legacyImportQueue,
      libraryDir: library.paths.root,
      now: options.now,
      lookUp: (id) => library.findSummary(id),
      concurrency: options.concurrency,
      readOnly: options.readOnly,
      fetch: (article, signal) => this.fetchText(article, signal),
      failed: (article, reason) => library.setContentStatus(article.id, 'failed', reason),
      onChange: options.onStatus,
      report: (message) => library.recovered.push(message),
    });
  }

  /** Loads the queue, and queues any imported article still without text that it does not list (a crash between the two writes). */
  async load(): Promise<void> {
    await this.queue.load();
    this.queue.follow(); // trashed or restored while this computer was not looking (by sync)
    await this.queuePending();
  }

  /** Queues every imported article still without text that the queue does not list (after a crash, or a restore). */
  async queuePending(): Promise<void> {
    if (this.options.readOnly) return;
    // Found among all, then only they sorted: the whole library was sorted first, 100,000 articles at
    // every open and at the end of every restore, to find the few still to fetch.
    const missing: ArticleSummary[] = [];
    for (const article of this.library.summaries())
      if (article.contentStatus === 'pending' && !this.queue.has(article.id)) missing.push(article);
    await this.queue.add(
      newestFirst(missing, (article) => article.savedAt).map(({ id, url, title }) => ({ id, url, title })),
    );
  }

  async preview(file: ImportFile): Promise<ImportPreview> {
    const parsed = await this.parse(file);
    const previewId = randomBytes(9).toString('hex');
    this.previews.set(previewId, { parsed, fileName: file.fileName, at: this.options.now().getTime() });
    for (const id of [...this.previews.keys()].slice(0, Math.max(0, this.previews.size - PREVIEWS_KEPT))) {
      this.previews.delete(id);
    }
    return { previewId, ...previewOf(planImport(parsed, this.library)) };
  }

  async run(input: ImportFile | { previewId: string }): Promise<ImportResult> {
    let parsed: ParsedExport;
    let fileName: string;
    if ('previewId' in input) {
      const kept = this.previews.get(input.previewId);
      if (!kept || this.options.now().getTime() - kept.at > PREVIEW_MINUTES * 60_000) {
        throw new AnnalsError('NOT_FOUND', 'That preview is no longer at hand; choose the file again.');
      }
      this.previews.delete(input.previewId);
      ({ parsed, fileName } = kept);
    } else {
      parsed = await this.parse(input);
      fileName = input.fileName;
    }
    const taskId = `import-${randomBytes(6).toString('hex')}`;
    const context: ApplyContext = {
      library: this.library,
      annotations: this.annotations,
      feeds: this.feeds,
      queue: this.queue,
      exportedText: this.exportedText,
      onProgress: (done, total) => this.options.onProgress(taskId, `Importing ${fileName}`, done, total),
    };
    // Compared with the library as it is now, not as it was at the preview.
    return applyImport(planImport(parsed, this.library), context);
  }

  async retry(ids?: string[]): Promise<ImportStatus> {
    const again = await this.queue.retry(ids);
    for (const article of again) await this.library.setContentStatus(article.id, 'pending');
    // Articles without text the queue no longer lists (its file was lost or damaged) are queued afresh:
    // failed ones, and any named (the reader asked for one whose text never arrived).
    const wanted = ids ? new Set(ids) : null;
    const strays = this.library
      .list('all', 'saved')
      .filter((article) => article.contentStatus && !this.queue.has(article.id))
      .filter((article) => (wanted ? wanted.has(article.id) : article.contentStatus === 'failed'));
    for (const article of strays) await this.library.setContentStatus(article.id, 'pending');
    await this.queue.add(strays.map(({ id, url, title }) => ({ id, url, title })));
    return this.queue.status();
  }

  /**
   * What a one-shot command does instead of the app's background work: stores the text exports carried
   * (no network needed, so even when told not to fetch), then, with `web`, fetches the rest (unless the
   * reader paused it). Answers when nothing is left to do.
   */
  async fetchNow({ web }: { web: boolean }): Promise<ImportStatus & { carried: number }> {
    const carried = await this.storeCarriedText(web);
    if (web) {
      const stop = this.queue.start();
      try {
        await this.queue.idle();
      } finally {
        stop();
      }
    }
    return { ...this.queue.status(), carried };
  }

  /** Stores every waiting article's carried text; one whose text does not extract is left for the fetch. */
  private async storeCarriedText(web: boolean): Promise<number> {
    const stored: string[] = [];
    for (const article of this.queue.waitingArticles()) {
      try {
        const extracted = await this.carriedText(article).catch(() => null);
        if (!extracted) continue;
        await this.store(article, extracted, { web, signal: new AbortController().signal });
        stored.push(article.id);
      } catch {
        // Not stored: it stays queued, and the fetch tries again with the page itself.
      }
    }
    await this.queue.complete(stored);
    return stored.length;
  }

  private async parse(file: ImportFile): Promise<ParsedExport> {
    // The parsers (CSV, zip, HTML) load only when a file is imported, not with every CLI command.
    const { parseExport } = await import('./parse.ts');
    const bytes =
      file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : new TextEncoder().encode(file.text ?? '');
    if (bytes.length > MAX_IMPORT_BYTES) {
      throw new AnnalsError('TOO_LARGE', `${file.fileName} is larger than 100 MB, the most Annals imports at once.`);
    }
    if (bytes.length === 0) throw new AnnalsError('BAD_INPUT', `${file.fileName} is empty.`);
    return parseExport(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
      from: file.from,
      limits: this.options.limits,
    });
  }

  /**
   * One article's text, stored into the imported article (its tags, state and highlights kept): the
   * text its export carried, else the page fetched from the web.
   */
  private async fetchText(article: QueuedArticle, signal: AbortSignal): Promise<void> {
    // In the trash meanwhile: nothing is fetched for it (the queue sets it aside; carried text kept for a restore).
    if (!this.library.findSummary(article.id)) return;
    const { extractFromUrl } = await import('../../extract/index.ts');
    const blockPrivateNetwork = !this.options.allowLocalNetwork();
    // Too little text in the export, or no article in it: the page is fetched like the others.
    const extracted =
      (await this.carriedText(article).catch(() => null)) ??
      (await extractFromUrl(article.url, { blockPrivateNetwork, signal }));
    await this.store(article, extracted, { web: true, signal });
  }

  /** The article its export carried, extracted; null when it carried none. */
  private async carriedText(article: QueuedArticle): Promise<ExtractedArticle | null> {
    const carried = await this.exportedText.read(article.id);
    if (!carried) return null;
    const { extractFromHtml } = await import('../../extract/index.ts');
    return extractFromHtml(carried, { url: article.url, carried: true });
  }

  /** Without `web`, the article's images are left out rather than fetched. */
  private async store(
    article: QueuedArticle,
    extracted: ExtractedArticle,
    { web, signal }: { web: boolean; signal: AbortSignal },
  ): Promise<void> {
    if (!this.library.findSummary(article.id)) return; // in the trash meanwhile: stored if it is restored
    const { fetchImage } = await import('../../extract/index.ts');
    const blockPrivateNetwork = !this.options.allowLocalNetwork();
    const saved = await this.library.save(extracted, {
      into: article.id,
      loadImage: (url) =>
        web ? fetchImage(url, { blockPrivateNetwork, signal }) : Promise.reject(new Error('not fetched')),
    });
    await this.exportedText.drop(article.id);
    if (saved.article.annotationCount > 0) await this.annotations.reanchor(article.id);
  }
}
