// Merging a story's reports weighs every pair of reports of one date: for a long-running story of hundreds of
// articles that takes long enough to notice, every time its timeline is opened. What merging made of a story is kept,
// keyed by all that merging reads (each article's id, publication and shown events, in the order given), so opening
// the story again answers at once, and any change to its events or its members merges it anew.
// Kept in memory only, for the life of the core: the merging rules and the extractor cannot change under a kept
// timeline (an upgrade starts a new core, which merges anew). Kept on disk, the key would need a version of the
// merging rules too, as stored events have EXTRACTOR_VERSION.
import { createHash } from 'node:crypto';
// Types only: merging (and compromise, which it loads) is loaded when a timeline is first shown (timeline-handlers.ts).
import type { ArticleEvents, MergedEvent } from './merge-events.ts';

type Merge = (entries: readonly ArticleEvents[]) => Promise<MergedEvent[]>;

// How many reports' merged events are kept in all: a few long stories, or many short ones (the library's timeline
// merges each of its stories apart). The least recently opened go first.
const KEPT_REPORTS = 40_000;

export class MergedStories {
  private readonly kept = new Map<string, { merged: Promise<MergedEvent[]>; reports: number }>();
  private reports = 0;
  /** How often reports were merged (not found kept): for tests that a second open merges nothing anew. */
  merges = 0;

  constructor(private readonly capacity = KEPT_REPORTS) {}

  /**
   * merge(entries), as made before (or being made) when nothing merging reads changed since. Callers must not alter
   * it.
   */
  merged(entries: readonly ArticleEvents[], merge: Merge): Promise<MergedEvent[]> {
    const reports = entries.reduce((sum, entry) => sum + entry.events.length, 0);
    if (reports > this.capacity) return this.merge(entries, merge);
    const key = fingerprint(entries);
    const found = this.kept.get(key);
    if (found) {
      // Most recently opened last: the first in the map goes first when room is needed.
      this.kept.delete(key);
      this.kept.set(key, found);
      return found.merged;
    }
    const merged = this.merge(entries, merge);
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

  private merge(entries: readonly ArticleEvents[], merge: Merge): Promise<MergedEvent[]> {
    this.merges++;
    return merge(entries);
  }
}

/** One digest of everything merging reads of the entries: equal only for the same articles, order and events. */
function fingerprint(entries: readonly ArticleEvents[]): string {
  const hash = createHash('sha256');
  for (const { articleId, publishedAt, events } of entries) {
    hash.update(JSON.stringify([articleId, publishedAt ?? null]));
    for (const event of events) hash.update(JSON.stringify(event));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
