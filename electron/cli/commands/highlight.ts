import { HighlightColor } from '../../contract/index.ts';
import { annotationRow } from '../annotation-row.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: { quote: 'string', note: 'string', color: 'string' },
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one article id');
    const { quote, note, color } = context.options;
    if (!quote) throw new UsageError('highlight needs --quote "the exact words"');
    const colour = HighlightColor.safeParse(color ?? 'yellow');
    if (!colour.success) {
      throw new UsageError(`--color must be one of ${HighlightColor.options.join(', ')}, not “${color}”`);
    }
    return context.withLibrary('write', async ({ call }) => {
      const created = await call('annotations.create', {
        kind: 'highlight',
        articleId: context.inputs[0]!,
        quote,
        note: note ?? '',
        color: colour.data,
      });
      const row = annotationRow(created);
      context.print(row, () => `Highlighted ${row.id}  “${row.exact}” at ${row.start}–${row.end}`);
      return 0;
    });
  },
});
