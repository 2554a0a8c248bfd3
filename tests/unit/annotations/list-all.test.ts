// Every annotation in the library, read from many annotated articles at once: all of them, newest first.
import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleSummary } from '../../../electron/contract/index.ts';
import { answerOf, coreForEachTest } from '../helpers/test-core.ts';

const currentCore = coreForEachTest();

const value = <T>(method: string, input: unknown) => answerOf<T>(currentCore(), method, input);

describe('every annotation in the library', () => {
  it('lists the notes of twenty articles, newest first, none missing', async () => {
    const written: string[] = [];
    for (let index = 0; index < 20; index++) {
      const html = `<html><head><title>Report ${index}</title></head><body><article><h1>Report ${index}</h1><p>${'The council met on Monday to discuss the harbour. '.repeat(8)}</p></article></body></html>`;
      const { article } = await value<{ article: ArticleSummary }>('article.saveHtml', {
        html,
        url: `https://news.example/report-${index}`,
      });
      const note = await value<Annotation>('annotations.create', {
        kind: 'note',
        articleId: article.id,
        note: `Note ${index}`,
      });
      written.push(note.id);
    }
    const { annotations } = await value<{ annotations: Annotation[] }>('annotations.list', {});
    expect(annotations.map((annotation) => annotation.id).sort()).toEqual([...written].sort());
    const created = annotations.map((annotation) => annotation.created);
    expect(created).toEqual([...created].sort().reverse());
  });
});
