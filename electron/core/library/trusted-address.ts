import { getDomain } from 'tldts';

/** The site an address belongs to: its registrable domain (bbc.co.uk, user.github.io), else its host. */
function siteOf(address: string): string | null {
  try {
    const url = new URL(address);
    return getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The canonical address a page names, when it can be trusted: only on the same site as the address
 * the page came from. Otherwise a page could name another saved article as its canonical and replace
 * that article's text; it is then an article of its own.
 */
export function trustedCanonical(page: { url: string | null; canonicalUrl: string | null }): string | null {
  if (!page.canonicalUrl || !page.url) return null;
  const site = siteOf(page.url);
  return site !== null && site === siteOf(page.canonicalUrl) ? page.canonicalUrl : null;
}
