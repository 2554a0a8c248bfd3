// A timeline names each article once, in a table beside its events keyed by the article's id: the library's timeline
// of 3,000 articles weighed 15.7 MB when every source of every event repeated its article's title and address.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Timeline } from '../../../electron/contract/index.ts';
import { answerOf, sampleCoreForEachTest } from '../helpers/test-core.ts';

// The sample library, its events found.
const currentCore = sampleCoreForEachTest();
let shown: Timeline;
beforeEach(async () => {
  shown = await answerOf<Timeline>(currentCore(), 'timeline.get', { scope: { kind: 'all' } });
}, 60_000);

describe('a timeline’s articles', () => {
  it('are listed once each, with their title, address, site, publication and story', async () => {
    const cited = new Set(shown.events.flatMap((event) => event.sources.map((source) => source.articleId)));
    expect(cited.size).toBeGreaterThan(1);
    expect(new Set(Object.keys(shown.articles))).toEqual(cited);
    const library = await answerOf<{ articles: { id: string; title: string; url: string }[] }>(
      currentCore(),
      'library.list',
      { view: 'all' },
    );
    for (const article of library.articles.filter((item) => cited.has(item.id))) {
      expect(shown.articles[article.id]).toMatchObject({ title: article.title, url: article.url });
    }
  });

  it('are not repeated in the sources of each event', () => {
    for (const source of shown.events.flatMap((event) => event.sources)) {
      expect(Object.keys(source)).not.toContain('title');
      expect(Object.keys(source)).not.toContain('url');
    }
  });
});
