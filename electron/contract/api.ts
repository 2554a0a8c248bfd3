import { z } from 'zod';
import { feedsApi } from './feeds.ts';
import { ImportFile, ImportPreview, ImportResult, ImportStatus, importFetchApi, MAX_IMPORT_BYTES } from './import.ts';
import { maintenanceApi } from './maintenance.ts';
import { DEFAULT_MAX_BODY_BYTES, method } from './method.ts';
import {
  Annotation,
  AnnotationId,
  Article,
  ArticleId,
  ArticleState,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionId,
  FeedId,
  HighlightColor,
  HttpUrl,
  LibraryView,
  ReaderSettings,
  Settings,
  SortKey,
  Tag,
  TaskProgress,
} from './model.ts';
import { PAGE_AT_HAND_BODY, PageAtHand, pageApi } from './pages.ts';
import { readerActivityApi } from './reader-activity.ts';
import { syncApi } from './sync.ts';
import { timelineApi } from './timeline.ts';

const MAX_HTML_CHARS = 10_000_000;
const Ids = z.array(ArticleId).min(1).max(10_000);
const Tags = z.array(Tag).max(100, 'at most 100 tags at once');
const TagSnapshots = z.array(z.object({ id: ArticleId, tags: z.array(z.string()) }));
const Note = z.string().max(100_000, 'notes are at most 100,000 characters');
export const ExportFormat = z.enum(['md', 'jsonld', 'csv', 'html']);
/** A backup sent from the window as base64: 200 MB of zip. */
const MAX_BACKUP_BASE64_CHARS = 280_000_000;
/** Request bodies beyond what the input itself may hold: JSON quoting, a file name, a path. */
const ENVELOPE_BYTES = 64 * 1024;
/** A page of 10 million characters is at most 3 bytes each in UTF-8. */
const SAVE_HTML_BODY = { maxBodyBytes: 32 * 1024 * 1024 };
/** Undo of a change to every article of a large library. */
const LARGE_BODY = { maxBodyBytes: 16 * 1024 * 1024 };
/** Export files to import come as base64: up to 100 MB of file, about 134 MB of request. */
const IMPORT_BODY = {
  maxBodyBytes: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + ENVELOPE_BYTES,
  tooLargeMessage: 'That file is larger than 100 MB, the most Annals imports at once.',
};
const LocalPath = z.string().trim().min(1, 'give a file path').max(4_096, 'that path is too long');

/**
 * The one API contract. Every shell (IPC, HTTP, CLI, in-process) carries exactly these
 * methods; the dispatcher validates input and output against these schemas.
 */
export const api = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      shell: z.enum(['electron', 'browser', 'cli', 'test']),
      libraryPath: z.string(),
      articleCount: z.number().int(),
      sampleInstalled: z.boolean(),
      /** Unread articles in the views that can hold them (archived articles are never unread). */
      unread: z.object({ inbox: z.number().int(), favorites: z.number().int(), all: z.number().int() }),
      /** Only set where a loopback server is running (browser mode, or the desktop app's save-from-browser server). */
      server: z.object({ origin: z.string(), token: z.string() }).nullable(),
      recovered: z.array(z.string()),
    }),
    'Facts about this app and library.',
  ),
  'app.renewSaveToken': method(
    z.object({}),
    z.object({ origin: z.string(), token: z.string() }),
    'Give saving from the browser a new token: browsers connected with the old one must connect again.',
  ),
  'app.renewAccessToken': method(
    z.object({}),
    z.object({ url: z.string() }),
    'Give browser mode a new address (a new access token): the old address, its bookmarks and pages open on it stop working.',
  ),
  'library.list': method(
    z.object({
      view: LibraryView.default('inbox'),
      sort: SortKey.default('saved'),
      tags: z.array(z.string().max(64)).max(50).default([]),
      tagMode: z.enum(['all', 'any']).default('all'),
      feedId: FeedId.optional(),
    }),
    z.object({ articles: z.array(ArticleSummary), total: z.number().int() }),
    'Articles of one view, newest first, optionally only those with all (or any) of some tags.',
  ),
  'library.backup': method(
    z.object({ path: LocalPath.optional() }),
    z.object({ path: z.string(), articles: z.number().int(), files: z.number().int(), bytes: z.number().int() }),
    'Write the whole library (articles, images, highlights, feeds, tag colours, settings) to one zip: the path given, or “Annals backup YYYY-MM-DD.zip” in Downloads.',
  ),
  'library.restore': method(
    z
      .object({
        path: LocalPath.optional(),
        data: z
          .string()
          .max(MAX_BACKUP_BASE64_CHARS, 'that backup is larger than 200 MB; restore it with: annals restore FILE')
          .optional(),
      })
      .refine(
        (input) => (input.path === undefined) !== (input.data === undefined),
        'give either a backup’s path or its contents',
      ),
    z.object({
      intoEmpty: z.boolean(),
      restored: z.number().int(),
      merged: z.number().int(),
      feedsAdded: z.number().int(),
      skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
    }),
    'Restore a backup zip (a path, or its bytes as base64): into an empty library as it was, into a used one merged without duplicates.',
    {
      maxBodyBytes: MAX_BACKUP_BASE64_CHARS + ENVELOPE_BYTES,
      tooLargeMessage: 'That backup is larger than 200 MB; restore it with: annals restore FILE',
    },
  ),
  'library.move': method(
    z.object({ to: LocalPath }),
    z.object({
      /** Where the library is now. */
      path: z.string(),
      previousPath: z.string(),
      /** Where the old folder was kept (renamed aside), or previousPath when it could not be renamed. */
      oldFolder: z.string(),
      files: z.number().int(),
      bytes: z.number().int(),
      /** Every Annals on this computer (app, browser mode, CLI) now opens it by default. */
      isDefault: z.boolean(),
    }),
    'Move the whole library to another folder (new or empty), such as one a sync tool carries: copied, checked file by file, opened there; the old folder is kept aside.',
  ),
  'article.get': method(z.object({ id: ArticleId }), Article, 'One article’s full record.'),
  'article.content': method(
    z.object({ id: ArticleId }),
    z.object({ id: ArticleId, html: z.string(), text: z.string() }),
    'The stored (sanitized) HTML and plain text of an article; images point at assets/<file>.',
  ),
  'article.versions': method(
    z.object({ id: ArticleId }),
    z.object({ versions: z.array(ArticleVersion) }),
    'Every text the article has had, newest first, the current one marked.',
  ),
  'article.version': method(
    z.object({ id: ArticleId, versionId: ArticleVersionId }),
    z.object({ id: ArticleId, version: ArticleVersion, html: z.string(), text: z.string(), metadata: Article }),
    'One text of an article (an earlier one, or the current), read-only: its HTML, text and what it was saved with.',
  ),
  'article.removeVersion': method(
    z.object({ id: ArticleId, versionId: ArticleVersionId }),
    z.object({ removed: z.boolean() }),
    'Remove an earlier text of an article (never the current one).',
  ),
  'article.saveUrl': method(
    z.object({
      url: HttpUrl,
      /**
       * Who gave the address: "reader" when typed (the save field, a command's argument), which may then be on
       * this computer or the local network; "other" (a dropped link, a script) may not, unless Settings › Network.
       */
      givenBy: z.enum(['reader', 'other']).default('other'),
    }),
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Fetch a web page, extract its article and save it (or update the saved copy).',
  ),
  'article.saveHtml': method(
    PageAtHand,
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Save an article from a page at hand: its HTML, or the bytes of a saved page or .txt file (a dropped file, the CLI).',
    PAGE_AT_HAND_BODY,
  ),
  'article.saveFromBrowser': method(
    z.object({
      html: z.string().min(1, 'the page is empty').max(MAX_HTML_CHARS, 'that page is larger than 10 MB'),
      url: z.string().max(8_192).optional(),
    }),
    z.object({ id: ArticleId, title: z.string() }),
    'Add a page sent by the browser (the “Save to Annals” page, with the save token): it only adds; a page already saved keeps the text shown, and a changed text is added as a version beside it. Nothing it links to on the local network is fetched.',
    SAVE_HTML_BODY,
  ),
  'article.update': method(
    z.object({
      ids: Ids,
      patch: z
        .object({ state: ArticleState.optional(), favorite: z.boolean().optional() })
        .refine((p) => p.state !== undefined || p.favorite !== undefined, 'nothing to change'),
    }),
    z.object({ before: z.array(z.object({ id: ArticleId, state: ArticleState, favorite: z.boolean() })) }),
    'Change state or favorite of articles; answers their previous values so the change can be undone.',
  ),
  'article.restoreStates': method(
    z.object({
      items: z
        .array(z.object({ id: ArticleId, state: ArticleState, favorite: z.boolean() }))
        .min(1)
        .max(10_000),
    }),
    z.object({ restored: z.number().int() }),
    'Put back the states answered by article.update (undo).',
  ),
  'article.delete': method(
    z.object({ ids: Ids }),
    z.object({ deleted: z.array(ArticleId) }),
    'Move articles to the trash (undoable with article.undelete).',
  ),
  'article.undelete': method(
    z.object({ ids: Ids }),
    z.object({ restored: z.array(ArticleId) }),
    'Bring articles back from the trash.',
  ),
  'article.setProgress': method(
    z.object({ id: ArticleId, progress: z.number().min(0).max(1) }),
    z.object({ progress: z.number() }),
    'Remember how far the reader got.',
  ),
  'article.tag': method(
    z.object({ ids: Ids, add: Tags.default([]), remove: z.array(z.string().max(64)).max(100).default([]) }),
    z.object({ before: TagSnapshots }),
    'Add and remove tags on articles; answers their tags before, so the change can be undone.',
  ),
  'article.restoreTags': method(
    z.object({ items: TagSnapshots.min(1).max(100_000) }),
    z.object({ restored: z.number().int() }),
    'Put back the tags answered by article.tag, tags.rename or tags.delete (undo).',
    LARGE_BODY,
  ),
  'tags.list': method(
    z.object({}),
    z.object({
      tags: z.array(z.object({ name: z.string(), count: z.number().int(), color: HighlightColor.nullable() })),
    }),
    'Every tag in use, with how many articles carry it and its colour.',
  ),
  'tags.rename': method(
    z.object({ from: z.string().min(1).max(64), to: Tag }),
    z.object({ before: TagSnapshots }),
    'Rename a tag everywhere; onto an existing tag, the two merge.',
  ),
  'tags.delete': method(
    z.object({ name: z.string().min(1).max(64) }),
    z.object({ before: TagSnapshots }),
    'Take a tag off every article (undoable with article.restoreTags).',
  ),
  'tags.setColor': method(
    z.object({ name: z.string().min(1).max(64), color: HighlightColor.nullable() }),
    z.object({ name: z.string(), color: HighlightColor.nullable() }),
    'Give a tag a colour, or take it away.',
  ),
  'annotations.list': method(
    z.object({ articleId: ArticleId.optional() }),
    z.object({ annotations: z.array(Annotation) }),
    'One article’s highlights and note in text order, or every annotation in the library, newest first.',
  ),
  'annotations.create': method(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('highlight'),
        articleId: ArticleId,
        range: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
        quote: z.string().max(20_000).optional(),
        color: HighlightColor.default('yellow'),
        note: Note.default(''),
        tags: Tags.default([]),
      }),
      z.object({
        kind: z.literal('note'),
        articleId: ArticleId,
        color: HighlightColor.default('yellow'),
        note: Note,
        tags: Tags.default([]),
      }),
    ]),
    Annotation,
    'Highlight a range of the article’s text (or the words of a quote), or write the article’s note.',
  ),
  'annotations.update': method(
    z.object({
      articleId: ArticleId,
      id: AnnotationId,
      patch: z.object({ color: HighlightColor.optional(), note: Note.optional(), tags: Tags.optional() }),
    }),
    Annotation,
    'Change a highlight’s colour, note or tags.',
  ),
  'annotations.delete': method(
    z.object({ articleId: ArticleId, ids: z.array(AnnotationId).min(1).max(10_000) }),
    z.object({ deleted: z.array(Annotation) }),
    'Delete highlights; answers them whole, so annotations.restore can undo it.',
  ),
  'annotations.restore': method(
    z.object({ annotations: z.array(Annotation).min(1).max(10_000) }),
    z.object({ restored: z.number().int() }),
    'Bring back deleted highlights (undo).',
    LARGE_BODY,
  ),
  'annotations.export': method(
    z.object({ format: ExportFormat, articleId: ArticleId.optional(), tag: z.string().max(64).optional() }),
    z.object({ files: z.array(z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() })) }),
    'Annotations of one article or the whole library (optionally of one tag) as Markdown files, JSON-LD, CSV or HTML.',
  ),
  'search.query': method(
    z.object({
      query: z.string().max(1_000, 'a search is at most 1,000 characters'),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    z.object({
      results: z.array(
        z.object({
          id: ArticleId,
          title: z.string(),
          siteName: z.string().nullable(),
          score: z.number(),
          snippet: z.string(),
          /** Where the matched words are in the snippet: [start, end) pairs. */
          ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
        }),
      ),
    }),
    'Full-text search with the query syntax (words, "phrases", -exclusions, tag:, site:, is:, has:, before:, after:…), best first.',
  ),
  'import.preview': method(
    ImportFile,
    ImportPreview,
    'Read an export file (Pocket, Instapaper, Omnivore, Wallabag, Readwise, bookmarks, OPML) and say what importing it would do, writing nothing.',
    IMPORT_BODY,
  ),
  'import.run': method(
    z.union([z.object({ previewId: z.string().min(1).max(64) }), ImportFile]),
    ImportResult,
    'Import an export file (or the one previewed): articles, tags, states, dates, highlights; text not in the file is fetched in the background.',
    IMPORT_BODY,
  ),
  'import.status': method(z.object({}), ImportStatus, 'How the background fetch of imported articles is going.'),
  'import.pause': method(z.object({}), ImportStatus, 'Pause the background fetch of imported articles.'),
  'import.resume': method(z.object({}), ImportStatus, 'Resume the background fetch of imported articles.'),
  'import.retry': method(
    z.object({ ids: z.array(ArticleId).max(100_000).optional() }),
    ImportStatus,
    'Fetch again the imported articles whose fetch failed (these, or all of them).',
  ),
  'settings.get': method(z.object({}), Settings, 'Reader and app settings.'),
  'settings.set': method(
    z.object({
      reader: ReaderSettings.partial().optional(),
      sort: SortKey.optional(),
      sampleOffered: z.boolean().optional(),
      savedSearches: z.array(z.string().trim().min(1).max(1_000)).max(50, 'at most 50 saved searches').optional(),
      feedRetentionDays: z.number().int().min(1).max(3_650).optional(),
      allowLocalNetwork: z.boolean().optional(),
    }),
    Settings,
    'Change some settings; answers all of them.',
  ),
  ...feedsApi,
  ...timelineApi,
  ...pageApi,
  ...importFetchApi,
  ...syncApi,
  ...maintenanceApi,
  ...readerActivityApi,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

/** How large a request for a method may be (the default for a name the dispatcher will refuse anyway). */
export function bodyLimitOf(name: string): { maxBodyBytes: number; tooLargeMessage: string | null } {
  return isMethodName(name) ? api[name] : { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, tooLargeMessage: null };
}

/** Events the core emits; shells forward them (IPC channel, Server-Sent Events). */
export const events = {
  libraryChanged: z.object({ ids: z.array(ArticleId).optional() }),
  settingsChanged: Settings,
  progress: TaskProgress,
  /** The library was moved to another folder and opened there: everything shown is read again. */
  libraryMoved: z.object({ path: z.string() }),
  /** Events or stories changed (extraction finished, the reader edited them). */
  timelineChanged: z.object({ articleIds: z.array(ArticleId).optional() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
