import { ExportFormat } from '../../contract/index.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';
import { plural } from '../format.ts';
import { writeExport } from '../write-export.ts';

export default defineCommand({
  options: { format: 'string', out: 'string', article: 'string', tag: 'string' },
  run: async (context) => {
    if (context.inputs[0] !== 'annotations' || context.inputs.length !== 1) {
      throw new UsageError('export supports: export annotations --format md|jsonld|csv|html --out PATH');
    }
    const { format = '', out, article, tag } = context.options;
    const parsedFormat = ExportFormat.safeParse(format);
    if (!parsedFormat.success) {
      throw new UsageError(`--format must be md, jsonld, csv or html${format ? `, not “${format}”` : ''}`);
    }
    if (!out) throw new UsageError('export needs --out PATH (a folder for md, a file otherwise)');
    return context.withLibrary('read', async ({ call }) => {
      const { files } = await call('annotations.export', {
        format: parsedFormat.data,
        ...(article ? { articleId: article } : {}),
        ...(tag ? { tag } : {}),
      });
      const written = await writeExport(context.path(out), parsedFormat.data === 'md', files);
      context.print({ format, files: written }, () => `Wrote ${plural(written.length, 'file')} to ${out}`);
      return 0;
    });
  },
});
