import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';
import { plural } from '../format.ts';

export default defineCommand({
  options: { out: 'string' },
  run: async (context) => {
    if (context.inputs.length > 0) throw new UsageError('backup takes no file name; use --out FILE.zip');
    const { out } = context.options;
    return context.withLibrary('write', async ({ call }) => {
      const result = await call('library.backup', out ? { path: context.path(out) } : {});
      const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
      context.print(
        result,
        () =>
          `Backed up ${plural(result.articles, 'article')} (${plural(result.files, 'file')}, ${size}) to ${result.path}`,
      );
      return 0;
    });
  },
});
