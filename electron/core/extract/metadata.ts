import { cleanByline } from './byline.ts';
import { normalizeDate, parseDateText } from './dates.ts';
import { classOf, cleanText, descendantsByTag, hasDescendant, shortText } from './dom.ts';
import { embeddedBodyHtml } from './embedded-body.ts';
import { imageUrls, type JsonLd, names, readJsonLd, textValue } from './json-ld.ts';
import { firstMeta, type MetaTags, readMetaTags } from './meta-tags.ts';
import { type PageIndex, tagged } from './page-index.ts';
import { type StateBody, stateBody, stateScripts } from './script-state.ts';
import { headlineFromTitle, repeatedSiteNames } from './title.ts';
import { displayHost, resolveWebUrl } from './url-policy.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** Lead image declared by the page (og:image, twitter:image, JSON-LD); the article's own images come later. */
  leadImage: string | null;
  description: string | null;
  /** Every summary the page gives of itself (meta, Open Graph and Twitter descriptions, JSON-LD), each once. */
  summaries: string[];
  /**
   * The page says it is one story: its Open Graph type is an article or a video, its JSON-LD describes an
   * article or a video, or it carries a publication date. A home or section page says none of these.
   */
  declaresStory: boolean;
  /**
   * The article's body as markup from the page's JSON-LD or its script state (__NEXT_DATA__,
   * window.__INITIAL_STATE__), the longer of the two, for pages whose own HTML holds too little (built on demand).
   */
  embeddedBody: () => StateBody | null;
  /** What relative URLs in the page resolve against: <base href>, the page URL, else the canonical URL. */
  baseUrl: string | null;
  /** The element a visible dateline was read from, so it can be left out of the article text. */
  datelineElement: Element | null;
}

interface Context {
  doc: Document;
  index: PageIndex;
  /** The element most likely holding the article. */
  root: Element | null;
  meta: MetaTags;
  ld: JsonLd;
}

function readTitle(ctx: Context, siteNames: (string | null)[]): string | null {
  // The page's headline element: an h1, or on older layouts the first h2 of the content.
  const root = ctx.root;
  const inRoot = (element: Element) => !!root?.contains(element);
  const h1s = tagged(ctx.index, 'h1');
  const h1 = cleanText((h1s.find(inRoot) ?? h1s[0] ?? tagged(ctx.index, 'h2').find(inRoot))?.textContent);
  const declared =
    firstMeta(ctx.meta, 'og:title', 'twitter:title') ??
    textValue(ctx.ld.article?.headline ?? ctx.ld.article?.name, ctx.ld.byId);
  const title = cleanText(declared) || cleanText(tagged(ctx.index, 'title')[0]?.textContent);
  if (!title) return h1 || null;
  return headlineFromTitle(title, h1, siteNames) || null;
}

function readByline(ctx: Context): string | null {
  const fromMeta = firstMeta(ctx.meta, 'author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
  if (fromMeta && cleanByline(fromMeta)) return cleanByline(fromMeta);
  const articleAuthors = (ctx.meta.get('article:author') ?? []).filter((a) => !/^https?:\/\//i.test(a));
  if (articleAuthors.length > 0) return cleanByline(articleAuthors.join(', '));
  const ldAuthors = names(ctx.ld.article?.author, ctx.ld.byId);
  if (ldAuthors.length > 0) return cleanByline([...new Set(ldAuthors)].join(', '));
  const root = ctx.root;
  const all = ctx.index.bylines;
  const inRoot = root ? all.filter((c) => root.contains(c.element)) : all;
  return bylineIn(inRoot) ?? (inRoot.length < all.length ? bylineIn(all) : null);
}

/** The first usable byline of the surest kind: of each kind only the first element is tried. */
function bylineIn(candidates: PageIndex['bylines']): string | null {
  const ranks = [...new Set(candidates.map((c) => c.rank))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const first = candidates.find((c) => c.rank === rank)!;
    const byline = cleanByline(first.element.textContent);
    if (byline) return byline;
  }
  return null;
}

/** Every name the page declares for its site: a title part equal to any of them is no headline. */
function siteNamesOf(ctx: Context): (string | null)[] {
  const publisher = ctx.ld.article ? textValue(ctx.ld.article.publisher, ctx.ld.byId) : null;
  return [
    ...(ctx.meta.get('og:site_name') ?? []),
    publisher,
    textValue(ctx.ld.website?.name, ctx.ld.byId),
    firstMeta(ctx.meta, 'application-name', 'apple-mobile-web-app-title'),
  ];
}

function readSiteName(ctx: Context, host: string | null): string | null {
  const publisher = ctx.ld.article ? textValue(ctx.ld.article.publisher, ctx.ld.byId) : null;
  const name =
    firstMeta(ctx.meta, 'og:site_name') ??
    publisher ??
    textValue(ctx.ld.website?.name, ctx.ld.byId) ??
    firstMeta(ctx.meta, 'application-name');
  return cleanText(name) || host;
}

/** BCP 47 casing: "en_us" -> "en-US"; null when it does not look like a language tag. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const tag = (raw ?? '').split(',')[0]!.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  return tag
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

function readLang(ctx: Context): string | null {
  const html = ctx.doc.documentElement;
  return (
    normalizeLang(html?.getAttribute('lang')) ??
    normalizeLang(html?.getAttribute('xml:lang')) ??
    normalizeLang(firstMeta(ctx.meta, 'og:locale')) ??
    normalizeLang(firstMeta(ctx.meta, 'content-language', 'language', 'dc.language'))
  );
}

const DATELINE_HINT = /date|time|publish|posted|dateline|stamp|byline|meta/i;
const PARAGRAPH_TAGS = new Set(['p', 'div']);
const DATELINE_TAGS = new Set([
  'p',
  'div',
  'span',
  'small',
  'em',
  'strong',
  'address',
  'header',
  'h4',
  'h5',
  'h6',
  'li',
]);

/** A sentence of the story that names a day ("The next meeting is on 5 February at 7 pm.") is no dateline. */
function isSentence(text: string): boolean {
  return /[.!?…]["'»”’)]?$/.test(text) && text.split(/\s+/).length >= 8;
}

/** A version number ("3.2.1199") reads as a day of the twelfth century: no page was published before 1900. */
function plausibleDate(iso: string | null): string | null {
  return iso && Number(iso.slice(0, 4)) >= 1900 ? iso : null;
}

/** A visible dateline near the top of the article: classed date elements first, then short early lines. */
function readDateline(root: Element, lang: string | null): { iso: string; element: Element } | null {
  const elements = descendantsByTag(root, DATELINE_TAGS).filter((el) => !inComments(el));
  const hinted = elements.filter((el) => DATELINE_HINT.test(`${classOf(el)} ${el.id}`));
  for (const element of hinted.slice(0, 20)) {
    const text = shortText(element, 160);
    const iso = text ? plausibleDate(parseDateText(text, lang)) : null;
    if (iso) return { iso, element };
  }
  // No classed element: scan short lines until the third long paragraph (past that it is body text).
  let longParagraphs = 0;
  for (const element of elements.slice(0, 80)) {
    const text = shortText(element, 200);
    if (text === null) {
      if (element.localName === 'p' && ++longParagraphs >= 3) break;
      continue;
    }
    if (!text || text.length > 160 || hasDescendant(element, PARAGRAPH_TAGS) || isSentence(text)) continue;
    const iso = plausibleDate(parseDateText(text, lang));
    if (iso) return { iso, element };
  }
  return null;
}

const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted)\b/i;

/** A short line near the top that says when the page was published, in so many words. */
function readLabelledDateline(root: Element, lang: string | null): { iso: string; element: Element } | null {
  const elements = descendantsByTag(root, DATELINE_TAGS).filter((el) => !inComments(el) && !inAside(el));
  for (const element of elements.slice(0, 40)) {
    const text = shortText(element, 160);
    if (!text || !PUBLISHED_LABEL.test(text) || hasDescendant(element, PARAGRAPH_TAGS)) continue;
    const iso = plausibleDate(parseDateText(text, lang));
    if (iso) return { iso, element };
  }
  return null;
}

function readPublished(
  ctx: Context,
  lang: string | null,
): { publishedAt: string | null; datelineElement: Element | null } {
  const found = (iso: string | null) => ({ publishedAt: iso, datelineElement: null });
  const metaPublished = normalizeDate(firstMeta(ctx.meta, 'article:published_time', 'og:article:published_time'), lang);
  if (metaPublished) return found(metaPublished);
  const ldPublished = normalizeDate(textValue(ctx.ld.article?.datePublished, ctx.ld.byId), lang);
  if (ldPublished) return found(ldPublished);
  for (const element of ctx.index.datesPublished) {
    const raw = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent;
    const iso = normalizeDate(raw, lang);
    if (iso) return found(iso);
  }
  const otherMeta = normalizeDate(
    firstMeta(ctx.meta, 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'date'),
    lang,
  );
  if (otherMeta) return found(otherMeta);
  const root = ctx.root;
  if (!root) return found(null);
  const times = tagged(ctx.index, 'time').filter(
    (t) => t.hasAttribute('datetime') && root.contains(t) && !inAside(t) && !inComments(t),
  );
  const pubdate = times.find((t) => t.hasAttribute('pubdate'));
  // A line saying "Published: …" is the publisher's own word; a live page's first <time> is its newest entry.
  const labelled = pubdate ? null : readLabelledDateline(root, lang);
  // A line's own <time> ("Published <time datetime=…>May 21</time>") keeps the hour and offset its words leave out.
  const labelledTime = labelled ? times.find((t) => labelled.element.contains(t)) : undefined;
  if (labelled && !labelledTime) return { publishedAt: labelled.iso, datelineElement: labelled.element };
  const time = pubdate ?? labelledTime ?? times[0];
  const fromTime = normalizeDate(time?.getAttribute('datetime'), lang);
  if (fromTime) return found(fromTime);
  const dateline = readDateline(root, lang);
  return dateline ? { publishedAt: dateline.iso, datelineElement: dateline.element } : found(null);
}

/** A <time> in a sidebar, a list of related stories or the footer dates another story. */
function inAside(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (ASIDE_TAGS.has(at.localName) || /(?:^|\s)related(?:\s|$)/.test(classOf(at))) return true;
  }
  return false;
}

const ASIDE_TAGS = new Set(['aside', 'nav', 'footer']);

/** A reader's comment is dated when it was written, often days after the story: never the story's date. */
function inComments(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (
      COMMENTS.test(at.id) ||
      classOf(at)
        .split(/\s+/)
        .some((name) => COMMENTS.test(name))
    )
      return true;
  }
  return false;
}

const COMMENTS =
  /^(?:comments?|commentlist|comment-(?:list|body|meta|metadata|content|author|date|time|\d+)|comments-(?:area|list|section|container|wrapper)|respond|disqus_thread)$/i;

/** The href of the first <link> whose rel includes `rel`. */
function linkHref(index: PageIndex, rel: string): string | null {
  for (const link of tagged(index, 'link')) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel)) return link.getAttribute('href');
  }
  return null;
}

function readLeadImage(ctx: Context, base: string | null): string | null {
  const candidates = [
    firstMeta(ctx.meta, 'og:image:secure_url', 'og:image', 'og:image:url'),
    firstMeta(ctx.meta, 'twitter:image', 'twitter:image:src'),
    ...imageUrls(ctx.ld.article?.image ?? ctx.ld.article?.thumbnailUrl, ctx.ld.byId),
    linkHref(ctx.index, 'image_src'),
  ];
  for (const candidate of candidates) {
    const url = resolveWebUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

const textLength = (html: string | null | undefined) => (html ?? '').replace(/<[^>]*>/g, '').length;

/** The longer of the JSON-LD body (the page's own article node, so titled) and the state's. */
function longerBody(fromLd: string | null, fromState: StateBody | null): StateBody | null {
  if (textLength(fromState?.html) > textLength(fromLd)) return fromState;
  return fromLd ? { html: fromLd, titled: true } : null;
}

/** Open Graph types of one story (article, video.other, video.episode…), not a website or a profile. */
const STORY_OG_TYPE = /^(?:article|video)\b/i;

function declaresStory(ctx: Context): boolean {
  return STORY_OG_TYPE.test(firstMeta(ctx.meta, 'og:type') ?? '') || !!ctx.ld.article || !!ctx.ld.video;
}

/** Reads everything about the page before Readability rewrites the DOM. */
export function readMetadata(doc: Document, index: PageIndex, pageUrl: string | null): PageMetadata {
  const ctx: Context = { doc, index, root: index.root, meta: readMetaTags(index), ld: readJsonLd(index) };
  const baseHref = resolveWebUrl(
    tagged(index, 'base')
      .find((b) => b.hasAttribute('href'))
      ?.getAttribute('href'),
    pageUrl,
  );
  const docBase = baseHref ?? pageUrl;
  const canonicalUrl =
    resolveWebUrl(linkHref(index, 'canonical'), docBase) ?? resolveWebUrl(firstMeta(ctx.meta, 'og:url'), docBase);
  const baseUrl = docBase ?? canonicalUrl;
  const host = displayHost(pageUrl ?? canonicalUrl);
  const siteName = readSiteName(ctx, host);
  const lang = readLang(ctx);
  const description = cleanText(
    firstMeta(ctx.meta, 'description', 'og:description', 'twitter:description') ??
      textValue(ctx.ld.article?.description, ctx.ld.byId),
  );
  const summaries = [
    ...['description', 'og:description', 'twitter:description'].flatMap((key) => ctx.meta.get(key) ?? []),
    textValue(ctx.ld.article?.description, ctx.ld.byId),
    textValue(ctx.ld.video?.description, ctx.ld.byId),
  ]
    .map(cleanText)
    .filter(Boolean);
  const published = readPublished(ctx, lang);
  const title = readTitle(ctx, [siteName, host, ...siteNamesOf(ctx), ...repeatedSiteNames(index, pageUrl)]);
  // Kept now: the scripts leave the page before the body is looked for.
  const scripts = stateScripts(index);
  return {
    title,
    byline: readByline(ctx),
    siteName,
    ...published,
    lang,
    canonicalUrl,
    leadImage: readLeadImage(ctx, baseUrl),
    description: description || null,
    summaries: [...new Set(summaries)],
    declaresStory: declaresStory(ctx) || published.publishedAt !== null,
    embeddedBody: () => longerBody(embeddedBodyHtml(ctx.ld), stateBody(scripts, title)),
    baseUrl,
  };
}
