import { defineCommand } from '../context.ts';
import { formatArticle } from '../format.ts';

/** `annals show <id>`: the article's stored text (--text, --html, --json); --version <id> shows an earlier one. */
export default defineCommand({
  options: { text: 'boolean', html: 'boolean', version: 'string' },
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one article id');
    const id = context.inputs[0]!;
    const versionId = context.options.version;
    return context.withLibrary('read', async ({ call }) => {
      if (versionId !== undefined) {
        const shown = await call('article.version', { id, versionId });
        if (context.options.text) context.write(shown.text);
        else if (context.options.html) context.write(shown.html);
        else if (context.json) context.write(`${JSON.stringify(shown)}\n`);
        else context.write(formatArticle(shown.metadata, shown.text, shown.version));
        return 0;
      }
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
