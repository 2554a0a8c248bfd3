import { defineCommand } from '../context.ts';
import { formatArticle } from '../format.ts';

export default defineCommand({
  options: { text: 'boolean', html: 'boolean' },
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one article id');
    const id = context.inputs[0]!;
    return context.withLibrary('read', async ({ call }) => {
      const article = await call('article.get', { id });
      const content = await call('article.content', { id });
      if (context.options.text) context.write(content.text);
      else if (context.options.html) context.write(content.html);
      else if (context.json) context.write(`${JSON.stringify(article)}\n`);
      else context.write(formatArticle(article, content.text));
      return 0;
    });
  },
});
