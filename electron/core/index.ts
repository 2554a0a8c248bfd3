import { existsSync } from 'node:fs';
import type { Envelope, EventName } from '../contract/index.ts';
import { Annotations } from './annotations/annotations.ts';
import { createDispatcher } from './dispatcher.ts';
import { EventHub } from './events.ts';
import { Feeds } from './feeds/feeds.ts';
import { createHandlers } from './handlers.ts';
import { Library } from './library/library.ts';
import { SearchService } from './search/search-service.ts';
import { SettingsService } from './settings/settings-service.ts';
import type { SettingsStore } from './settings/types.ts';

export type Shell = 'electron' | 'browser' | 'cli' | 'test';

export interface CoreOptions {
  libraryDir: string;
  settings: SettingsStore;
  shell: Shell;
  version: string;
  /** The app's assets/ folder (sample library). */
  assetsDir: string;
  now?: () => Date;
  /** Let saves reach loopback and private addresses (tests against a local fixture server). */
  allowPrivateNetwork?: boolean;
  validateOutput?: boolean;
  /** Read without taking the writer lock (CLI reads while the app runs). */
  readOnly?: boolean;
}

export interface Core {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  /** Absolute path of a stored asset, or null when the name is invalid or the file is missing. */
  assetPath(articleId: string, file: string): string | null;
  /** Absolute path of a feed's stored site icon, or null when the name is invalid or the file is missing. */
  feedIconPath(file: string): string | null;
  setServerInfo(info: { origin: string; token: string } | null): void;
  readonly library: Library;
  readonly annotations: Annotations;
  readonly search: SearchService;
  readonly feeds: Feeds;
  /**
   * What the app does while it runs (not the CLI's one-off commands): feeds refreshed at start and on
   * their schedules, old unread feed items retired, the search index readied. Answers how to stop.
   */
  startBackgroundWork(): () => void;
  close(): Promise<void>;
}

/** Opens a library folder and everything that works on it. Every shell starts here. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const events = new EventHub();
  const library = await Library.open(options.libraryDir, {
    now: options.now,
    readOnly: options.readOnly,
    onChange: (ids) => events.emit('libraryChanged', { ids }),
  });
  const settings = new SettingsService(options.settings);
  const annotations = new Annotations(library, options.now);
  const feeds = new Feeds(library, {
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    retentionDays: () => settings.get().feedRetentionDays,
    now: options.now ?? (() => new Date()),
    onProgress: (done, total, label) =>
      events.emit('progress', {
        taskId: 'feeds-refresh',
        label,
        done,
        total,
        state: done >= total ? 'done' : 'running',
      }),
  });
  await feeds.load(options.readOnly ?? false);
  const search = new SearchService(library, annotations, {
    readOnly: options.readOnly,
    now: options.now,
    onProgress: (done, total) =>
      events.emit('progress', {
        taskId: 'search-index',
        label: 'Indexing the library for search',
        done,
        total,
        state: done >= total ? 'done' : 'running',
      }),
  });
  events.on((name, payload) => {
    if (name === 'libraryChanged') search.changed((payload as { ids?: string[] }).ids ?? []);
  });
  let server: { origin: string; token: string } | null = null;
  const dispatch = createDispatcher(
    createHandlers({ library, annotations, search, feeds, settings, events, options, serverInfo: () => server }),
    {
      validateOutput: options.validateOutput,
    },
  );
  return {
    dispatch,
    onEvent: (listener) => events.on(listener),
    assetPath(articleId, file) {
      const path = library.paths.asset(articleId, file);
      return path && existsSync(path) ? path : null;
    },
    feedIconPath(file) {
      const path = library.paths.feedIcon(file);
      return path && existsSync(path) ? path : null;
    },
    setServerInfo(info) {
      server = info;
    },
    library,
    annotations,
    search,
    feeds,
    startBackgroundWork() {
      void search.warmUp().catch(() => {});
      if (options.readOnly) return () => {};
      return feeds.schedule(() => events.emit('libraryChanged', {}));
    },
    close: async () => {
      await search.close();
      await library.close();
    },
  };
}
