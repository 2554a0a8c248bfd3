import { getDomain } from 'tldts';
import { articleUrlKey, canonicalizeUrl } from '../extract/canonical-url.ts';

// Prefixes a site puts before the same pages: the desktop "www." and the mobile "m.".
const SAME_SITE_PREFIXES = ['www.', 'm.'];

/** The host with "www." and "m." taken off, only while that leaves the same site (m.github.io is someone's own). */
function hostWithoutPrefixes(hostname: string): string {
  // Most hosts have neither prefix: no look-up in the suffix list for them (a library opens with thousands).
  if (!SAME_SITE_PREFIXES.some((prefix) => hostname.startsWith(prefix))) return hostname;
  const site = getDomain(hostname, { allowPrivateDomains: true });
  let host = hostname;
  for (;;) {
    const prefix = SAME_SITE_PREFIXES.find((candidate) => host.startsWith(candidate));
    if (!prefix) return host;
    const shorter = host.slice(prefix.length);
    if (site === null || getDomain(shorter, { allowPrivateDomains: true }) !== site) return host;
    host = shorter;
  }
}

/**
 * The key that recognises one page under the addresses a site gives it: a saved link
 * (https://www.example.com/news/story?utm_source=x) and a feed's item (http://example.com/news/story) are
 * one article. Scheme, "www."/"m.", default port, fragment, tracking parameters and a trailing slash are
 * ignored; the other parameters are kept (sorted), since they may name another page. Text that is no
 * web address is its own key.
 */
export function pageKeyOf(address: string): string {
  let canonical: string;
  try {
    canonical = canonicalizeUrl(address);
  } catch {
    return articleUrlKey(address);
  }
  const url = new URL(canonical);
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname === '/' ? '' : url.pathname;
  // Scheme-relative, so no key of a web page can be taken for the key of a file's article ("file:Title").
  // Joined, not a template: V8 keeps a template's result as a tree of its pieces, and the library holds
  // a key for every article it lists (13 MB more at 100,000 articles).
  return ['//', hostWithoutPrefixes(url.hostname), port, path, url.search].join('');
}
