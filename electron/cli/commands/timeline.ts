import { writeFile } from 'node:fs/promises';
import { TimelineExportFormat, type TimelineScope } from '../../contract/index.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: { story: 'string', tag: 'string', entity: 'string', format: 'string', out: 'string' },
  run: async (context) => {
    if (context.inputs.length > 0) {
      throw new UsageError('timeline takes no inputs; choose with --story, --tag or --entity');
    }
    const { story, tag, entity, format = 'md', out } = context.options;
    if ([story, tag, entity].filter((value) => value !== undefined).length > 1) {
      throw new UsageError('timeline takes one of --story, --tag and --entity');
    }
    const parsedFormat = TimelineExportFormat.safeParse(format);
    if (!parsedFormat.success) throw new UsageError(`--format must be md, csv or timelinejs, not “${format}”`);
    const scope: TimelineScope = story
      ? { kind: 'story', storyId: story }
      : tag
        ? { kind: 'tag', tag }
        : entity
          ? { kind: 'entity', name: entity }
          : { kind: 'all' };
    return context.withLibrary('read', async ({ call }) => {
      if (context.json && !out) {
        context.write(`${JSON.stringify(await call('timeline.get', { scope }))}\n`);
        return 0;
      }
      const file = await call('timeline.export', { scope, format: parsedFormat.data });
      if (out) {
        await writeFile(context.path(out), file.content);
        context.print({ format, out }, () => `Wrote ${out}`);
      } else context.write(file.content);
      return 0;
    });
  },
});
