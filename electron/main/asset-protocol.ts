import path from 'node:path';
import { ArticleId } from '../contract/index.ts';
import { mimeTypeFor } from '../core/mime-types.ts';
import { ASSET_HOST, ASSET_SCHEME } from './constants.ts';
import { parseOwnUrl } from './own-url.ts';
import { decodePathSegments } from './url-path.ts';

/** The part of the core this needs: it alone knows where an article's files live. */
export interface AssetLocator {
  assetPath(articleId: string, file: string): string | null;
  feedIconPath(file: string): string | null;
}

export interface ResolvedAsset {
  filePath: string;
  mimeType: string;
}

const ASSET_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
/** annals-asset://article/feed-icons/<file>: the site icons of feeds (the core checks the name). */
const FEED_ICONS = 'feed-icons';

/**
 * The stored image an annals-asset://article/<id>/assets/<file> (or …/feed-icons/<file>) request names, or null.
 * Only images under an article's assets folder (or the feed icons) are served; the core resolves the final path.
 */
export function resolveAssetRequest(requestUrl: string, core: AssetLocator): ResolvedAsset | null {
  const url = parseOwnUrl(requestUrl, ASSET_SCHEME, ASSET_HOST);
  if (!url) return null;
  const segments = decodePathSegments(url.pathname);
  if (segments?.length === 2 && segments[0] === FEED_ICONS && ASSET_FILE_NAME.test(segments[1]!)) {
    return resolved(core.feedIconPath(segments[1]!));
  }
  if (segments === null || segments.length !== 3) return null;
  const [articleId, folder, name] = segments as [string, string, string];
  if (!ArticleId.safeParse(articleId).success || folder !== 'assets' || !ASSET_FILE_NAME.test(name)) return null;
  if (!mimeTypeFor(name).startsWith('image/')) return null;
  return resolved(core.assetPath(articleId, `${folder}/${name}`));
}

/** Only images are served, from absolute paths the core gave. */
function resolved(filePath: string | null): ResolvedAsset | null {
  if (filePath === null || !path.isAbsolute(filePath)) return null;
  const mimeType = mimeTypeFor(filePath);
  return mimeType.startsWith('image/') ? { filePath, mimeType } : null;
}
