import type { FeedStore } from './feed-store.ts';
import type { FeedsContext } from './feeds-context.ts';
import type { FeedRefresh } from './refresh.ts';

/** Feeds whose time has come, by their own interval (never fetched: now). */
export function dueFeeds(store: FeedStore, now: Date): string[] {
  return store
    .all()
    .filter(
      (feed) => !feed.lastFetchedAt || now.getTime() - Date.parse(feed.lastFetchedAt) >= feed.refreshMinutes * 60_000,
    )
    .map((feed) => feed.id);
}

/**
 * Refreshes the feeds that are due and retires old unread items. Answers whether anything changed (a feed
 * was fetched, an item retired): a check that found nothing to do must not make every window read the
 * whole library again, which a list of thousands of articles pays for in dropped frames (issue 12).
 */
export async function refreshDue(context: FeedsContext, refresh: FeedRefresh): Promise<boolean> {
  const due = dueFeeds(context.store, context.options.now());
  for (const id of due) await refresh.refreshOne(id);
  const retired = await retireOldItems(context);
  return due.length > 0 || retired.length > 0;
}

/** Refreshes due feeds now, then checks every minute while the app runs; answers how to stop. */
export function scheduleRefreshes(context: FeedsContext, refresh: FeedRefresh, onRefreshed: () => void): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (await refreshDue(context, refresh)) onRefreshed();
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), 60_000);
  timer.unref?.();
  return () => clearInterval(timer);
}

/**
 * Unread feed items older than the reader's retention go to the trash (undoable for 30 days); an item
 * the reader kept in any way (favorite, archived, read, tagged, annotated) stays forever.
 */
export async function retireOldItems(context: FeedsContext): Promise<string[]> {
  const { library, options } = context;
  const days = options.retentionDays?.() ?? 30;
  const cutoff = options.now().getTime() - days * 86_400_000;
  const expired = library
    .list('all', 'saved')
    .filter(
      (article) =>
        article.feedId !== null &&
        article.state === 'unread' &&
        !article.favorite &&
        article.tags.length === 0 &&
        article.annotationCount === 0 &&
        Date.parse(article.savedAt) < cutoff,
    )
    .map((article) => article.id);
  if (expired.length > 0) await library.delete(expired);
  return expired;
}
