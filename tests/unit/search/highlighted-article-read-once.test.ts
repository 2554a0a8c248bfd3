// Building the search index reads a highlighted article's files once, for its highlights and for the text shown:
// they were merged twice (once to find which text is shown, once for the highlights), for every such article.
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { ArticleStore } from '../../../electron/core/library/article-store.ts';
import { answerOf, coreForEachTest } from '../helpers/test-core.ts';

const currentCore = coreForEachTest();

const page = (text: string) =>
  `<html><head><title>Ferry terminal approved</title></head><body><article><p>${text}</p><p>Construction of the terminal starts in the spring.</p></article></body></html>`;

describe('indexing a highlighted article', () => {
  it('merges its files once, and finds it by the text shown', async () => {
    const core = currentCore();
    const url = 'https://news.example/ferry-terminal';
    await answerOf(core, 'article.saveHtml', { html: page('The harbour authority approved the terminal.'), url });
    // A second text: the one shown is a version, found by merging the article's files.
    const { article } = await answerOf<{ article: ArticleSummary }>(core, 'article.saveHtml', {
      html: page('The harbour authority approved the terminal by seven votes.'),
      url,
    });
    await answerOf(core, 'annotations.create', { kind: 'highlight', articleId: article.id, quote: 'by seven votes' });
    // A word in no article: the index is built (or catches up), and no snippet is read.
    await core.search.search('quarrymen', 10);
    core.search.changed([article.id]);
    const loads = vi.spyOn(ArticleStore.prototype, 'load');
    await core.search.search('quarrymen', 10);
    const merges = loads.mock.calls.filter(([id]) => id === article.id).length;
    loads.mockRestore();
    expect(merges).toBe(1);
    const found = await answerOf<{ results: { id: string }[] }>(core, 'search.query', {
      query: 'votes has:highlights',
    });
    expect(found.results.map((result) => result.id)).toEqual([article.id]);
  });
});
