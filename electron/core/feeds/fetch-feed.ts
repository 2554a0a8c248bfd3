import { AnnalsError } from '../../contract/index.ts';
import { decodeBytes } from '../extract/charset.ts';
import { guardedGet, resolveRequest } from '../extract/http-get.ts';
import type { LookupFn } from '../extract/private-network.ts';
import type { FeedChoice } from './discover.ts';
import { FeedError, MAX_XML_BYTES } from './feed-error.ts';
import type { ParsedFeed } from './parse-feed.ts';

export interface FeedFetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  blockPrivateNetwork: boolean;
  timeoutMs?: number;
  lookup?: LookupFn;
}

export type FeedFetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; feed: ParsedFeed; url: string; etag: string | null; lastModified: string | null }
  | { status: 'page'; url: string; choices: FeedChoice[] };

/**
 * Fetches a feed with a conditional GET (an unchanged feed costs one short request). An address that
 * answers with a web page instead gives the feeds that page announces.
 */
export async function fetchFeed(url: string, options: FeedFetchOptions): Promise<FeedFetchResult> {
  const request = resolveRequest(
    {
      blockPrivateNetwork: options.blockPrivateNetwork,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxBytes: MAX_XML_BYTES,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    },
    {
      accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.3',
      noun: 'feed',
      timeoutMs: 20_000,
      maxBytes: MAX_XML_BYTES,
    },
    () => {},
  );
  const result = await guardedGet(url, {
    ...request,
    conditional:
      options.etag || options.lastModified ? { etag: options.etag, lastModified: options.lastModified } : undefined,
  });
  if (result.notModified) return { status: 'not-modified' };
  const body = decodeBody(result.bytes, result.contentType);
  const looksHtml = /text\/html/i.test(result.contentType) || /^\s*(<!doctype html|<html)/i.test(body.slice(0, 500));
  // The parsers load on the first feed fetched: a command that fetches none never loads them.
  if (looksHtml) {
    const { discoverFeeds } = await import('./discover.ts');
    return { status: 'page', url: result.url, choices: discoverFeeds(body, result.url) };
  }
  const { parseFeed } = await import('./parse-feed.ts');
  try {
    return {
      status: 'ok',
      feed: parseFeed(body, result.url),
      url: result.url,
      etag: result.etag ?? null,
      lastModified: result.lastModified ?? null,
    };
  } catch (error) {
    if (error instanceof FeedError) throw new AnnalsError('UNSUPPORTED_CONTENT', error.message);
    throw error;
  }
}

/** Text of a feed: BOM, then the Content-Type charset, then the XML declaration, else UTF-8. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const fromDeclaration = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  for (const label of [fromHeader, fromDeclaration, 'utf-8']) {
    if (!label) continue;
    try {
      // The extractor's decoder: it knows Node decodes "windows-1252" as ISO-8859-1 and fixes that.
      return decodeBytes(bytes, new TextDecoder(label).encoding);
    } catch {
      // An unknown label: try the next source of truth.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
