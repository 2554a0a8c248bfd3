// Reading an article's events and fingerprint holds a thread for most of a second (the tagger), and merging a story's
// reports for seconds more: done on the core's, an article opened while an import's events were found, or the list
// asked for while a story's timeline was first merged, waited seconds. The shells with a window (the app, browser
// mode) have both done in one worker thread, a piece of work at a time, the core only storing what comes back; a
// one-shot command, which answers nobody meanwhile, does them on its own thread, merging in turns that give way.
import { OffThread, type Progress, workerBeside } from '../concurrency/off-thread.ts';
import type { ArticleEvents, MergedEvent, MergeProgress } from './merging/merge-events.ts';
import type { TextReading, TextToRead } from './text-reading.ts';
import { doTimelineWork, type TimelineWork, type TimelineWorkAnswer } from './timeline-work.ts';

export interface TimelineThreadOptions {
  /** Work in a worker thread: the shells that answer a window while events are found and stories merged. */
  inWorker?: boolean;
  /** The worker's module; by default the one beside this file (.ts from source, .js or .cjs in a bundle). */
  workerUrl?: URL | null;
  /**
   * The worker's heap: the tagger with one article's text (at most LONGEST_TEXT_READ characters) or one story's
   * reports. A piece of work that outgrows it is done on the core's thread.
   */
  maxHeapMB?: number;
}

/** Between two turns of a merge on the core's thread, the rest of the app answers. */
const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));

export class TimelineThread {
  private readonly thread: OffThread<TimelineWork, TimelineWorkAnswer>;

  constructor(options: TimelineThreadOptions = {}) {
    const workerUrl = !options.inWorker
      ? null
      : options.workerUrl === undefined
        ? workerBeside(import.meta.url, 'timeline-worker')
        : options.workerUrl;
    this.thread = new OffThread({ workerUrl, maxHeapMB: options.maxHeapMB ?? 1024 }, (work, onProgress) =>
      doTimelineWork(work, (progress) => {
        onProgress?.(progress);
        return giveWay();
      }),
    );
  }

  /** Pieces of work done on the core's thread rather than the worker's (none, unless it could not start or died). */
  get doneHere(): number {
    return this.thread.doneHere;
  }

  read(article: TextToRead): Promise<TextReading> {
    return this.thread.run({ kind: 'read', article }) as Promise<TextReading>;
  }

  /** The reports of a story's events merged into one entry per happening (merge-events.ts), telling how far it got. */
  merge(entries: readonly ArticleEvents[], onProgress?: (progress: MergeProgress) => void): Promise<MergedEvent[]> {
    return this.thread.run({ kind: 'merge', entries }, onProgress as Progress | undefined) as Promise<MergedEvent[]>;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
