import { existsSync } from 'node:fs';
import type { Envelope, EventName } from '../contract/index.ts';
import { Annotations } from './annotations/annotations.ts';
import { ReaderActivity } from './concurrency/reader-activity.ts';
import { createDispatcher } from './dispatcher.ts';
import { EventHub } from './events.ts';
import { Feeds } from './feeds/feeds.ts';
import { createHandlers, type ServerInfo } from './handlers.ts';
import { Library } from './library/library.ts';
import { libraryConflictRules } from './library-file-rules.ts';
import type { CoreOptions } from './options.ts';
import { SearchService } from './search/search-service.ts';
import { DeviceSettingsFile } from './settings/settings-file.ts';
import { SettingsService } from './settings/settings-service.ts';
import { HybridClock } from './sync/clock.ts';
import type { SettledConflict } from './sync/conflict-merge.ts';
import type { LibrarySync } from './sync/library-sync.ts';
import { UNNAMED_DEVICE } from './sync/record-file.ts';
import { SyncStatusService } from './sync/sync-status.ts';
import type { LibraryWatchOptions } from './sync/watch.ts';
import { watchArrivals } from './sync-arrivals.ts';
import { TimelineService } from './timeline/timeline-service.ts';
import { Importer } from './transfer/import/importer.ts';

export type { CoreOptions, Shell } from './options.ts';
export { type Device, loadDeviceHome, loadOrCreateDevice } from './sync/device.ts';

export interface Core {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  /** Absolute path of a stored asset, or null when the name is invalid or the file is missing. */
  assetPath(articleId: string, file: string): string | null;
  /** Absolute path of a feed's stored site icon, or null when the name is invalid or the file is missing. */
  feedIconPath(file: string): string | null;
  setServerInfo(info: ServerInfo | null): void;
  readonly library: Library;
  readonly annotations: Annotations;
  readonly search: SearchService;
  readonly feeds: Feeds;
  readonly timeline: TimelineService;
  readonly importer: Importer;
  /**
   * What the app does while it runs (not the CLI's one-off commands): feeds refreshed at start and on
   * their schedules, old unread feed items retired, the search index readied, imported articles'
   * text fetched. Answers how to stop.
   */
  startBackgroundWork(): () => void;
  /**
   * Reads the library-level files again (feeds, tag colours, stories): another device's records of
   * them arrived. The watcher calls it; so does every command that opens a library, by opening it.
   */
  reloadLibraryFiles(): Promise<void>;
  /**
   * Watches the library for files other devices' syncs bring and reads them in (startBackgroundWork
   * does this; tests call it with short delays). close() stops it too.
   */
  watchArrivals(options?: LibraryWatchOptions): LibrarySync;
  close(): Promise<void>;
}

/** Opens a library folder and everything that works on it. Every shell starts here. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const events = new EventHub();
  /** Long background work, for the status area: running until done reaches total. */
  const progress = (taskId: string, label: string, done: number, total: number) =>
    events.emit('progress', { taskId, label, done, total, state: done >= total ? 'done' : 'running' });
  let timeline: TimelineService | null = null;
  const rules = libraryConflictRules();
  let syncStatus: SyncStatusService | null = null;
  const settledOnOpen: SettledConflict[] = [];
  const library = await Library.open(options.libraryDir, {
    device: options.device,
    now: options.now,
    readOnly: options.readOnly,
    arrivals: {
      rules,
      now: options.now ?? (() => new Date()),
      onSettled: (settled) => (syncStatus ? syncStatus.settled(settled) : settledOnOpen.push(...settled)),
    },
    onChange: (ids) => events.emit('libraryChanged', { ids }),
    onContentSaved: (id) => void timeline?.contentChanged([id]).catch(() => {}),
  });
  const device = options.device?.id ?? UNNAMED_DEVICE;
  const now = options.now ?? (() => new Date());
  const clock = new HybridClock(device, () => now().getTime());
  const report = (message: string) => library.recovered.push(message);
  const settings = new SettingsService(
    options.settings ?? new DeviceSettingsFile(options.libraryDir, device, clock, report, options.readOnly),
  );
  await settings.load();
  const allowLocalNetwork = () => options.allowPrivateNetwork === true || settings.get().allowLocalNetwork;
  const annotations = new Annotations(library, options.now);
  const feeds = new Feeds(library, {
    device,
    clock,
    allowLocalNetwork,
    retentionDays: () => settings.get().feedRetentionDays,
    now: options.now ?? (() => new Date()),
    onProgress: (done, total, label) => progress('feeds-refresh', label, done, total),
  });
  await feeds.load(options.readOnly ?? false);
  const importer = new Importer(library, annotations, feeds, {
    allowLocalNetwork,
    now: options.now ?? (() => new Date()),
    readOnly: options.readOnly,
    onStatus: (status) => {
      const total = status.done + status.pending + status.failed.length;
      if (total === 0) return; // nothing imported to fetch: nothing to show
      const finished = status.pending === 0;
      events.emit('progress', {
        taskId: 'import-fetch',
        label: status.paused ? 'Fetching imported articles (paused)' : 'Fetching imported articles',
        done: status.done + status.failed.length,
        total,
        state: finished ? 'done' : 'running',
        ...(status.failed.length > 0 ? { message: `${status.failed.length} could not be fetched` } : {}),
      });
    },
    onProgress: (taskId, label, done, total) => progress(taskId, label, done, total),
  });
  await importer.load();
  // The reader scrolling: the work of the start (index, events, the watcher's first walk) waits between its batches.
  const readerActivity = new ReaderActivity(options.pauseClock);
  const giveWay = readerActivity.giveWay.bind(readerActivity);
  const search = new SearchService(library, annotations, {
    giveWay,
    readOnly: options.readOnly,
    now: options.now,
    onProgress: (done, total) => progress('search-index', 'Indexing the library for search', done, total),
  });
  timeline = new TimelineService(library, annotations, search, {
    device,
    clock,
    readOnly: options.readOnly,
    waitForEvents: options.waitForEvents,
    timelineThread: options.timelineThread,
    giveWay,
    now: options.now,
    onProgress: (done, total) => progress('timeline', 'Finding events', done, total),
    onReadProgress: (done, total) => progress('timeline-load', 'Loading the timeline', done, total),
    onMergeProgress: (done, total) => progress('timeline-merge', 'Putting the timeline together', done, total),
    onChanged: (articleIds) => events.emit('timelineChanged', articleIds ? { articleIds } : {}),
    report: (message) => library.recovered.push(message),
    appVersion: options.version,
  });
  const timelineService = timeline;
  search.groups = {
    feed: (article) => (article.feedId ? feeds.nameOf(article.feedId) : null),
    story: (article) => timelineService.storyName(article.id),
    storiesReady: () => timelineService.ensureLoaded(),
  };
  // Whatever the app is told changed, a timeline kept may show: it is built anew when next asked for.
  events.on((name) => {
    if (name === 'libraryChanged' || name === 'timelineChanged') timelineService.builtTimelines.forget();
  });
  events.on((name, payload) => {
    if (name !== 'libraryChanged') return;
    const ids = (payload as { ids?: string[] }).ids ?? [];
    search.changed(ids);
    timelineService.libraryChanged(ids);
    // An imported article trashed (or merged away, deleted, here or by sync) is never fetched; restored, it is.
    importer.queue.follow((payload as { ids?: string[] }).ids);
  });
  const sync = new SyncStatusService({
    root: options.libraryDir,
    device: options.device,
    deviceNames: () => library.loadDeviceNames(),
    arriving: () => {
      let count = 0;
      for (const summary of library.summaries()) if (summary.arriving) count++;
      return count;
    },
  });
  syncStatus = sync;
  sync.settled(settledOnOpen);
  const reloadLibraryFiles = async () => {
    const readOnly = options.readOnly ?? false;
    await feeds.load(readOnly);
    await library.tagColors.load(readOnly);
    await timelineService.reloadStories();
    sync.changed();
    events.emit('libraryChanged', {});
  };
  const watchers = new Set<LibrarySync>();
  const watch = (watchOptions?: LibraryWatchOptions) => {
    const watcher = watchArrivals(
      {
        libraryDir: options.libraryDir,
        device,
        rules,
        now,
        library,
        status: sync,
        reloadLibraryFiles,
        onError: (error) =>
          library.recovered.push(`Reading what another device's sync brought failed: ${error.message}`),
      },
      { giveWay, ...watchOptions },
    );
    watchers.add(watcher);
    return {
      ready: watcher.ready,
      close: async () => {
        watchers.delete(watcher);
        await watcher.close();
      },
    };
  };
  let server: ServerInfo | null = null;
  let warming: Promise<void> = Promise.resolve();
  let closing = false;
  const dispatch = createDispatcher(
    createHandlers({
      library,
      annotations,
      search,
      feeds,
      timeline: timelineService,
      importer,
      settings,
      events,
      options,
      allowLocalNetwork,
      sync,
      readerActivity,
      serverInfo: () => server,
    }),
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
    timeline: timelineService,
    importer,
    startBackgroundWork() {
      // One after the other: on two cores, both at once would leave the reader waiting on each.
      warming = search
        .warmUp()
        .catch(() => {})
        .then(() => (closing ? undefined : timelineService.warmUp()))
        .catch(() => {});
      if (options.readOnly) return () => {};
      const stopFeeds = feeds.schedule(() => events.emit('libraryChanged', {}));
      const stopFetching = importer.queue.start();
      const watching = watch();
      return () => {
        stopFeeds();
        stopFetching();
        void watching.close();
      };
    },
    reloadLibraryFiles,
    watchArrivals: watch,
    close: async () => {
      // Warming up writes the search index and the events: it stops and is waited for, so nothing of the core
      // writes to the library once close resolves (a library being moved or removed next must not change).
      closing = true;
      readerActivity.close();
      const warmed = warming;
      for (const watcher of [...watchers]) await watcher.close();
      watchers.clear();
      await importer.queue.close();
      await timelineService.close();
      await search.close();
      await warmed;
      await library.close();
    },
  };
}
