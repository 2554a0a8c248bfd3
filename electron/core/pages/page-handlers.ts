// The contract's page methods: extraction and the timeline's reading of pages that are not saved.
import type { Handlers } from '../dispatcher.ts';
import { parseWebUrl } from '../extract/url-policy.ts';

export type PageMethod = 'page.extract' | 'page.events' | 'page.stories';

/**
 * Each handler loads what it needs on first use: jsdom for extraction, the timeline's language tools for
 * events. `allowLocalNetwork` is Settings › Network (or the shell's own switch).
 */
export function createPageHandlers(allowLocalNetwork: () => boolean): Pick<Handlers, PageMethod> {
  return {
    'page.extract': async (input) => {
      const { extractPageAtHand, extractFromUrl } = await import('../extract/index.ts');
      const page =
        'givenBy' in input
          ? await extractFromUrl(parseWebUrl(input.url, { guessScheme: true }).href, {
              blockPrivateNetwork: !(input.givenBy === 'reader' || allowLocalNetwork()),
            })
          : await extractPageAtHand(input);
      const { url, title, byline, siteName, publishedAt, lang, text, html, wordCount } = page;
      return { url, title, byline, siteName, publishedAt, lang, text, html, wordCount };
    },
    'page.events': async ({ text, publishedAt, savedAt }) => {
      const { extractEvents } = await import('../timeline/extraction/events.ts');
      const events = extractEvents(text, { publishedAt, savedAt }).map(
        ({ date, endDate, precision, text: sentence, start, end, entities }) => ({
          date,
          ...(endDate ? { endDate } : {}),
          precision,
          text: sentence,
          start,
          end,
          entities,
        }),
      );
      return { events };
    },
    'page.stories': async ({ pages }) => {
      const [{ extractEvents }, { storyEntities }, { clusterStories }, { mergeEvents }] = await Promise.all([
        import('../timeline/extraction/events.ts'),
        import('../timeline/stories/story-entities.ts'),
        import('../timeline/stories/stories.ts'),
        import('../timeline/merging/merge-events.ts'),
      ]);
      const events = new Map(
        pages.map((page) => [
          page.id,
          extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: page.savedAt }),
        ]),
      );
      const stories = clusterStories(
        pages.map(({ id, title, text, publishedAt }) => ({
          id,
          title,
          text,
          entities: storyEntities(text),
          publishedAt,
        })),
      );
      return {
        stories: stories.map((story) => ({
          storyId: story.storyId,
          title: story.title,
          pageIds: story.articleIds,
          events: mergeEvents(
            story.articleIds.map((id) => ({
              articleId: id,
              events: events.get(id) ?? [],
              publishedAt: pages.find((page) => page.id === id)?.publishedAt ?? null,
            })),
          ).map((event) => ({
            date: event.date,
            ...(event.endDate ? { endDate: event.endDate } : {}),
            precision: event.precision,
            text: event.text,
            sources: [...new Set(event.sources.map((source) => source.articleId))],
          })),
        })),
      };
    },
  };
}
