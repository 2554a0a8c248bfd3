import { forEachInputIn } from '../batch.ts';
import { defineCommand, isUrl } from '../context.ts';

export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, Number.POSITIVE_INFINITY, 'a URL, an .html file or a .txt file');
    return forEachInputIn(
      context,
      'write',
      async (input, { call }) => {
        const { article } = isUrl(input)
          ? await call('article.saveUrl', { url: input, givenBy: 'reader' })
          : await call('article.saveHtml', { base64: await context.readPageFile(input), fileName: input });
        const { id, url, title, byline, siteName, publishedAt, savedAt, wordCount, lang } = article;
        return { id, url, title, byline, siteName, publishedAt, savedAt, wordCount, lang };
      },
      (saved) =>
        `Saved ${saved.id}  ${saved.title}${saved.siteName ? ` — ${saved.siteName}` : ''} (${saved.wordCount} words)`,
    );
  },
});
