import { AnnalsError } from '../../contract/errors.ts';

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export function isWebProtocol(protocol: string): boolean {
  return WEB_PROTOCOLS.has(protocol);
}

/**
 * Parses an absolute http(s) address; anything else is refused with a reason the reader understands.
 * A bare host ("example.com/page") is taken as https when `guessScheme` is set (typed by the reader).
 */
export function parseHttpUrl(input: string, options: { guessScheme?: boolean } = {}): URL {
  const text = String(input).trim();
  let url: URL;
  try {
    url = new URL(options.guessScheme && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? `https://${text}` : text);
  } catch {
    throw new AnnalsError('BAD_INPUT', 'That is not a valid web address');
  }
  if (!isWebProtocol(url.protocol)) throw new AnnalsError('BAD_INPUT', 'Only http and https addresses can be saved');
  return url;
}

/**
 * Parses an address the reader (or a caller) asked us to fetch. Only absolute http(s) URLs are accepted;
 * credentials are refused because fetch() rejects them and they would end up stored in the library.
 */
export function parseWebUrl(input: string, options: { guessScheme?: boolean } = {}): URL {
  const url = parseHttpUrl(input, options);
  if (url.username || url.password) {
    throw new AnnalsError('BAD_INPUT', 'Addresses with a user name or password cannot be saved');
  }
  return url;
}

/**
 * Resolves an attribute value (href, src…) against a base; returns an absolute http(s) URL or null.
 * The URL parser strips the tabs/newlines/control characters that hide schemes like "java\nscript:".
 */
export function resolveWebUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const value = href.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (!isWebProtocol(url.protocol) || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The host without a leading "www.", as a last-resort site name. */
export function displayHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}
