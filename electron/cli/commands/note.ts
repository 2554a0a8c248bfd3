import { defineCommand } from '../context.ts';

/**
 * `annals note <id> --text "…"`: writes the article's note (Markdown), replacing the one it had;
 * `--text ""` removes it; without --text, prints it.
 */
export default defineCommand({
  options: { text: 'string' },
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one article id');
    const articleId = context.inputs[0]!;
    const { text } = context.options;
    return context.withLibrary(text === undefined ? 'read' : 'write', async ({ call }) => {
      const { annotations } = await call('annotations.list', { articleId });
      const current = annotations.find((annotation) => annotation.kind === 'note');
      if (text === undefined) {
        context.print({ id: articleId, note: current?.note ?? null }, () => current?.note ?? '(no note)');
        return 0;
      }
      const note = text.trim();
      if (note === '') {
        if (current) await call('annotations.delete', { articleId, ids: [current.id] });
      } else if (current) {
        await call('annotations.update', { articleId, id: current.id, patch: { note } });
      } else {
        await call('annotations.create', { kind: 'note', articleId, note });
      }
      context.print({ id: articleId, note: note || null }, () =>
        note ? `Noted on ${articleId}` : `Removed the note of ${articleId}`,
      );
      return 0;
    });
  },
});
