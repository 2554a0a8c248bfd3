// Reading an article's events and fingerprint holds a thread for most of a second (the tagger): done on the core's,
// an article opened while an import's or the sample library's events were being found took seconds to show. The
// shells with a window (the app, browser mode) have it done in a worker thread, one article at a time, the core only
// storing what comes back; a one-shot command, which answers nobody meanwhile, reads on its own thread.
import { OffThread, workerBeside } from '../concurrency/off-thread.ts';
import { readArticleText, type TextReading, type TextToRead } from './text-reading.ts';

export interface TextReaderOptions {
  /** Read in a worker thread: the shells that answer a window while events are found. */
  inWorker?: boolean;
  /** The worker's module; by default the one beside this file (.ts from source, .js or .cjs in a bundle). */
  workerUrl?: URL | null;
  /** The worker's heap: the tagger and one article's text, at most LONGEST_TEXT_READ characters. */
  maxHeapMB?: number;
}

export class TextReader {
  private readonly thread: OffThread<TextToRead, TextReading>;

  constructor(options: TextReaderOptions = {}) {
    const workerUrl = !options.inWorker
      ? null
      : options.workerUrl === undefined
        ? workerBeside(import.meta.url, 'text-reading-worker')
        : options.workerUrl;
    this.thread = new OffThread({ workerUrl, maxHeapMB: options.maxHeapMB ?? 512 }, readArticleText);
  }

  /** Texts read on the core's thread rather than the worker's (none, unless it could not start or died). */
  get readHere(): number {
    return this.thread.doneHere;
  }

  read(article: TextToRead): Promise<TextReading> {
    return this.thread.run(article);
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
