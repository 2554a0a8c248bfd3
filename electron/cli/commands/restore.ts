import { defineCommand } from '../context.ts';
import { formatCount, plural } from '../format.ts';

export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one backup file');
    return context.withLibrary('write', async ({ call }) => {
      const result = await call('library.restore', { path: context.path(context.inputs[0]!) });
      context.print(result, () =>
        [
          `Restored ${plural(result.restored, 'article')}${result.intoEmpty ? '' : `, merged ${formatCount(result.merged)} the library already had`}${result.feedsAdded ? `, followed ${plural(result.feedsAdded, 'feed')}` : ''}.`,
          ...result.skipped.map((item) => `  skipped ${item.path}: ${item.reason}`),
        ].join('\n'),
      );
      return 0;
    });
  },
});
