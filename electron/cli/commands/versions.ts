import { defineCommand } from '../context.ts';
import { plural } from '../format.ts';

/** `annals versions <id>`: every text the article has had, newest first, the one shown now marked. */
export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one article id');
    const id = context.inputs[0]!;
    return context.withLibrary('read', async ({ call }) => {
      const { versions } = await call('article.versions', { id });
      if (context.json) {
        const rows = versions.map(({ versionId, savedAt, title, wordCount, current }) => ({
          versionId,
          savedAt,
          title,
          wordCount,
          current,
        }));
        context.write(`${JSON.stringify(rows)}\n`);
        return 0;
      }
      const lines = versions.map(
        (version) =>
          `${version.versionId}  ${version.savedAt.slice(0, 16).replace('T', ' ')}  ${plural(version.wordCount, 'word')}  ${version.title}${version.current ? '  (shown now)' : ''}`,
      );
      context.write(lines.length > 0 ? `${lines.join('\n')}\n` : `${id} has no stored text yet\n`);
      return 0;
    });
  },
});
