import { forEachInputIn } from '../batch.ts';
import { defineCommand } from '../context.ts';

/** `annals delete <id>...`: to the trash, as in the app, where it stays 30 days. */
export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, Number.POSITIVE_INFINITY, 'an article id (or several)');
    return forEachInputIn(
      context,
      'write',
      async (id, { call }) => {
        const { title } = await call('article.get', { id });
        await call('article.delete', { ids: [id] });
        return { id, title, deleted: true };
      },
      (article) => `Deleted ${article.id}  ${article.title} (kept in the trash for 30 days)`,
    );
  },
});
