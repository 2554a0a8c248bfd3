import { z } from 'zod';

/** Article ids are short lowercase base32-ish strings; validated so they can never name a path outside the library. */
export const ArticleId = z.string().regex(/^[a-z0-9]{6,40}$/, 'not an article id');

export const IsoDate = z.string().min(4).max(40);

export const ArticleState = z.enum(['unread', 'read', 'archived']);
export type ArticleState = z.infer<typeof ArticleState>;

export const LibraryView = z.enum(['inbox', 'archive', 'favorites', 'all']);
export type LibraryView = z.infer<typeof LibraryView>;

export const SortKey = z.enum(['saved', 'published']);
export type SortKey = z.infer<typeof SortKey>;

/** What a list row needs: kept small because a library may hold 100,000 of them. */
export const ArticleSummary = z.object({
  id: ArticleId,
  url: z.string(),
  title: z.string(),
  siteName: z.string().nullable(),
  byline: z.string().nullable(),
  excerpt: z.string(),
  publishedAt: IsoDate.nullable(),
  savedAt: IsoDate,
  updatedAt: IsoDate,
  state: ArticleState,
  favorite: z.boolean(),
  tags: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  progress: z.number().min(0).max(1),
  leadImage: z.string().nullable(),
  lang: z.string().nullable(),
  sample: z.boolean(),
  /** Highlights and notes on it; libraries from before annotations read as 0. */
  annotationCount: z.number().int().nonnegative().default(0),
  /** The feed it came from, when it came from one. */
  feedId: z.string().nullable().default(null),
  /** Imported without its text: still to be fetched ('pending'), or the fetch failed ('failed'). Absent once stored. */
  contentStatus: z.enum(['pending', 'failed']).optional(),
  /** Its current text is still on its way from another device (a sync under way); shown as such. */
  arriving: z.boolean().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** The full record kept in articles/<id>/article.json. */
export const Article = ArticleSummary.extend({
  canonicalUrl: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  readAt: IsoDate.nullable(),
  archivedAt: IsoDate.nullable(),
  /** Scroll position restored when the article is opened again. */
  scrollAnchor: z.number().min(0).max(1).nullable(),
  assets: z.array(z.object({ file: z.string(), source: z.string(), type: z.string(), bytes: z.number() })),
  /** Why its text could not be fetched, in words (with contentStatus 'failed'). */
  contentError: z.string().optional(),
  /**
   * Its stored text is missing or empty on disk (damaged, not still arriving): the reader is offered to
   * fetch it again or to open an earlier version. Only in article.get's answer, never stored.
   */
  textMissing: z.boolean().optional(),
  schema: z.literal(1),
});
export type Article = z.infer<typeof Article>;

/** A version's id: the first 20 hex digits of the SHA-256 of its text. */
export const ArticleVersionId = z.string().regex(/^[a-f0-9]{20}$/, 'not a version id');

/** One text an article has had: each re-save whose text changed adds one; the current one is shown. */
export const ArticleVersion = z.object({
  versionId: ArticleVersionId,
  savedAt: IsoDate,
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
  current: z.boolean(),
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const ThemeName = z.enum(['system', 'light', 'dark', 'sepia']);
export const ReaderSettings = z.object({
  theme: ThemeName,
  font: z.enum(['serif', 'sans']),
  fontSize: z.number().int().min(12).max(32),
  lineWidth: z.number().int().min(40).max(100),
});
export type ReaderSettings = z.infer<typeof ReaderSettings>;

export const Settings = z.object({
  reader: ReaderSettings,
  sort: SortKey,
  /** Whether the sample library was offered on first run (so it is offered once only). */
  sampleOffered: z.boolean(),
  /** Searches the reader keeps in the sidebar. */
  savedSearches: z.array(z.string().min(1).max(1_000)).max(50),
  /** Unread feed items the reader never kept (favorite, archived, tagged, annotated) go after this many days. */
  feedRetentionDays: z.number().int().min(1).max(3_650),
  /**
   * Settings › Network: addresses Annals did not get from the reader's typing (imported lists, feeds' items,
   * dropped links, saved pages' images) may be on this computer or the local network. Pages saved from the
   * browser never may, and a redirect from a public address to a private one is always refused.
   */
  allowLocalNetwork: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  reader: { theme: 'system', font: 'serif', fontSize: 19, lineWidth: 68 },
  sort: 'saved',
  sampleOffered: false,
  savedSearches: [],
  feedRetentionDays: 30,
  allowLocalNetwork: false,
};

export const TaskProgress = z.object({
  taskId: z.string(),
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  state: z.enum(['running', 'done', 'failed']),
  message: z.string().optional(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

// ── Annotations (W3C Web Annotation model, stored per article) ────────────────────────────────

export const HighlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
export type HighlightColor = z.infer<typeof HighlightColor>;

export const AnnotationId = z.string().regex(/^[a-z0-9]{6,40}$/, 'not an annotation id');

export const Tag = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(64, 'tags are at most 64 characters')
  .refine(
    (tag) => ![...tag].some((char) => char === ',' || char.charCodeAt(0) < 32),
    'tags cannot hold commas or control characters',
  );

/**
 * Where a highlight sits in the article's plain text (text.txt): the quoted words with up to
 * 32 characters of context either side (TextQuoteSelector) and character offsets
 * (TextPositionSelector, UTF-16 code units, end exclusive).
 */
export const TextAnchor = z.object({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

export const Annotation = z.object({
  id: AnnotationId,
  articleId: ArticleId,
  /** A highlight has an anchor; the article-level note has none. */
  kind: z.enum(['highlight', 'note']),
  anchor: TextAnchor.nullable(),
  /** True when the article's text changed and the quote could not be found again: kept, never deleted. */
  orphaned: z.boolean(),
  color: HighlightColor,
  /** Markdown, rendered safely (no HTML from it ever runs). */
  note: z.string().max(100_000),
  tags: z.array(z.string()),
  created: IsoDate,
  modified: IsoDate,
  /** The version of the article's text it was made on (its anchor is placed on the current one). */
  versionId: z.string().nullable().optional(),
});
export type Annotation = z.infer<typeof Annotation>;

// ── Feeds ─────────────────────────────────────────────────────────────────────────────────────

export const FeedId = z.string().regex(/^[a-z0-9]{6,40}$/, 'not a feed id');

export const Feed = z.object({
  id: FeedId,
  url: z.string(),
  title: z.string(),
  siteUrl: z.string().nullable(),
  folderPath: z.array(z.string()),
  /** Fetches from this feed may reach loopback and private addresses (granted by the reader). */
  allowPrivateNetwork: z.boolean(),
  addedAt: IsoDate,
  lastFetchedAt: IsoDate.nullable(),
  /** Why the last refresh failed, in words; null when it worked. */
  lastError: z.string().nullable(),
  /** How often it is refreshed while Annals runs (it is also refreshed at start). */
  refreshMinutes: z.number().int().min(5).max(10_080).default(60),
  /** The site's icon, stored in the library for offline use (a file name), or null when it has none. */
  icon: z.string().nullable().default(null),
});
export type Feed = z.infer<typeof Feed>;

/** A folder as the reader writes and reads it: "News / Local" is ["News", "Local"]. */
export const folderLabel = (path: readonly string[]) => path.join(' / ');

export const sameFolder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

export function folderPathFromLabel(label: string): string[] {
  return label
    .split('/')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** A web address as typed or sent: checked further (scheme, host, network) where it is used. */
export const HttpUrl = z.string().trim().min(1, 'enter an address').max(8_192, 'that address is too long');
