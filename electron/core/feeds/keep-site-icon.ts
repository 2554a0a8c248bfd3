import type { FetchOptions } from '../extract/http-get.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';

/**
 * Finds a feed's site icon and keeps it in the library (feeds/icons/<feed id>-<hash>.<ext>), so the sidebar
 * shows it offline. Answers the file name, or null when the site has none or it could not be kept this time.
 */
export async function keepSiteIcon(
  paths: LibraryPaths,
  feed: { id: string; url: string; siteUrl: string | null },
  feedIcons: string[],
  options: FetchOptions,
): Promise<string | null> {
  try {
    const { findSiteIcon } = await import('./site-icon.ts'); // an HTML parser, loaded when an icon is looked for
    const icon = await findSiteIcon({ siteUrl: feed.siteUrl, feedUrl: feed.url, feedIcons }, options);
    if (!icon) return null;
    const file = `${feed.id}-${icon.sha256.slice(0, 12)}.${icon.ext}`;
    await makePrivateFolder(paths.feedIcons);
    await writeFileAtomic(paths.feedIcon(file)!, icon.bytes);
    return file;
  } catch {
    return null; // a disk that refused the icon: the feed works meanwhile, and the next look is a week away
  }
}
