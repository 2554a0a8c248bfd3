import { z } from 'zod';
import { annotationsApi } from './annotations.ts';
import { appApi, settingsApi } from './app.ts';
import { articleApi } from './articles.ts';
import { feedsApi } from './feeds.ts';
import { importApi, importFetchApi } from './import.ts';
import { libraryApi } from './library.ts';
import { maintenanceApi } from './maintenance.ts';
import { DEFAULT_MAX_BODY_BYTES } from './method.ts';
import { ArticleId, Settings, TaskProgress } from './model.ts';
import { pageApi } from './pages.ts';
import { readerActivityApi } from './reader-activity.ts';
import { searchApi } from './search.ts';
import { syncApi } from './sync.ts';
import { tagsApi } from './tags.ts';
import { timelineApi } from './timeline.ts';

/**
 * The one API contract. Every shell (IPC, HTTP, CLI, in-process) carries exactly these
 * methods; the dispatcher validates input and output against these schemas.
 */
export const api = {
  ...appApi,
  ...libraryApi,
  ...articleApi,
  ...tagsApi,
  ...annotationsApi,
  ...searchApi,
  ...importApi,
  ...settingsApi,
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
