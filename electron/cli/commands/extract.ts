import { forEachInput } from '../batch.ts';
import { defineCommand } from '../context.ts';
import { readPage } from '../read-page.ts';

export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, Number.POSITIVE_INFINITY, 'a URL or an .html file');
    const pages = await context.pages();
    return forEachInput(
      context,
      (input) => readPage(context, pages, input),
      (page) =>
        `${page.title}\n${[page.byline, page.siteName, page.publishedAt].filter(Boolean).join(' · ')}\n\n${page.text}\n`,
    );
  },
});
