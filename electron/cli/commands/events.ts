import { dayOption } from '../args.ts';
import { forEachInput } from '../batch.ts';
import { defineCommand } from '../context.ts';
import { readPage, savedAt } from '../read-page.ts';

export default defineCommand({
  options: { published: 'string', saved: 'string' },
  run: async (context) => {
    context.expectInputs(1, Number.POSITIVE_INFINITY, 'a URL or an .html file');
    const published = dayOption(context.options.published, 'published');
    const saved = savedAt(dayOption(context.options.saved, 'saved'));
    const pages = await context.pages();
    return forEachInput(
      context,
      async (input) => {
        const page = await readPage(context, pages, input);
        const publishedAt = published ?? page.publishedAt;
        const { events } = await pages('page.events', { text: page.text, publishedAt, savedAt: saved });
        return { publishedAt, events };
      },
      ({ publishedAt, events }, input) => {
        const lines = events.map((e) => `  ${e.endDate ? `${e.date}…${e.endDate}` : e.date.padEnd(10)}  ${e.text}`);
        return `${input}${publishedAt ? ` (published ${publishedAt})` : ''}: ${events.length} events\n${lines.join('\n')}`;
      },
    );
  },
});
