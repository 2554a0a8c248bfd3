import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { AnnalsError } from '../../contract/index.ts';
import { mediaTypeOf } from '../extract/content-type.ts';
import { fetchPage } from '../extract/fetch-page.ts';
import { type FetchOptions, guardedGet, resolveRequest } from '../extract/http-get.ts';
import { IMAGE_EXTENSIONS, matchesImageType } from '../extract/image-types.ts';
import { resolveWebUrl } from '../extract/url-policy.ts';

/** A site icon is shown at 16-32 pixels: anything larger than this is not an icon worth keeping. */
export const MAX_ICON_BYTES = 100 * 1024;

export interface SiteIcon {
  bytes: Uint8Array;
  /** File extension by what the bytes really are: png, jpg, gif, webp, avif or ico. */
  ext: string;
  sha256: string;
}

const ICON_DEFAULTS = {
  accept: 'image/avif,image/webp,image/png,image/x-icon,image/*;q=0.8',
  noun: 'icon',
  timeoutMs: 10_000,
  maxBytes: MAX_ICON_BYTES,
};

/** The raster formats an icon may be in, .ico included; SVG is refused, being a document that can hold script. */
function sniffIconExt(bytes: Uint8Array): string | null {
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0) return 'ico';
  for (const [type, ext] of Object.entries(IMAGE_EXTENSIONS)) {
    if (ext !== 'svg' && matchesImageType(type, bytes)) return ext;
  }
  return null;
}

function checkIconType(contentType: string): void {
  const type = mediaTypeOf(contentType);
  if (type === 'image/svg+xml') throw new AnnalsError('UNSUPPORTED_CONTENT', 'SVG icons are not accepted');
  if (!type.startsWith('image/')) throw new AnnalsError('UNSUPPORTED_CONTENT', 'That address is not an image');
}

/** Downloads one icon: an image type, at most 100 KB, really the raster image it says it is. */
export async function fetchIcon(url: string, options: FetchOptions = {}): Promise<SiteIcon> {
  const result = await guardedGet(
    url,
    resolveRequest({ ...options, maxBytes: MAX_ICON_BYTES }, ICON_DEFAULTS, checkIconType),
  );
  const ext = sniffIconExt(result.bytes);
  if (!ext) throw new AnnalsError('UNSUPPORTED_CONTENT', 'The icon is not a PNG, JPEG, GIF, WebP, AVIF or ICO image');
  return { bytes: result.bytes, ext, sha256: createHash('sha256').update(result.bytes).digest('hex') };
}

/** The icons a page names in its <head>: rel="icon" and "shortcut icon" first, then apple-touch-icon; no SVG. */
export function iconLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html.slice(0, 2_000_000));
  const ranked: { url: string; rank: number }[] = [];
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const rank = rel.includes('icon') ? 0 : rel.includes('apple-touch-icon') ? 1 : -1;
    const url = resolveWebUrl(link.getAttribute('href'), pageUrl);
    const svg = /svg/i.test(link.getAttribute('type') ?? '') || /\.svg(\?|#|$)/i.test(url ?? '');
    if (rank >= 0 && url && !svg) ranked.push({ url, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.url);
}

/**
 * The site's icon: named by its home page, else the feed's own icon or image, else /favicon.ico.
 * Each try is a guarded fetch; the first that is a real icon wins, and none found is not an error.
 */
export async function findSiteIcon(
  site: { siteUrl: string | null; feedUrl: string; feedIcons: string[] },
  options: FetchOptions,
): Promise<SiteIcon | null> {
  const home = site.siteUrl ?? new URL('/', site.feedUrl).href;
  const page = await fetchPage(home, { ...options, maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000 }).catch(() => null);
  const candidates = new Set([
    ...(page ? iconLinks(page.html, page.url) : []),
    ...site.feedIcons,
    new URL('/favicon.ico', page?.url ?? home).href,
  ]);
  for (const url of [...candidates].slice(0, 6)) {
    const icon = await fetchIcon(url, options).catch(() => null);
    if (icon) return icon;
  }
  return null;
}
