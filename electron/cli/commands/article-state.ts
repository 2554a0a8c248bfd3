// `annals archive|unarchive|favorite|unfavorite|read|unread <id>...`: the state changes the app makes.
import type { ArticleState } from '../../contract/index.ts';
import { forEachInputIn } from '../batch.ts';
import { defineCommand } from '../context.ts';

export type StateCommand = 'archive' | 'unarchive' | 'favorite' | 'unfavorite' | 'read' | 'unread';

const changes: Record<StateCommand, { patch: { state?: ArticleState; favorite?: boolean }; done: string }> = {
  archive: { patch: { state: 'archived' }, done: 'Archived' },
  // As in the app: out of the Archive means back in the Inbox, read.
  unarchive: { patch: { state: 'read' }, done: 'Moved to the Inbox' },
  favorite: { patch: { favorite: true }, done: 'Marked favorite' },
  unfavorite: { patch: { favorite: false }, done: 'No longer a favorite' },
  read: { patch: { state: 'read' }, done: 'Marked read' },
  unread: { patch: { state: 'unread' }, done: 'Marked unread' },
};

export function stateCommand(name: StateCommand) {
  const { patch, done } = changes[name];
  return defineCommand({
    options: {},
    run: async (context) => {
      context.expectInputs(1, Number.POSITIVE_INFINITY, 'an article id (or several)');
      return forEachInputIn(
        context,
        'write',
        async (id, { call }) => {
          await call('article.update', { ids: [id], patch });
          const { title, state, favorite } = await call('article.get', { id });
          return { id, title, state, favorite };
        },
        (article) => `${done}: ${article.id}  ${article.title}`,
      );
    },
  });
}
