// Pages that mark their story with schema.org's itemprop="articleBody": the marked text is the article.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureText, paragraphs } from './support.ts';

describe('a story marked itemprop="articleBody" in a column with a long readers’ letters section', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('marked-body.html'), {
      url: 'https://vale-weekly.example/news/aldwick-ferry',
    });
  });

  it('keeps the marked story from its first paragraph to its last', () => {
    const text = paragraphs(article.text);
    expect(text[0]).toMatch(/^The river ferry between Aldwick and Stowe Quay returned to service/);
    expect(text.at(-1)).toBe(
      'The crossing runs every twenty minutes until eight in the evening, and until six on Sundays. Bicycles travel free.',
    );
    expect(text).toHaveLength(5);
  });

  it('leaves out the readers’ letters that outscore the story by their commas', () => {
    expect(article.text).not.toMatch(/Your say|I have lived in Aldwick for thirty years|Reader 1/);
  });

  it('still reads the headline, author and date from the page', () => {
    expect(article.title).toBe('Aldwick ferry back in service after cable repair');
    expect(article.byline).toBe('Tess Marlowe');
    expect(article.publishedAt).toBe('2025-04-14T09:00:00+01:00');
  });
});

describe('a page whose marked body is only a standfirst', () => {
  it('keeps the whole story Readability found rather than the short marked summary', async () => {
    const story = Array.from(
      { length: 12 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story tells, at some length, how the valley’s last working mill was restored by volunteers over six winters.</p>`,
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Mill restored</title></head><body><article>
      <h1>Mill restored</h1>
      <p itemprop="articleBody">Volunteers have spent six winters restoring the valley’s last working mill, and on Saturday its wheel turned again for the first time since 1961, watched by a crowd of some two hundred people.</p>
      ${story}</article></body></html>`;
    const article = await extractFromHtml(html, { url: 'https://valley-news.example/mill' });
    expect(article.text).toContain('Paragraph 12 of the story');
    expect(article.text).toContain('on Saturday its wheel turned again');
  });
});
