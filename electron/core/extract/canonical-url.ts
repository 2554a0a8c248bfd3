import { parseHttpUrl } from './url-policy.ts';

// Parameters that only say where a click came from; they never change the article.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref_src',
  '_hsenc',
  '_hsmi',
  'yclid',
  'msclkid',
]);

function isTrackingParam(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/**
 * The form of an address used to recognise the same article saved twice: lowercase scheme and host, no
 * default port, no fragment, no tracking parameters, remaining parameters sorted, no trailing slash on a
 * non-root path. "www." is kept, since www.example.com and example.com may serve different sites.
 * Parameters are compared as written (not re-encoded), so no meaningful value is ever changed.
 */
export function canonicalizeUrl(input: string): string {
  const url = parseHttpUrl(input);
  // The URL parser already lowercases the scheme and host and drops a default port.
  url.hash = '';
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pair.split('=')[0]!));
  pairs.sort((a, b) => {
    const keyA = a.split('=')[0]!;
    const keyB = b.split('=')[0]!;
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  url.search = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  return url.href;
}

/** The key that recognises the same article under two addresses: the canonical form, or the text itself when it is no web address. */
export function articleUrlKey(url: string): string {
  try {
    return canonicalizeUrl(url);
  } catch {
    return url;
  }
}
