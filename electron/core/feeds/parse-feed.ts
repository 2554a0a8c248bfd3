import { createHash } from 'node:crypto';
import { DetectError, parseFeed as parseAnyFeed } from 'feedsmith';
import { FeedError, guardXml, MAX_XML_BYTES } from './xml-guards.ts';

export interface FeedItem {
  /** Stable identity: the item's guid, else its link, else a hash of its title and summary. */
  guid: string;
  url: string | null;
  title: string;
  summary: string;
  contentHtml: string | null;
  author: string | null;
  publishedAt: string | null;
  enclosures: { url: string; type: string | null; length: number | null }[];
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  siteUrl: string | null;
  description: string;
  /** The feed's own pictures of itself, smallest kind first (Atom icon, RSS image, JSON Feed favicon…). */
  icons: string[];
  items: FeedItem[];
}

type Loose = Record<string, unknown> & { [key: string]: unknown };

/** Reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.x into one shape, with links made absolute. */
export function parseFeed(body: string, feedUrl: string): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.length > MAX_XML_BYTES) throw new FeedError('The feed is too large (over 10 MB).');
  if (!trimmed.startsWith('{')) {
    if (/^<!doctype html|^<html/i.test(trimmed)) throw new FeedError('That address is a web page, not a feed.');
    guardXml(trimmed, 'The feed');
  }
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseAnyFeed(trimmed) as unknown as { format: string; feed: Loose };
  } catch (error) {
    if (error instanceof DetectError)
      throw new FeedError('That address is not a feed (no RSS, Atom or JSON Feed in it).');
    throw new FeedError(`The feed could not be read: ${(error as Error).message}.`);
  }
  const feed = parsed.feed;
  switch (parsed.format) {
    case 'atom':
      return fromAtom(feed, feedUrl);
    case 'json':
      return fromJson(feed, feedUrl);
    default:
      return fromRss(feed, feedUrl, parsed.format === 'rdf' ? 'rdf' : 'rss');
  }
}

function fromRss(feed: Loose, feedUrl: string, format: 'rss' | 'rdf'): ParsedFeed {
  const siteUrl = absolute(text(feed.link), feedUrl);
  const base = siteUrl ?? feedUrl;
  const items = (arrayOf(feed.items) as Loose[]).map((item): FeedItem => {
    const url = absolute(text(item.link) ?? guidLink(item), base);
    const content = (item.content as Loose | undefined)?.encoded;
    return finish({
      guid: text((item.guid as Loose | undefined)?.value) ?? text(item.guid) ?? url ?? '',
      url,
      title: plain(text(item.title) ?? ''),
      summary: plain(text(item.description) ?? ''),
      contentHtml: text(content) ?? text(item.description) ?? null,
      author: text(item.author) ?? first((item.dc as Loose | undefined)?.creators) ?? null,
      publishedAt: date(text(item.pubDate) ?? first((item.dc as Loose | undefined)?.dates)),
      enclosures: (arrayOf(item.enclosures) as Loose[]).map((enclosure) => ({
        url: absolute(text(enclosure.url), base) ?? '',
        type: text(enclosure.type) ?? null,
        length: typeof enclosure.length === 'number' ? enclosure.length : null,
      })),
    });
  });
  return {
    format,
    title: plain(text(feed.title) ?? siteUrl ?? feedUrl),
    siteUrl,
    description: plain(text(feed.description) ?? ''),
    icons: links([text((feed.atom as Loose | undefined)?.icon), text((feed.image as Loose | undefined)?.url)], base),
    items: unique(items),
  };
}

function fromAtom(feed: Loose, feedUrl: string): ParsedFeed {
  const base = absolute(text((feed.xml as Loose | undefined)?.base), feedUrl) ?? feedUrl;
  const siteUrl = absolute(atomLink(feed.links), base);
  const items = (arrayOf(feed.entries) as Loose[]).map((entry): FeedItem => {
    const entryBase = absolute(text((entry.xml as Loose | undefined)?.base), base) ?? base;
    const url = absolute(atomLink(entry.links), entryBase);
    const content = entry.content as Loose | undefined;
    const summary = entry.summary as Loose | undefined;
    return finish({
      guid: text(entry.id) ?? url ?? '',
      url,
      title: plain(textValue(entry.title)),
      summary: plain(textValue(summary)),
      contentHtml: text(content?.value) ?? text(summary?.value) ?? null,
      author: text((arrayOf(entry.authors)[0] as Loose | undefined)?.name) ?? null,
      publishedAt: date(text(entry.published) ?? text(entry.updated)),
      enclosures: (arrayOf(entry.links) as Loose[])
        .filter((link) => link.rel === 'enclosure')
        .map((link) => ({
          url: absolute(text(link.href), entryBase) ?? '',
          type: text(link.type) ?? null,
          length: Number(link.length) || null,
        })),
    });
  });
  return {
    format: 'atom',
    title: plain(textValue(feed.title) || (siteUrl ?? feedUrl)),
    siteUrl,
    description: plain(textValue(feed.subtitle)),
    icons: links([text(feed.icon), text(feed.logo)], base),
    items: unique(items),
  };
}

function fromJson(feed: Loose, feedUrl: string): ParsedFeed {
  const siteUrl = absolute(text(feed.home_page_url), feedUrl);
  const items = (arrayOf(feed.items) as Loose[]).map((item): FeedItem => {
    const url = absolute(text(item.url) ?? text(item.external_url), feedUrl);
    return finish({
      guid: text(item.id) ?? url ?? '',
      url,
      title: plain(text(item.title) ?? ''),
      summary: plain(text(item.summary) ?? text(item.content_text) ?? ''),
      contentHtml: text(item.content_html) ?? null,
      author:
        text((arrayOf(item.authors)[0] as Loose | undefined)?.name) ??
        text((item.author as Loose | undefined)?.name) ??
        null,
      publishedAt: date(text(item.date_published) ?? text(item.date_modified)),
      enclosures: (arrayOf(item.attachments) as Loose[]).map((attachment) => ({
        url: absolute(text(attachment.url), feedUrl) ?? '',
        type: text(attachment.mime_type) ?? null,
        length: typeof attachment.size_in_bytes === 'number' ? attachment.size_in_bytes : null,
      })),
    });
  });
  return {
    format: 'json',
    title: plain(text(feed.title) ?? siteUrl ?? feedUrl),
    siteUrl,
    description: plain(text(feed.description) ?? ''),
    icons: links([text(feed.favicon), text(feed.icon)], feedUrl),
    items: unique(items),
  };
}

/** Items without a guid or link get one from their title and summary; a guid seen twice counts once. */
function finish(item: FeedItem): FeedItem {
  if (item.guid) return item;
  const hash = createHash('sha256').update(`${item.title}\n${item.summary}`).digest('hex').slice(0, 24);
  return { ...item, guid: `sha256:${hash}` };
}

function unique(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.guid) && seen.add(item.guid));
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Dublin Core values come as lists (dc:creator may repeat). */
function first(value: unknown): string | undefined {
  return text(arrayOf(value)[0]);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function textValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return text((value as Loose | undefined)?.value) ?? '';
}

function guidLink(item: Loose): string | undefined {
  const guid = item.guid as Loose | undefined;
  return guid?.isPermaLink !== false && typeof guid?.value === 'string' && /^https?:/i.test(guid.value)
    ? guid.value
    : undefined;
}

function atomLink(links: unknown): string | undefined {
  const all = arrayOf(links) as Loose[];
  const alternate = all.find((link) => !link.rel || link.rel === 'alternate') ?? all[0];
  return text(alternate?.href);
}

function links(values: (string | undefined)[], base: string): string[] {
  return [...new Set(values.map((value) => absolute(value, base)).filter((url) => url !== null))];
}

function absolute(value: string | undefined | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Titles and summaries may carry markup and entities: readers see text. */
function plain(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, code: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (named[code.toLowerCase()]) return named[code.toLowerCase()]!;
      const point =
        code[1]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point < 0x110000 ? String.fromCodePoint(point) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dates as ISO strings, keeping the publisher's offset when the feed gives one. */
function date(value: string | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  if (!offset) return new Date(parsed).toISOString();
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const local = new Date(parsed + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset[1]}${offset[2]}:${offset[3]}`;
}
