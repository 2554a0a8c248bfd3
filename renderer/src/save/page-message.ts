/**
 * What passes between the page being saved and Annals' save window. The bookmarklet runs in the page, where
 * any script of it can watch; so the page hands over its address and HTML and nothing else, and the save
 * window (on Annals' own origin) holds what lets it save.
 */
export const READY = 'annals:ready';
export const PAGE = 'annals:page';

export interface PageMessage {
  url: string;
  html: string;
}

/** The page's message, or null for anything else arriving at the window. */
export function readPageMessage(data: unknown): PageMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { type, url, html } = data as Record<string, unknown>;
  if (type !== PAGE || typeof url !== 'string' || typeof html !== 'string' || html.length === 0) return null;
  return { url, html };
}

/**
 * The address to save the page under. A page may only claim an address of its own site (the origin the
 * browser says sent it); one without an origin of its own (a file, a sandboxed page) is saved without one.
 */
export function addressFromSender(claimed: string, senderOrigin: string): { ok: true; url?: string } | { ok: false } {
  if (senderOrigin === 'null') return { ok: true };
  try {
    const url = new URL(claimed);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === senderOrigin) {
      return { ok: true, url: url.href };
    }
  } catch {
    // not an address at all
  }
  return { ok: false };
}
