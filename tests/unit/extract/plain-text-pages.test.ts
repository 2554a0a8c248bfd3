// Articles written as plain text and put on the web in a <pre> block (bulletins, list archives, text files).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureText, paragraphs } from './support.ts';

describe('a bulletin published as one <pre> block beside a comma-heavy footer', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('plain-text-bulletin.html'), {
      url: 'https://kelmouth-harbour.example/bulletins/41.html',
    });
  });

  it('keeps the bulletin rather than the footer that outscores it', () => {
    expect(article.text).toContain('The north channel reopens to all vessels on Monday 3 March at first light.');
    expect(article.text).toContain('Questions for the meeting can be left at the harbour office.');
  });

  it('gives each of its paragraphs as a paragraph, the lines wrapped at 70 columns joined again', () => {
    const text = paragraphs(article.text);
    expect(text).toContain(
      'The temporary buoys at the bend will be lifted on Tuesday. New lit buoys replace them. Skippers should expect the work boat in the channel until noon on that day and keep to the east side while it works.',
    );
    expect(article.html).not.toContain('<pre>');
  });

  it('keeps the line breaks the author meant, as in the signature', () => {
    expect(paragraphs(article.text)).toContain('Ingrid Halloran\nHarbour Master');
  });
});

describe('a <pre> that is not prose', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `  const total${i} = prices[${i}] * (1 + taxRate); // line ${i}`);
  const story = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} explains, step by step, how the shop’s till adds tax to every price it rings up.</p>`,
  ).join('');

  it('keeps a code listing as a code block, its lines and indentation unchanged', async () => {
    const html = `<html><body><article><h1>Tax in the till</h1>${story}<pre>${lines.join('\n')}</pre></article></body></html>`;
    const article = await extractFromHtml(html, { url: 'https://till-notes.example/tax' });
    expect(article.html).toContain('<pre>  const total0 = prices[0] * (1 + taxRate); // line 0\n');
  });

  it('keeps a table drawn in characters as it was drawn', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| Berth ${i + 1}  | Kelmouth Quay | ${10 + i} m | open  |`);
    const html = `<html><body><article><h1>Berths</h1>${story}<pre>${rows.join('\n')}</pre></article></body></html>`;
    const article = await extractFromHtml(html, { url: 'https://till-notes.example/berths' });
    expect(article.html).toContain('<pre>| Berth 1  | Kelmouth Quay | 10 m | open  |\n');
  });
});
