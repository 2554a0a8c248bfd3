import { integerOption } from '../args.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: { limit: 'string' },
  run: async (context) => {
    if (context.inputs.length === 0) {
      throw new UsageError('search needs a query, like: annals search flood tag:kellbridge');
    }
    const limit = integerOption(context.options.limit, 'limit', 1, 500) ?? 20;
    return context.withLibrary('read', async ({ call }) => {
      const { results } = await call('search.query', { query: context.inputs.join(' '), limit });
      const rows = results.map(({ id, title, siteName, score, snippet }) => ({
        id,
        title,
        site: siteName,
        score: Math.round(score * 1000) / 1000,
        snippet,
      }));
      if (context.json) context.write(`${JSON.stringify(rows)}\n`);
      else if (rows.length === 0) context.write('Nothing found.\n');
      else {
        const lines = rows.map(
          (row) => `${row.id}  ${row.title}${row.site ? ` — ${row.site}` : ''}\n    ${row.snippet}`,
        );
        context.write(`${lines.join('\n')}\n`);
      }
      return 0;
    });
  },
});
