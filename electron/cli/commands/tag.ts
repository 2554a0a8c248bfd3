import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: { remove: 'boolean' },
  run: async (context) => {
    const [id, ...tags] = context.inputs;
    if (!id || tags.length === 0) throw new UsageError('tag needs an article id and at least one tag');
    const remove = context.options.remove === true;
    return context.withLibrary('write', async ({ call }) => {
      await call('article.tag', { ids: [id], add: remove ? [] : tags, remove: remove ? tags : [] });
      const article = await call('article.get', { id });
      context.print(
        { id, tags: article.tags },
        () => `${id}  ${article.tags.length > 0 ? article.tags.join(', ') : '(no tags)'}`,
      );
      return 0;
    });
  },
});
