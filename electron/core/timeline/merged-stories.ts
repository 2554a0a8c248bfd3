// Merging a story's reports weighs every pair of reports of one date: for a long-running story of hundreds of
// articles that takes long enough to notice, every time its timeline is opened. What merging made of a story is kept,
// keyed by all that merging reads (each article's id, publication and shown events, in the order given), so opening
// the story again answers at once, and any change to its events or its members merges it anew.
// Kept in memory for the life of the core, and on disk for the next start (merged-story-files.ts), where the file's name
// adds the versions of the extractor, of the merging rules and of the app to the key.
import { createHash } from 'node:crypto';
import type { MergedStoryFiles } from './merged-story-files.ts';
// Types only: merging (and compromise, which it loads) is loaded when a timeline is first shown (timeline-handlers.ts).
import type { ArticleEvents, MergedEvent } from './merging/merge-events.ts';

type Merge = (entries: readonly ArticleEvents[]) => Promise<MergedEvent[]>;

// How many kept files are read at once: the library's timeline after a start reads one for each of hundreds of stories,
// and one after another each waited its turn at the disk (and, on a busy computer, at the processor) in full.
const READS_AT_ONCE = 8;

// How many reports' merged events are kept in all: a few long stories, or many short ones (the library's timeline
// merges each of its stories apart). The least recently opened go first.
const KEPT_REPORTS = 40_000;

export class MergedStories {
  private readonly kept = new Map<string, { merged: Promise<MergedEvent[]>; reports: number }>();
  private reports = 0;
  private readonly reads = new Limit(READS_AT_ONCE);
  /** How often reports were merged (not found kept): for tests that a second open merges nothing anew. */
  merges = 0;

  constructor(
    /** Where merges are kept for the next start (none: in memory only). */
    private readonly files: MergedStoryFiles | null = null,
    private readonly capacity = KEPT_REPORTS,
  ) {}

  /**
   * merge(entries), as made before (or being made) when nothing merging reads changed since. Callers must not alter
   * it. `owner`: the story (and its view, as what hidden events it shows) that `entries` are the whole of, so that its
   * kept file replaces the one kept before its last change; none for part of a story.
   */
  merged(entries: readonly ArticleEvents[], merge: Merge, owner?: string): Promise<MergedEvent[]> {
    const reports = entries.reduce((sum, entry) => sum + entry.events.length, 0);
    const key = fingerprint(entries);
    if (reports > this.capacity) return this.merge(key, entries, merge, owner);
    const found = this.kept.get(key);
    if (found) {
      // Most recently opened last: the first in the map goes first when room is needed.
      this.kept.delete(key);
      this.kept.set(key, found);
      return found.merged;
    }
    const merged = this.merge(key, entries, merge, owner);
    const kept = { merged, reports };
    this.kept.set(key, kept);
    // A merge that failed is not kept: the next open tries again.
    merged.catch(() => {
      if (this.kept.get(key) !== kept) return;
      this.kept.delete(key);
      this.reports -= reports;
    });
    this.reports += reports;
    for (const [oldest, { reports: size }] of this.kept) {
      if (this.reports <= this.capacity) break;
      this.kept.delete(oldest);
      this.reports -= size;
    }
    return merged;
  }

  /** Once what was merged is on disk too. */
  settled(): Promise<void> {
    return this.files?.settled() ?? Promise.resolve();
  }

  /** As kept on disk before, else merged now (and kept on disk). */
  private async merge(
    key: string,
    entries: readonly ArticleEvents[],
    merge: Merge,
    owner: string | undefined,
  ): Promise<MergedEvent[]> {
    const onDisk = this.files?.keyOf(key, owner);
    const found = onDisk ? await this.reads.run(() => this.files!.read(onDisk, entries)) : null;
    if (found) return found;
    this.merges++;
    const merged = await merge(entries);
    if (onDisk) this.files!.write(onDisk, merged);
    return merged;
  }
}

/**
 * One digest of everything merging reads of the entries: equal only for the same articles, order and events. The
 * text is hashed at once, not event by event (a call each for tens of thousands of events): the same digest.
 */
function fingerprint(entries: readonly ArticleEvents[]): string {
  const parts: string[] = [];
  for (const { articleId, publishedAt, events } of entries) {
    parts.push(JSON.stringify([articleId, publishedAt ?? null]));
    for (const event of events) parts.push(JSON.stringify(event));
    parts.push('\u0000');
  }
  return createHash('sha256').update(parts.join('')).digest('hex');
}

/** Runs at most `most` tasks at once, the others in the order they came. */
class Limit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly most: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.most) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
