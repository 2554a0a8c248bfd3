import type { QueryClient } from '@tanstack/react-query';
import type {
  Annotation,
  ArticleState,
  HighlightColor,
  ReaderSettings,
  Settings,
  SortKey,
} from '../../../electron/contract/model.ts';
import { ApiCallError, type ApiClient, errorMessage } from '../api/client.ts';
import { attempter } from './attempt.ts';
import { keys } from './query-keys.ts';
import type { UiActions, UiStore } from './ui-store.ts';

type Snapshot = { id: string; state: ArticleState; favorite: boolean };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * What the reader can do to the library, each change undoable, each failure said in words.
 * Components and commands call these; none of them talks to the client directly.
 */
export function libraryActions(client: ApiClient, ui: UiActions, queryClient: QueryClient, store: UiStore) {
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.library });
  const refreshInfo = () => queryClient.invalidateQueries({ queryKey: keys.info });

  const attempt = attempter(ui);

  async function update(ids: string[], patch: { state?: ArticleState; favorite?: boolean }, label: string) {
    if (ids.length === 0) return;
    await attempt(async () => {
      const { before } = await client.call('article.update', { ids, patch });
      await refresh();
      ui.pushUndo(label, async () => {
        await restore(before);
      });
    });
  }

  async function restore(items: Snapshot[]) {
    await attempt(async () => {
      await client.call('article.restoreStates', { items });
      await refresh();
    });
  }

  // Settings writes go one at a time, so answers arrive in the order the reader asked; while any is
  // on its way, change events from the core are older than what the screen shows and are ignored.
  async function restoreTags(items: { id: string; tags: string[] }[]) {
    if (items.length === 0) return;
    await attempt(async () => {
      await client.call('article.restoreTags', { items });
      await refresh();
    });
  }

  async function removeAnnotations(articleId: string, ids: string[]) {
    await attempt(async () => {
      await client.call('annotations.delete', { articleId, ids });
      await refresh();
    });
  }

  let settingsQueue: Promise<unknown> = Promise.resolve();
  let settingsWritesPending = 0;

  function setSettings(patch: {
    reader?: Partial<ReaderSettings>;
    sort?: SortKey;
    sampleOffered?: boolean;
    savedSearches?: string[];
    feedRetentionDays?: number;
    allowLocalNetwork?: boolean;
  }) {
    const previous = queryClient.getQueryData<Settings>(keys.settings);
    if (previous) {
      // Shown at once; the core's answer (or the rollback on failure) follows.
      queryClient.setQueryData<Settings>(keys.settings, {
        ...previous,
        ...(patch.sort ? { sort: patch.sort } : {}),
        ...(patch.sampleOffered !== undefined ? { sampleOffered: patch.sampleOffered } : {}),
        ...(patch.savedSearches ? { savedSearches: patch.savedSearches } : {}),
        ...(patch.feedRetentionDays ? { feedRetentionDays: patch.feedRetentionDays } : {}),
        ...(patch.allowLocalNetwork !== undefined ? { allowLocalNetwork: patch.allowLocalNetwork } : {}),
        reader: { ...previous.reader, ...patch.reader },
      });
    }
    settingsWritesPending++;
    const write = settingsQueue.then(async () => {
      try {
        const answer = await client.call('settings.set', patch);
        if (settingsWritesPending === 1) queryClient.setQueryData(keys.settings, answer);
      } catch (error) {
        if (previous) queryClient.setQueryData(keys.settings, previous);
        ui.toast(errorMessage(error), 'error');
      } finally {
        settingsWritesPending--;
      }
    });
    settingsQueue = write;
    return write;
  }

  return {
    archive: (ids: string[]) => update(ids, { state: 'archived' }, `Archived ${plural(ids.length, 'article')}`),
    unarchive: (ids: string[]) => update(ids, { state: 'read' }, `Moved ${plural(ids.length, 'article')} to the Inbox`),
    markRead: (ids: string[]) => update(ids, { state: 'read' }, `Marked ${plural(ids.length, 'article')} as read`),
    markUnread: (ids: string[]) =>
      update(ids, { state: 'unread' }, `Marked ${plural(ids.length, 'article')} as unread`),
    favorite: (ids: string[]) => update(ids, { favorite: true }, `Added ${plural(ids.length, 'article')} to Favorites`),
    unfavorite: (ids: string[]) =>
      update(ids, { favorite: false }, `Removed ${plural(ids.length, 'article')} from Favorites`),

    /** Opening an unread article reads it; that is not worth an undo toast. */
    async markOpened(id: string, state: ArticleState) {
      if (state !== 'unread') return;
      await attempt(async () => {
        await client.call('article.update', { ids: [id], patch: { state: 'read' } });
        await refresh();
      });
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await attempt(async () => {
        const { deleted } = await client.call('article.delete', { ids });
        const { openId, selectedId } = store.getState();
        if (openId && deleted.includes(openId)) ui.close();
        if (selectedId && deleted.includes(selectedId)) ui.select(null);
        await Promise.all([refresh(), refreshInfo()]);
        ui.pushUndo(`Deleted ${plural(deleted.length, 'article')}`, async () => {
          await attempt(async () => {
            await client.call('article.undelete', { ids: deleted });
            await Promise.all([refresh(), refreshInfo()]);
          });
        });
      });
    },

    /** Saves a page; `givenBy: 'reader'` when the reader typed or pasted its address (it may then be local). */
    async saveUrl(url: string, givenBy: 'reader' | 'other'): Promise<boolean> {
      const saved = await attempt(() => client.call('article.saveUrl', { url, givenBy }));
      if (!saved) return false;
      await Promise.all([refresh(), refreshInfo()]);
      ui.toast(`${saved.created ? 'Saved' : 'Updated'} “${saved.article.title}”`);
      ui.select(saved.article.id);
      return true;
    },

    async saveHtml(html: string, fileName: string): Promise<boolean> {
      const saved = await attempt(() => client.call('article.saveHtml', { html, fileName }));
      if (!saved) return false;
      await Promise.all([refresh(), refreshInfo()]);
      ui.toast(`${saved.created ? 'Saved' : 'Updated'} “${saved.article.title}” from ${fileName}`);
      ui.select(saved.article.id);
      return true;
    },

    async setProgress(id: string, progress: number) {
      try {
        await client.call('article.setProgress', { id, progress });
      } catch {
        // Losing one scroll position is not worth interrupting the reader; the next scroll tries again.
      }
    },

    async installSample() {
      await attempt(async () => {
        const { added } = await client.call('sample.install', {});
        await setSettings({ sampleOffered: true });
        await Promise.all([refresh(), refreshInfo()]);
        ui.toast(added > 0 ? `Added ${plural(added, 'sample article')}` : 'The sample articles are already here');
      });
    },

    /** Writes a backup of the whole library; answers where it went, or undefined when it failed. */
    async backup() {
      return attempt(() => client.call('library.backup', {}));
    },

    /** Restores a backup sent as base64; everything on screen is read again afterwards. */
    async restoreBackup(data: string) {
      const result = await attempt(() => client.call('library.restore', { data }));
      if (result) await queryClient.invalidateQueries();
      return result;
    },

    async removeSample() {
      await attempt(async () => {
        const { articles } = await client.call('library.list', { view: 'all', sort: 'saved' });
        const ids = articles.filter((article) => article.sample).map((article) => article.id);
        const { removed } = await client.call('sample.remove', {});
        ui.close();
        await Promise.all([refresh(), refreshInfo()]);
        ui.pushUndo(`Removed ${plural(removed, 'sample article')}`, async () => {
          if (ids.length === 0) return;
          await attempt(async () => {
            await client.call('article.undelete', { ids });
            await Promise.all([refresh(), refreshInfo()]);
          });
        });
      });
    },

    /** Adds and removes tags on articles, undoably. */
    async tag(ids: string[], add: string[], remove: string[]) {
      if (ids.length === 0 || (add.length === 0 && remove.length === 0)) return;
      await attempt(async () => {
        const { before } = await client.call('article.tag', { ids, add, remove });
        await refresh();
        const quoted = (tags: string[]) => tags.map((tag) => `“${tag}”`).join(', ');
        const what =
          add.length > 0
            ? `Tagged ${plural(ids.length, 'article')} ${quoted(add)}`
            : `Removed ${quoted(remove)} from ${plural(ids.length, 'article')}`;
        ui.pushUndo(what, () => restoreTags(before));
      });
    },

    async renameTag(from: string, to: string) {
      await attempt(async () => {
        const { before } = await client.call('tags.rename', { from, to });
        await refresh();
        if (before.length > 0) ui.pushUndo(`Renamed “${from}” to “${to}”`, () => restoreTags(before));
      });
    },

    async deleteTag(name: string) {
      await attempt(async () => {
        const { before } = await client.call('tags.delete', { name });
        ui.clearTagFilter();
        await refresh();
        if (before.length > 0) ui.pushUndo(`Deleted the tag “${name}”`, () => restoreTags(before));
      });
    },

    async setTagColor(name: string, color: HighlightColor | null) {
      await attempt(async () => {
        await client.call('tags.setColor', { name, color });
        await refresh();
      });
    },

    async highlight(articleId: string, range: { start: number; end: number }, color: HighlightColor, note = '') {
      return attempt(async () => {
        const created = await client.call('annotations.create', { kind: 'highlight', articleId, range, color, note });
        await refresh();
        ui.pushUndo('Highlighted', () => removeAnnotations(articleId, [created.id]));
        return created;
      });
    },

    async updateAnnotation(annotation: Annotation, patch: { color?: HighlightColor; note?: string; tags?: string[] }) {
      await attempt(async () => {
        await client.call('annotations.update', { articleId: annotation.articleId, id: annotation.id, patch });
        await refresh();
      });
    },

    async deleteAnnotation(annotation: Annotation) {
      await attempt(async () => {
        const { deleted } = await client.call('annotations.delete', {
          articleId: annotation.articleId,
          ids: [annotation.id],
        });
        await refresh();
        ui.pushUndo(annotation.kind === 'note' ? 'Deleted the note' : 'Deleted the highlight', async () => {
          await attempt(async () => {
            await client.call('annotations.restore', { annotations: deleted });
            await refresh();
          });
        });
      });
    },

    /** The article's own note: written, changed, or (emptied) removed. */
    async setArticleNote(articleId: string, existing: Annotation | undefined, note: string) {
      await attempt(async () => {
        if (existing && note.trim() === '') {
          await client.call('annotations.delete', { articleId, ids: [existing.id] });
        } else if (existing) {
          if (existing.note === note) return;
          await client.call('annotations.update', { articleId, id: existing.id, patch: { note } });
        } else if (note.trim() !== '') {
          await client.call('annotations.create', { kind: 'note', articleId, note });
        }
        await refresh();
      });
    },

    async exportAnnotations(format: 'md' | 'jsonld' | 'csv' | 'html', scope: { articleId?: string; tag?: string }) {
      return attempt(() => client.call('annotations.export', { format, ...scope }));
    },

    /** A new token for saving from the browser: every browser connected with the old one connects again. */
    async renewSaveToken() {
      const renewed = await attempt(() => client.call('app.renewSaveToken', {}));
      if (!renewed) return;
      await refreshInfo();
      ui.toast('Saving from the browser has a new token: connect your browsers again.');
    },

    /** Follows a feed; answers the choices when the page offers several, or null when it failed. */
    async followFeed(url: string, allowPrivateNetwork = false) {
      const result = await attempt(() => client.call('feeds.add', { url, allowPrivateNetwork }));
      if (!result) return null;
      if (result.feed) {
        await refresh();
        ui.toast(`Following “${result.feed.title}”: ${plural(result.newItems, 'new article')}`);
      }
      return result;
    },

    async unfollowFeed(id: string) {
      await attempt(async () => {
        const { feed } = await client.call('feeds.remove', { id });
        ui.setFeedFilter(null);
        await refresh();
        ui.pushUndo(`No longer following “${feed.title}” (its articles stay)`, async () => {
          await attempt(async () => {
            await client.call('feeds.restore', { feed });
            await refresh();
          });
        });
      });
    },

    async importOpml(xml: string) {
      const result = await attempt(() => client.call('feeds.importOpml', { xml }));
      if (!result) return null;
      await refresh();
      ui.toast(
        `Following ${plural(result.added, 'new feed')}${result.skipped ? ` (${result.skipped} already followed)` : ''}; fetching them now`,
      );
      return result;
    },

    async updateFeed(
      id: string,
      patch: { title?: string; folderPath?: string[]; refreshMinutes?: number; allowPrivateNetwork?: boolean },
    ) {
      await attempt(async () => {
        await client.call('feeds.update', { id, ...patch });
        await refresh();
      });
    },

    async exportOpml(): Promise<string | null> {
      const result = await attempt(() => client.call('feeds.exportOpml', {}));
      return result?.opml ?? null;
    },

    /** Moves a feed into a folder ([] for the top level), before another feed of it or at its end. */
    async moveFeed(id: string, folderPath: string[], beforeId: string | null) {
      await attempt(async () => {
        await client.call('feeds.move', { id, folderPath, beforeId });
        await refresh();
      });
    },

    /** Moves a folder before another one, or to the end. */
    async moveFolder(folderPath: string[], before: string[] | null) {
      await attempt(async () => {
        await client.call('feeds.moveFolder', { folderPath, before });
        await refresh();
      });
    },

    /** Refreshes one feed, the feeds of one folder, or all of them. */
    async refreshFeeds(which: { id?: string; folderPath?: string[] } = {}) {
      const result = await attempt(() => client.call('feeds.refresh', which));
      if (!result) return;
      await refresh();
      const failed = result.results.filter((entry) => !entry.ok);
      const added = result.results.reduce((sum, entry) => sum + entry.newItems, 0);
      ui.toast(`${plural(added, 'new article')} from ${plural(result.results.length, 'feed')}`);
      for (const entry of failed) ui.toast(`${entry.title}: ${entry.error ?? 'could not be refreshed'}`, 'error');
    },

    /** What importing an export file would do; says why when it cannot be imported. */
    async previewImport(file: File) {
      return attempt(async () =>
        client.call('import.preview', { fileName: file.name, base64: await fileBase64(file) }),
      );
    },

    /** A dropped .html file that is an export (Pocket HTML, bookmarks): its preview; null for a web page. */
    async importPreviewOfPage(html: string, fileName: string) {
      try {
        return await client.call('import.preview', { fileName, text: html });
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'UNSUPPORTED_CONTENT') return null;
        ui.toast(errorMessage(error), 'error');
        return undefined;
      }
    },

    async runImport(previewId: string) {
      const result = await attempt(() => client.call('import.run', { previewId }));
      if (!result) return null;
      await Promise.all([refresh(), refreshInfo(), queryClient.invalidateQueries({ queryKey: keys.importStatus })]);
      return result;
    },

    async pauseImport() {
      await attempt(() => client.call('import.pause', {}));
      await queryClient.invalidateQueries({ queryKey: keys.importStatus });
    },

    async resumeImport() {
      await attempt(() => client.call('import.resume', {}));
      await queryClient.invalidateQueries({ queryKey: keys.importStatus });
    },

    /** Fetches again the imported articles that failed: these, or all of them. */
    async retryImport(ids?: string[]) {
      await attempt(() => client.call('import.retry', ids ? { ids } : {}));
      await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: keys.importStatus })]);
    },

    declineSample: () => setSettings({ sampleOffered: true }),
    setSettings,
    /** Whether a settings change event may be applied (none of ours is still on its way). */
    settingsSettled: () => settingsWritesPending === 0,
    refresh,
  };
}

export type LibraryActions = ReturnType<typeof libraryActions>;

/** A file's bytes as base64 (how export files, zips included, travel over the API). */
function fileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}
