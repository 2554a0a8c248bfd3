import type { MethodOutput } from '../../../../electron/contract/api.ts';
import type { ArticleState } from '../../../../electron/contract/model.ts';
import { errorMessage } from '../../api/client.ts';
import { plural } from '../../lib/plural.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

/** Saving articles, their state (archived, read, favorite), deleting them and the place read to. */
export function articleActions({ client, ui, store, mutate }: ActionKit) {
  async function update(ids: string[], patch: { state?: ArticleState; favorite?: boolean }, label: string) {
    if (ids.length === 0) return;
    await mutate({
      run: () => client.call('article.update', { ids, patch }),
      undo: ({ before }) => ({ label, run: () => client.call('article.restoreStates', { items: before }) }),
    });
  }

  /** Saves a page, then selects it and says so (`from`: where it came from, if not a link). */
  async function save(saving: () => Promise<MethodOutput<'article.saveUrl'>>, from: string) {
    const saved = await mutate({ run: saving, refresh: [keys.library, keys.info] });
    if (!saved) return false;
    ui.toast(`${saved.created ? 'Saved' : 'Updated'} “${saved.article.title}”${from}`);
    ui.select(saved.article.id);
    return true;
  }

  const articles = (ids: string[]) => plural(ids.length, 'article');

  return {
    archive: (ids: string[]) => update(ids, { state: 'archived' }, `Archived ${articles(ids)}`),
    unarchive: (ids: string[]) => update(ids, { state: 'read' }, `Moved ${articles(ids)} to the Inbox`),
    markRead: (ids: string[]) => update(ids, { state: 'read' }, `Marked ${articles(ids)} as read`),
    markUnread: (ids: string[]) => update(ids, { state: 'unread' }, `Marked ${articles(ids)} as unread`),
    favorite: (ids: string[]) => update(ids, { favorite: true }, `Added ${articles(ids)} to Favorites`),
    unfavorite: (ids: string[]) => update(ids, { favorite: false }, `Removed ${articles(ids)} from Favorites`),

    /** Opening an unread article reads it; that is not worth an undo toast. */
    async markOpened(id: string, state: ArticleState) {
      if (state !== 'unread') return;
      await mutate({ run: () => client.call('article.update', { ids: [id], patch: { state: 'read' } }) });
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await mutate({
        async run() {
          const { deleted } = await client.call('article.delete', { ids });
          const { openId, selectedId } = store.getState();
          if (openId && deleted.includes(openId)) ui.close();
          if (selectedId && deleted.includes(selectedId)) ui.select(null);
          return deleted;
        },
        refresh: [keys.library, keys.info],
        undo: (deleted) => ({
          label: `Deleted ${articles(deleted)}`,
          run: () => client.call('article.undelete', { ids: deleted }),
        }),
      });
    },

    /** Saves a page; `givenBy: 'reader'` when the reader typed or pasted its address (it may then be local). */
    saveUrl: (url: string, givenBy: 'reader' | 'other'): Promise<boolean> =>
      save(async () => {
        try {
          return await client.call('article.saveUrl', { url, givenBy });
        } catch (error) {
          // Said in place of the progress note that named the site, so the note keeps its name.
          throw new Error(`Could not save ${siteOf(url)}: ${errorMessage(error)}`);
        }
      }, ''),

    /** Saves a dropped page or text file from its bytes (base64): the core reads it by its own charset. */
    saveFile: (base64: string, fileName: string): Promise<boolean> =>
      save(() => client.call('article.saveHtml', { base64, fileName }), ` from ${fileName}`),

    async setProgress(id: string, progress: number) {
      try {
        await client.call('article.setProgress', { id, progress });
      } catch {
        // Losing one scroll position is not worth interrupting the reader; the next scroll tries again.
      }
    },
  };
}

/** The site a link is on, as the progress note names it ("example.com"); the link itself if it has none. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
