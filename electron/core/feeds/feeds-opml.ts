import { sameFolder } from '../../contract/index.ts';
import { newStoredFeed, type StoredFeed } from './feed-store.ts';
import type { FeedsContext } from './feeds-context.ts';
import { toOpml } from './opml-write.ts';

/** Follows the feeds of an OPML file that are not followed yet; they are fetched on the next refresh. */
export async function importOpml(context: FeedsContext, xml: string): Promise<{ added: number; skipped: number }> {
  const { store, queue, options } = context;
  const { parseOpml } = await import('./opml.ts'); // the OPML parser loads only when a file is read
  const entries = parseOpml(xml);
  let added = 0;
  for (const entry of entries) {
    if (store.byUrl(entry.xmlUrl)) continue;
    const feed = newStoredFeed({
      url: entry.xmlUrl,
      title: entry.title,
      siteUrl: entry.htmlUrl,
      folderPath: entry.folderPath,
      allowPrivateNetwork: false,
      addedAt: options.now().toISOString(),
    });
    await queue.run(() => store.put(feed));
    added++;
  }
  return { added, skipped: entries.length - added };
}

/** OPML in the reader's order: top-level feeds first, then the folders in theirs. */
export function exportOpml(context: FeedsContext): string {
  const { store } = context;
  const folderRank = (feed: StoredFeed) =>
    feed.folderPath.length === 0 ? -1 : store.folders().findIndex((folder) => sameFolder(folder, feed.folderPath));
  return toOpml(
    store
      .all()
      .sort((a, b) => folderRank(a) - folderRank(b))
      .map((feed) => ({ xmlUrl: feed.url, htmlUrl: feed.siteUrl, title: feed.title, folderPath: feed.folderPath })),
    'Feeds from Annals',
  );
}
