import { blocks, escapeText } from './embedded-body.ts';
import { type PageIndex, tagged } from './page-index.ts';

// Pages built with Next.js, Nuxt or a Redux store often send an empty shell and the story as the script's
// state: <script id="__NEXT_DATA__" type="application/json">, window.__INITIAL_STATE__ = {…}. When the
// page's own markup holds too little, the article's body is looked for in that state: a long prose string
// under a body-like key, or a list of paragraph blocks. The markup built here is untrusted like the page:
// it goes through the same cleanup and allowlist sanitizer as any article (see candidate.ts).

/** More than this is a page's worth of data, not a state worth parsing. */
const MAX_STATE_CHARS = 8_000_000;
/** Nodes of a state walked at most: a store can hold thousands of teasers. */
const MAX_NODES = 200_000;
const MAX_DEPTH = 40;
/** A body says at least this much; shorter strings are teasers, captions and labels. */
const MIN_BODY_WORDS = 40;

/** `window.__INITIAL_STATE__ = {…}`, `var __PRELOADED_STATE__ = JSON.parse("…")` and the like. */
const STATE_ASSIGNMENT =
  /^\s*(?:(?:window|self|globalThis)\s*\.\s*|(?:var|let|const)\s+)?(?:__[A-Z][A-Z0-9_]*__|[A-Za-z_$][\w$]*(?:State|STATE|Data|DATA))\s*=\s*/;

/** The texts of a page's state scripts, kept before the scripts are stripped from the page. */
export function stateScripts(index: PageIndex): string[] {
  const found: string[] = [];
  for (const script of tagged(index, 'script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const text = script.textContent ?? '';
    if (text.length > MAX_STATE_CHARS) continue;
    if (type === 'application/json' || STATE_ASSIGNMENT.test(text)) found.push(text);
  }
  return found;
}

/** Index just past the value that opens at `start` (an object or array), skipping strings; -1 if unclosed. */
function closingOf(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON a state script holds: the whole text, the object literal assigned, or a JSON.parse("…") string. */
export function parseState(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return tryJson(trimmed);
  const assignment = STATE_ASSIGNMENT.exec(text);
  if (!assignment) return undefined;
  const rest = text.slice(assignment[0].length);
  const quoted = /^JSON\.parse\(\s*("(?:[^"\\]|\\.)*")\s*\)/.exec(rest);
  if (quoted) {
    const inner = tryJson(quoted[1]!);
    return typeof inner === 'string' ? tryJson(inner) : undefined;
  }
  const open = rest.search(/[{[]/);
  if (open !== 0) return undefined;
  const end = closingOf(rest, 0);
  if (end < 0) return undefined;
  const literal = rest.slice(0, end);
  // A script's object literal is JSON but for `undefined`, which JSON spells null.
  return tryJson(literal) ?? tryJson(literal.replace(/(?<=[:,[]\s*)undefined(?=\s*[,}\]])/g, 'null'));
}

/** Keys whose string is an article's body ("articleBody", "body_html", "content"). */
const BODY_KEY =
  /^(?:article_?body|body|body_?(?:html|text)|content|content_?(?:html|encoded|text)|html|text|story_?(?:body|text)|full_?text|rich_?text)$/i;
/** Keys whose list holds the body's blocks ("blocks", "content_elements", "paragraphs"). */
const BLOCKS_KEY = /^(?:body|content|blocks|paragraphs|elements|content_?elements|body_?(?:blocks|elements))$/i;
/** Keys of a block that hold its text, in the order they are tried. */
const BLOCK_TEXT_KEYS = ['text', 'html', 'content', 'value', 'children', 'body'];
/** Keys that name what a block is. */
const BLOCK_TYPE_KEYS = ['type', 'nodeType', '_type', 'tag', 'kind'];
const HEADING_TYPE = /^(?:h[1-6]|heading(?: \d)?|header|subhead(?:ing|line)?|title)$/;
/** Blocks that are no part of the text: figures, embeds, adverts, related links. */
const SKIPPED_TYPE =
  /\b(?:image|photo|picture|video|embed|ad|advert|advertisement|related|gallery|oembed|iframe|tweet|interstitial|teaser)s?\b/;
/** Keys of an object that title it: compared with the page's title to pick the page's own article. */
const TITLE_KEYS = ['headline', 'title', 'name', 'seoTitle', 'heading'];

interface Found {
  html: string;
  words: number;
  /** The title of the object the body belongs to, if it has one. */
  title: string | null;
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

/** Prose rather than code, CSS or a list of ids: words with few braces, semicolons and equals signs. */
function isProse(text: string): boolean {
  const plain = stripTags(text);
  const code = (plain.match(/[{};=<>]/g) ?? []).length;
  return countWords(plain) >= MIN_BODY_WORDS && code < plain.length * 0.01;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a block is, as lowercase words ("ImageBlock" -> "image block", "content_ad" -> "content ad"). */
function typeOf(block: Record<string, unknown>): string {
  for (const key of BLOCK_TYPE_KEYS) {
    const type = block[key];
    if (typeof type === 'string')
      return type
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/[-_]+/g, ' ')
        .toLowerCase();
  }
  return '';
}

/** A block's text as one run of markup: its own string, or its children's joined. */
function blockText(value: unknown, depth: number): string {
  if (depth > 8) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((child) => blockText(child, depth + 1)).join('');
  if (!isObject(value)) return '';
  if (SKIPPED_TYPE.test(typeOf(value))) return '';
  for (const key of BLOCK_TEXT_KEYS) {
    if (value[key] !== undefined && typeof value[key] !== 'number') return blockText(value[key], depth + 1);
  }
  return '';
}

/** A list of blocks as markup: headings as <h2>, the rest one paragraph (or its own markup) each. */
function blocksHtml(list: unknown[]): string {
  const out: string[] = [];
  for (const item of list) {
    const type = isObject(item) ? typeOf(item) : '';
    if (SKIPPED_TYPE.test(type)) continue;
    const text = blockText(item, 0).trim();
    if (!text) continue;
    if (HEADING_TYPE.test(type)) out.push(`<h2>${escapeText(stripTags(text).trim())}</h2>`);
    else out.push(blocks(text));
  }
  return out.join('');
}

function titleOf(owner: Record<string, unknown>): string | null {
  for (const key of TITLE_KEYS) if (typeof owner[key] === 'string') return owner[key] as string;
  return null;
}

/** Every body-like string and list of blocks in a state, walked breadth-first within a budget. */
function bodiesIn(state: unknown): Found[] {
  const found: Found[] = [];
  const queue: { value: unknown; depth: number }[] = [{ value: state, depth: 0 }];
  let visited = 0;
  for (let at = 0; at < queue.length && visited < MAX_NODES; at++) {
    const { value, depth } = queue[at]!;
    visited++;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item) queue.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (!isObject(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') {
        if (BODY_KEY.test(key) && child.length > 200 && isProse(child)) {
          found.push({ html: blocks(child), words: countWords(stripTags(child)), title: titleOf(value) });
        }
      } else if (Array.isArray(child) && BLOCKS_KEY.test(key) && child.length > 0) {
        const html = blocksHtml(child);
        if (html && isProse(html)) found.push({ html, words: countWords(stripTags(html)), title: titleOf(value) });
      }
      if (typeof child === 'object' && child) queue.push({ value: child, depth: depth + 1 });
    }
  }
  return found;
}

/** Comparable form of a title: letters and digits only, lowercased. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface StateBody {
  html: string;
  /** The body's object carries the page's title: surely the page's own story, not a related one. */
  titled: boolean;
}

/**
 * The article's body as markup from the page's state scripts, or null. Of the bodies found, the one whose
 * object carries the page's title is the page's own (a store also holds related stories); else the longest.
 */
export function stateBody(scripts: string[], pageTitle: string | null): StateBody | null {
  const found = scripts.flatMap((text) => bodiesIn(parseState(text)));
  if (found.length === 0) return null;
  const wanted = squash(pageTitle ?? '');
  const titled = wanted ? found.filter((f) => f.title && squash(f.title) === wanted) : [];
  const pool = titled.length > 0 ? titled : found;
  const best = pool.reduce((top, next) => (next.words > top.words ? next : top));
  return { html: best.html, titled: titled.length > 0 };
}
