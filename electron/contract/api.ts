import { z } from 'zod';
import {
  Article,
  ArticleId,
  ArticleState,
  ArticleSummary,
  LibraryView,
  ReaderSettings,
  Settings,
  SortKey,
  TaskProgress,
} from './model.ts';

const MAX_HTML_CHARS = 10_000_000;
const Ids = z.array(ArticleId).min(1).max(10_000);
const HttpUrl = z.string().trim().min(1, 'enter an address').max(8_192, 'that address is too long');

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}

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
      /** Only set where a loopback server is running (browser mode, or the desktop app's save-from-browser server). */
      server: z.object({ origin: z.string(), token: z.string() }).nullable(),
      recovered: z.array(z.string()),
    }),
    'Facts about this app and library.',
  ),
  'library.list': method(
    z.object({ view: LibraryView.default('inbox'), sort: SortKey.default('saved') }),
    z.object({ articles: z.array(ArticleSummary), total: z.number().int() }),
    'Articles of one view, newest first.',
  ),
  'article.get': method(z.object({ id: ArticleId }), Article, 'One article’s full record.'),
  'article.content': method(
    z.object({ id: ArticleId }),
    z.object({ id: ArticleId, html: z.string(), text: z.string() }),
    'The stored (sanitized) HTML and plain text of an article; images point at assets/<file>.',
  ),
  'article.saveUrl': method(
    z.object({ url: HttpUrl }),
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Fetch a web page, extract its article and save it (or update the saved copy).',
  ),
  'article.saveHtml': method(
    z.object({
      html: z.string().min(1, 'the page is empty').max(MAX_HTML_CHARS, 'that page is larger than 10 MB'),
      url: z.string().max(8_192).optional(),
      fileName: z.string().max(512).optional(),
    }),
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Save an article from HTML already at hand (a file, a drop, the bookmarklet).',
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
  'settings.get': method(z.object({}), Settings, 'Reader and app settings.'),
  'settings.set': method(
    z.object({
      reader: ReaderSettings.partial().optional(),
      sort: SortKey.optional(),
      sampleOffered: z.boolean().optional(),
    }),
    Settings,
    'Change some settings; answers all of them.',
  ),
  'sample.install': method(z.object({}), z.object({ added: z.number().int() }), 'Add the sample library.'),
  'sample.remove': method(z.object({}), z.object({ removed: z.number().int() }), 'Remove every sample article.'),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

/** Events the core emits; shells forward them (IPC channel, Server-Sent Events). */
export const events = {
  libraryChanged: z.object({ ids: z.array(ArticleId).optional() }),
  settingsChanged: Settings,
  progress: TaskProgress,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
