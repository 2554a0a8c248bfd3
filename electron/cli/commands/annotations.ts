import { annotationRow } from '../annotation-row.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: {},
  run: async (context) => {
    if (context.inputs.length > 1) throw new UsageError('annotations takes at most one article id');
    const articleId = context.inputs[0];
    return context.withLibrary('read', async ({ call }) => {
      const { annotations } = await call('annotations.list', articleId ? { articleId } : {});
      const rows = annotations.map(annotationRow);
      if (context.json) context.write(`${JSON.stringify(rows)}\n`);
      else if (rows.length === 0) context.write('No highlights or notes yet.\n');
      else {
        const lines = rows.map(
          (row) =>
            `${row.id}  ${row.articleId}  ${row.kind === 'note' ? '(note)' : `“${row.exact}”`}${row.orphaned ? ' [orphaned]' : ''}${row.note ? ` — ${row.note}` : ''}`,
        );
        context.write(`${lines.join('\n')}\n`);
      }
      return 0;
    });
  },
});
