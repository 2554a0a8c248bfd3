import { randomBytes } from 'node:crypto';
import { AnnalsError } from '../contract/index.ts';
import { QueryError } from '../contract/search-query.ts';
import type { Annotations } from './annotations/annotations.ts';
import type { ReaderActivity } from './concurrency/reader-activity.ts';
import type { Handlers } from './dispatcher.ts';
import { createDuplicatesHandlers } from './duplicates-handlers.ts';
import type { EventHub } from './events.ts';
import { privateAddressOf } from './extract/private-network.ts';
import type { ExtractedArticle } from './extract/types.ts';
import { parseWebUrl } from './extract/url-policy.ts';
import type { Feeds } from './feeds/feeds.ts';
import type { Library } from './library/library.ts';
import { legacyTagColorsKind } from './library/tag-colors.ts';
import { unreadCounts } from './library/unread-counts.ts';
import type { CoreOptions } from './options.ts';
import { createPageHandlers } from './pages/page-handlers.ts';
import type { SearchService } from './search/search-service.ts';
import type { SettingsService } from './settings/settings-service.ts';
import { renameDevice } from './sync/rename-device.ts';
import type { SyncStatusService } from './sync/sync-status.ts';
import { createTimelineHandlers } from './timeline/timeline-handlers.ts';
import type { TimelineService } from './timeline/timeline-service.ts';
import type { Importer } from './transfer/import/importer.ts';

interface HandlerContext {
  library: Library;
  annotations: Annotations;
  search: SearchService;
  feeds: Feeds;
  timeline: TimelineService;
  importer: Importer;
  settings: SettingsService;
  events: EventHub;
  options: CoreOptions;
  /** Settings › Network (or its override for this run): addresses not typed by the reader may be local. */
  allowLocalNetwork: () => boolean;
  sync: SyncStatusService;
  readerActivity: ReaderActivity;
  serverInfo: () => ServerInfo | null;
}

/** The loopback server as the core knows it (set by the shell that runs one). */
export interface ServerInfo {
  origin: string;
  /** The token of saving from the browser in force: it may only add pages. */
  saveToken(): string;
  /** A new save token, kept for the next launches; browsers connected with the old one connect again. */
  renewSaveToken(): Promise<string>;
  /** Gives browser mode a new full-access token; answers the new address. */
  renewAccessToken(): Promise<string>;
}

/** One handler per contract method; each is a thin call into a domain module. */
export function createHandlers(context: HandlerContext): Handlers {
  const { library, annotations, search, feeds, timeline, importer, settings, events, options, allowLocalNetwork } =
    context;

  /** Saves what `extract` gives; its images may come from this computer or the local network only when allowed. */
  async function saveWithProgress(
    firstLabel: string,
    extract: () => Promise<ExtractedArticle>,
    imagesMayBeLocal: (extracted: ExtractedArticle) => Promise<boolean> | boolean,
    { keepShown = false }: { keepShown?: boolean } = {},
  ) {
    const taskId = randomBytes(6).toString('hex');
    // Where the page comes from until it is read; then the article itself, by its title.
    let label = firstLabel;
    const progress = (
      done: number,
      total: number,
      state: 'running' | 'done' | 'failed' = 'running',
      message?: string,
    ) => events.emit('progress', { taskId, label, done, total, state, ...(message ? { message } : {}) });
    progress(0, 0);
    try {
      const extracted = await extract();
      if (extracted.title) label = `Saving “${extracted.title}”`;
      const { fetchImage } = await loadExtraction();
      const blockPrivateNetwork = !(await imagesMayBeLocal(extracted));
      const result = await library.save(extracted, {
        loadImage: (url) => fetchImage(url, { blockPrivateNetwork }),
        onProgress: (done, total) => progress(done, total),
        keepShown,
      });
      // Saved again: the text may have changed under the reader's highlights.
      if (!keepShown && !result.created && result.article.annotationCount > 0) {
        await annotations.reanchor(result.article.id);
      }
      progress(1, 1, 'done', `${result.created ? 'Saved' : 'Updated'} “${result.article.title}”`);
      return result;
    } catch (error) {
      progress(0, 0, 'failed', error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  const backupContext = () => ({
    library,
    annotations,
    feeds,
    settings,
    events,
    appVersion: options.version,
    backupDir: options.backupDir,
    now: options.now ?? (() => new Date()),
    libraryFiles: async () => ({
      'feeds.json': feeds.exportFile(),
      'tags.json': legacyTagColorsKind.serialize(library.tagColors.all()),
      'stories.json': await timeline.exportStories(),
    }),
    mergeLibraryFile: async (name: string, path: string) =>
      name === 'stories.json' ? timeline.mergeRestoredStories(path) : false,
  });

  return {
    ...createTimelineHandlers(timeline, library, options.now ?? (() => new Date())),
    ...createPageHandlers(allowLocalNetwork),
    ...createDuplicatesHandlers(context),
    'sync.status': () => context.sync.status(),
    'sync.renameDevice': ({ name }) => renameDevice(context, name),
    'app.info': () => ({
      version: options.version,
      shell: options.shell,
      libraryPath: options.libraryDir,
      articleCount: library.size,
      sampleInstalled: library.list('all', 'saved').some((article) => article.sample),
      unread: unreadCounts(library.summaries()),
      server: serverFacts(context.serverInfo()),
      recovered: library.recovered,
    }),
    'app.readerActive': () => {
      context.readerActivity.report();
      return {};
    },
    'app.renewSaveToken': async () => {
      const server = context.serverInfo();
      if (!server) throw new AnnalsError('NOT_FOUND', 'Saving from the browser is off here: no local server runs.');
      await server.renewSaveToken();
      return serverFacts(server)!;
    },
    'app.renewAccessToken': async () => {
      const server = context.serverInfo();
      if (!server) throw new AnnalsError('NOT_FOUND', 'No local server is running in this window.');
      return { url: await server.renewAccessToken() };
    },
    'library.list': ({ view, sort, tags, tagMode, feedId }) => {
      const articles = library.list(view, sort, { tags, tagMode, ...(feedId ? { feedId } : {}) });
      return { articles, total: articles.length };
    },
    'library.backup': async ({ path }) => {
      const { backupLibrary } = await import('./transfer/backup/backup-service.ts');
      return backupLibrary(backupContext(), path);
    },
    'library.restore': async ({ path, data }) => {
      const { restoreLibrary } = await import('./transfer/backup/backup-service.ts');
      // Restored stories and events are read again afterwards, never overwritten from what was loaded before.
      const result = await timeline.whileReplacingFiles(() =>
        restoreLibrary(backupContext(), path !== undefined ? { path } : { data: data ?? '' }),
      );
      await importer.queuePending();
      return result;
    },
    'library.move': ({ to }) => {
      if (!options.moveLibrary) throw new AnnalsError('BAD_INPUT', 'This library cannot be moved from here.');
      return options.moveLibrary(to);
    },
    'article.get': ({ id }) => library.get(id),
    'article.content': async ({ id }) => ({ id, ...(await library.content(id)) }),
    'article.versions': async ({ id }) => ({ versions: await library.versions(id) }),
    'article.version': async ({ id, versionId }) => ({ id, ...(await library.version(id, versionId)) }),
    'article.removeVersion': async ({ id, versionId }) => {
      const removed = await library.removeVersion(id, versionId);
      if (removed) events.emit('libraryChanged', { ids: [id] });
      return { removed };
    },
    'article.saveUrl': ({ url, givenBy }) => {
      const address = parseWebUrl(url, { guessScheme: true });
      const typed = givenBy === 'reader';
      return saveWithProgress(
        `Saving ${address.hostname}`,
        async () =>
          (await loadExtraction()).extractFromUrl(address.href, {
            blockPrivateNetwork: !(typed || allowLocalNetwork()),
          }),
        // A page fetched from the local network may show its images from there; a public page never.
        async (extracted) => allowLocalNetwork() || (typed && (await pageCameFromLocalNetwork(extracted.url))),
      );
    },
    'article.saveHtml': (page) => {
      const address = page.url ? parseWebUrl(page.url, { guessScheme: true }).href : null;
      return saveWithProgress(
        `Saving ${page.fileName ?? address ?? 'page'}`,
        async () => (await loadExtraction()).extractPageAtHand(page),
        // The page's address is only claimed by the page: it opens nothing on the local network.
        () => allowLocalNetwork(),
      );
    },
    'article.saveFromBrowser': async ({ html, url }) => {
      const address = url ? parseWebUrl(url).href : null;
      const { extractFromHtml } = await loadExtraction();
      const extracted = await extractFromHtml(html, { url: address });
      // The browser's token only adds: a page already saved keeps the text shown, and a differing text
      // becomes a version beside it (the sender learns nothing of the article but its id).
      const { article } = await saveWithProgress(
        `Saving ${address ?? 'a page from the browser'}`,
        async () => extracted,
        // The page names its own address: nothing on this computer or the local network is fetched for it.
        () => false,
        { keepShown: true },
      );
      return { id: article.id, title: extracted.title };
    },
    'article.update': async ({ ids, patch }) => ({ before: await library.update(ids, patch) }),
    'article.restoreStates': async ({ items }) => ({ restored: await library.restoreStates(items) }),
    'article.delete': async ({ ids }) => ({ deleted: await library.delete(ids) }),
    'article.undelete': async ({ ids }) => ({ restored: await library.undelete(ids) }),
    'article.setProgress': async ({ id, progress }) => ({ progress: await library.setProgress(id, progress) }),
    'article.tag': async ({ ids, add, remove }) => ({ before: await library.tag(ids, add, remove) }),
    'article.restoreTags': async ({ items }) => ({ restored: await library.restoreTags(items) }),
    'tags.list': () => ({
      tags: library.tagCounts().map((tag) => ({ ...tag, color: library.tagColors.get(tag.name) })),
    }),
    'tags.rename': async ({ from, to }) => ({ before: await library.renameTag(from, to) }),
    'tags.delete': async ({ name }) => ({ before: await library.deleteTag(name) }),
    'tags.setColor': async ({ name, color }) => {
      await library.tagColors.set(name, color);
      events.emit('libraryChanged', {});
      return { name, color };
    },
    'annotations.list': async ({ articleId }) => ({
      annotations: articleId ? await annotations.list(articleId) : await annotations.listAll(),
    }),
    'annotations.create': async (input) => {
      const { articleId, ...rest } = input;
      const created = await annotations.create(articleId, rest);
      events.emit('libraryChanged', { ids: [articleId] });
      return created;
    },
    'annotations.update': async ({ articleId, id, patch }) => {
      const updated = await annotations.update(articleId, id, patch);
      events.emit('libraryChanged', { ids: [articleId] });
      return updated;
    },
    'annotations.delete': async ({ articleId, ids }) => {
      const deleted = await annotations.delete(articleId, ids);
      events.emit('libraryChanged', { ids: [articleId] });
      return { deleted };
    },
    'annotations.restore': async ({ annotations: items }) => {
      const restored = await annotations.restore(items);
      events.emit('libraryChanged', { ids: [...new Set(items.map((item) => item.articleId))] });
      return { restored };
    },
    'annotations.export': async ({ format, articleId, tag }) => {
      const { exportAnnotations } = await import('./annotations/export-library.ts');
      return { files: await exportAnnotations(library, annotations, { format, articleId, tag }) };
    },
    'search.query': async ({ query, limit }) => {
      try {
        const hits = await search.search(query, limit);
        return {
          results: hits.map((hit) => {
            const article = library.summary(hit.id);
            return { ...hit, title: article.title, siteName: article.siteName };
          }),
        };
      } catch (error) {
        if (error instanceof QueryError) throw new AnnalsError('BAD_INPUT', error.message);
        throw error;
      }
    },
    'feeds.list': () => ({ feeds: feeds.list(), folders: feeds.folders() }),
    'feeds.add': async ({ url, allowPrivateNetwork, folderPath }) => {
      const address = parseWebUrl(url, { guessScheme: true });
      // A feed on this computer or the local network is followed only once the reader agreed, knowing where.
      if (!allowPrivateNetwork && !allowLocalNetwork()) {
        const local = await privateAddressOf(address.hostname).catch(() => null);
        if (local) return { feed: null, newItems: 0, choices: [], localNetwork: { url: address.href, address: local } };
      }
      const result = await feeds.subscribe(address.href, { allowPrivateNetwork, folderPath });
      if ('choices' in result) return { feed: null, newItems: 0, choices: result.choices, localNetwork: null };
      events.emit('libraryChanged', {});
      return { feed: result.feed, newItems: result.refresh.newItems, choices: [], localNetwork: null };
    },
    'feeds.remove': async ({ id }) => {
      const feed = await feeds.remove(id);
      events.emit('libraryChanged', {});
      return { feed };
    },
    'feeds.update': async ({ id, ...patch }) => {
      const feed = await feeds.update(id, patch);
      events.emit('libraryChanged', {});
      return { feed };
    },
    'feeds.restore': async ({ feed }) => {
      const restored = await feeds.restore(feed);
      events.emit('libraryChanged', {});
      return { feed: restored };
    },
    'feeds.move': async ({ id, folderPath, beforeId }) => {
      const feed = await feeds.move(id, folderPath, beforeId);
      events.emit('libraryChanged', {});
      return { feed };
    },
    'feeds.moveFolder': async ({ folderPath, before }) => {
      const folders = await feeds.moveFolder(folderPath, before);
      events.emit('libraryChanged', {});
      return { folders };
    },
    'feeds.refresh': async ({ id, folderPath }) => {
      const results = await feeds.refresh({ feedId: id, folderPath });
      events.emit('libraryChanged', {});
      return { results };
    },
    'feeds.importOpml': async ({ xml }) => {
      try {
        const imported = await feeds.importOpml(xml);
        events.emit('libraryChanged', {});
        return imported;
      } catch (error) {
        if (error instanceof Error && error.name === 'FeedError') throw new AnnalsError('BAD_INPUT', error.message);
        throw error;
      }
    },
    'feeds.exportOpml': () => ({ opml: feeds.exportOpml() }),
    'import.preview': (file) => importer.preview(file),
    'import.run': async (input) => {
      const result = await importer.run(input);
      events.emit('libraryChanged', {});
      return result;
    },
    'import.status': () => importer.queue.status(),
    'import.pause': () => importer.queue.pause(),
    'import.resume': () => importer.queue.resume(),
    'import.retry': ({ ids }) => importer.retry(ids),
    'import.fetchNow': ({ web }) => importer.fetchNow({ web }),
    'settings.get': () => settings.get(),
    'settings.set': async (patch) => {
      const next = await settings.set(patch);
      events.emit('settingsChanged', next);
      return next;
    },
    'sample.install': async () => {
      const { installSampleLibrary } = await import('./sample/sample-library.ts');
      const added = await installSampleLibrary(library, options.assetsDir);
      if (!settings.get().sampleOffered) events.emit('settingsChanged', await settings.set({ sampleOffered: true }));
      return { added };
    },
    'sample.remove': async () => {
      const { removeSampleLibrary } = await import('./sample/sample-library.ts');
      return { removed: await removeSampleLibrary(library) };
    },
  };
}

/** Extraction loads jsdom (about a second): only commands that save or extract pay for it. */
function loadExtraction() {
  return import('./extract/index.ts');
}

/** What app.info tells of the server: where it is and the save token, never the means to renew either. */
function serverFacts(server: ServerInfo | null): { origin: string; token: string } | null {
  return server ? { origin: server.origin, token: server.saveToken() } : null;
}

/** Where a page was fetched from in the end (after its redirects): this computer or the local network? */
async function pageCameFromLocalNetwork(url: string | null): Promise<boolean> {
  if (!url) return false;
  try {
    return (await privateAddressOf(new URL(url).hostname)) !== null;
  } catch {
    return false;
  }
}
