// The library's timeline (24,000 events on 3,000 articles) took seconds to put together on every open even with
// each story's merging kept (merged-stories.ts): every article's events read into sources, the names counted.
// The timelines last answered are kept, whole, until anything one could show changes: the core forgets them all
// on every change it tells the app about (libraryChanged, timelineChanged) and on every edit through the timeline's
// own methods, the same signals that tell the app's views to ask again. In memory only, for the life of the core.
import type { Timeline } from '../../contract/index.ts';

/** Timelines kept at once: the library's, and a few a reader goes back and forth between. */
const KEPT_TIMELINES = 4;

export class BuiltTimelines {
  private readonly kept = new Map<string, Promise<Timeline>>();
  /** How often a timeline was built (not found kept): for tests that an open built nothing anew. */
  builds = 0;

  constructor(private readonly capacity = KEPT_TIMELINES) {}

  /** build(), as answered before for the same key when nothing changed since. Callers must not alter it. */
  get(key: string, build: () => Promise<Timeline>): Promise<Timeline> {
    const found = this.kept.get(key);
    if (found) {
      // Most recently opened last: the first in the map goes first when room is needed.
      this.kept.delete(key);
      this.kept.set(key, found);
      return found;
    }
    this.builds++;
    const built = build();
    this.kept.set(key, built);
    // A build that failed is not kept: the next open tries again.
    built.catch(() => {
      if (this.kept.get(key) === built) this.kept.delete(key);
    });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.capacity) break;
      this.kept.delete(oldest);
    }
    return built;
  }

  /**
   * Something a timeline shows may have changed: each is built anew when next asked for. A build under way is
   * forgotten too, so what it answers, read before the change, is never kept.
   */
  forget(): void {
    this.kept.clear();
  }
}
