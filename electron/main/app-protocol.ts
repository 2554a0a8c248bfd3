import { APP_HOST, APP_SCHEME } from './constants.ts';
import { parseOwnUrl } from './own-url.ts';
import { decodePathSegments, joinInside } from './url-path.ts';

/**
 * The file inside the built renderer folder that an app://annals/ request names, or null.
 * `/` is the index page, and so is any extension-less path (a client-side route); a trailing
 * slash, another host, or any path that could leave `rootDir` is refused.
 */
export function resolveAppProtocolPath(requestUrl: string, rootDir: string): string | null {
  const url = parseOwnUrl(requestUrl, APP_SCHEME, APP_HOST);
  if (!url) return null;
  if (url.pathname === '/' || url.pathname === '') return joinInside(rootDir, ['index.html']);
  const segments = decodePathSegments(url.pathname);
  if (segments === null) return null;
  const last = segments.at(-1) ?? '';
  if (!last.includes('.')) return joinInside(rootDir, ['index.html']);
  return joinInside(rootDir, segments);
}
