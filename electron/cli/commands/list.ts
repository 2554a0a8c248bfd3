import { defineCommand } from '../context.ts';
import { formatSummaryLine } from '../format.ts';

export default defineCommand({
  options: {},
  run: (context) =>
    context.withLibrary('read', async ({ call }) => {
      const { articles } = await call('library.list', { view: 'all' });
      if (context.json) {
        const rows = articles.map(
          ({ id, url, title, siteName, publishedAt, savedAt, state, favorite, tags, wordCount, feedId }) => ({
            id,
            url,
            title,
            siteName,
            publishedAt,
            savedAt,
            state,
            favorite,
            tags,
            wordCount,
            feedId,
          }),
        );
        context.write(`${JSON.stringify(rows)}\n`);
      } else if (articles.length === 0) {
        context.write('The library is empty. Save an article with: annals add <url>\n');
      } else {
        context.write(`${articles.map(formatSummaryLine).join('\n')}\n`);
      }
      return 0;
    }),
});
