import { type PageIndex, tagged } from './page-index.ts';

export type JsonObject = { [key: string]: unknown };

export interface JsonLd {
  /** The node describing the article (NewsArticle, BlogPosting…), if any. */
  article: JsonObject | null;
  /** The first WebSite node, whose name is often the site name. */
  website: JsonObject | null;
  /** A HowTo node (a how-to page's steps), whose text may be all the page holds when a script draws the rest. */
  howTo: JsonObject | null;
  /** A VideoObject node: a video report's page describes its video, and what the report says, with it. */
  video: JsonObject | null;
  /** Nodes by @id, to follow references such as "author": {"@id": "#person-1"}. */
  byId: Map<string, JsonObject>;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'scholarlyarticle',
  'report',
]);

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

/** Parses a block leniently: CMSs wrap it in comments/CDATA or leave raw newlines inside strings. */
function parseBlock(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what breaks such blocks
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null; // malformed: ignore this block, keep the others
    }
  }
}

/** Flattens arrays, @graph lists and a WebPage's mainEntity into one list of nodes. */
function collect(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  if (value['@graph']) collect(value['@graph'], into, depth + 1);
  if (isObject(value.mainEntity)) collect(value.mainEntity, into, depth + 1);
}

export function readJsonLd(index: PageIndex): JsonLd {
  const nodes: JsonObject[] = [];
  for (const script of tagged(index, 'script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    collect(parseBlock(script.textContent ?? ''), nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  }
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))) ?? null;
  const website = nodes.find((node) => typesOf(node).includes('website')) ?? null;
  const howTo = nodes.find((node) => typesOf(node).includes('howto')) ?? null;
  const video = nodes.find((node) => typesOf(node).includes('videoobject')) ?? null;
  return { article, website, howTo, video, byId };
}

/** Follows {"@id": …} references to the full node when the graph has it. */
export function deref(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

/** A plain string from a value that may be a string, {"@value"}, {name} or a list of those. */
export function textValue(value: unknown, byId: Map<string, JsonObject>): string | null {
  const node = deref(value, byId);
  if (typeof node === 'string') return node.trim() || null;
  if (Array.isArray(node)) return node.length > 0 ? textValue(node[0], byId) : null;
  if (isObject(node)) return textValue(node['@value'] ?? node.name, byId);
  return null;
}

/** Every name in a value that may be one person/organisation or a list of them. */
export function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const node = deref(item, byId);
    const name = typeof node === 'string' ? node : isObject(node) ? textValue(node.name, byId) : null;
    if (name?.trim()) found.push(name.trim());
  }
  return found;
}

/** Image URLs from "image": a string, an ImageObject ({url} / {contentUrl}) or a list of those. */
export function imageUrls(value: unknown, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const node = deref(item, byId);
    if (typeof node === 'string') found.push(node);
    else if (isObject(node)) {
      const url = node.url ?? node.contentUrl;
      if (typeof url === 'string') found.push(url);
    }
  }
  return found;
}
