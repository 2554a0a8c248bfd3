import { z } from 'zod';
import { ArticleId } from '../../../contract/index.ts';
import { WriteQueue } from '../../library/write-queue.ts';
import { writeFileAtomic } from '../../storage/atomic-write.ts';
import { readJsonFile } from '../../storage/json-file.ts';
import { quarantine } from '../../storage/quarantine.ts';

// The import queue's file (import-queue.json): what it holds, reading it (a damaged one set aside), and writing
// it at most once a second while fetching, so the fetch queue itself only decides what to fetch next.

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
export type SavedQueue = z.output<typeof QueueFile>;

export interface QueueFileOptions {
  /** import-queue.json in this device's own data (.annals/<device>/). */
  file: string;
  libraryDir: string;
  now: () => Date;
  report: (message: string) => void;
  readOnly?: boolean;
}

/** Progress is written at most this often while fetching; a crash costs at most this much refetching. */
const SAVE_DELAY_MS = 1_000;

/** The queue a file holds, or null when it is missing or damaged (set aside and said so). */
export async function readQueueFile(file: string, options: QueueFileOptions): Promise<SavedQueue | null> {
  const result = await readJsonFile(file, QueueFile);
  if (result.status === 'corrupt') {
    const kept = options.readOnly ? file : await quarantine(file, options.libraryDir, options.now());
    options.report(
      `The list of imported articles still to fetch could not be read (${result.reason}); it was kept as ${kept} and rebuilt from the library.`,
    );
    return null;
  }
  return result.status === 'ok' ? result.value : null;
}

/** Writes the queue to its file: now, or once SAVE_DELAY_MS have passed (one write for a burst of changes). */
export class QueueFileWriter {
  private saveTimer: NodeJS.Timeout | null = null;
  private readonly writes = new WriteQueue();

  constructor(
    private readonly options: QueueFileOptions,
    /** The queue as it stands, read at each write's turn. */
    private readonly state: () => SavedQueue,
  ) {}

  schedule(): void {
    if (this.saveTimer || this.options.readOnly) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save().catch((error: unknown) =>
        this.options.report(`The import queue could not be saved: ${String(error)}`),
      );
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  async save(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.options.readOnly) return;
    // One write at a time, each of the state at its turn: an older state never lands last.
    await this.writes.run(() => writeFileAtomic(this.options.file, JSON.stringify(this.state())));
  }
}
