// Bylines whose name element is empty (a template a script would have filled) or holds only a date.
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../electron/core/extract/byline.ts';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the harbour story: the council voted to reopen the north channel next month, ` +
    'after a winter of dredging, and fishermen said the new schedule would let them land catches earlier.</p>',
).join('');

function page(byline: string): string {
  return `<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article>
    <h1>Harbour reopens</h1><div class="byline">${byline}</div>${story}</article></body></html>`;
}

describe('a byline without a name', () => {
  it('is empty when the author element is empty and only the date is left', async () => {
    const article = await extractFromHtml(
      page('By <span itemprop="author"><span itemprop="name"></span></span>, May 3, 2025'),
    );
    expect(article.byline).toBeNull();
  });

  it('is just the name when the author element holds only punctuation and a date beside it', async () => {
    const article = await extractFromHtml(
      page('<span itemprop="author">— , 3 May 2025</span> <span class="author">By Jane Doe, 3 May 2025</span>'),
    );
    expect(article.byline).toBe('Jane Doe');
  });

  it('leaves the date and the leftover punctuation out of a name', () => {
    expect(cleanByline('By , 16 May 2025')).toBeNull();
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('· —')).toBeNull();
    expect(cleanByline('Updated Tue., May 3rd, 2025 at 3:45 p.m. ET')).toBeNull();
    expect(cleanByline('By Jane Doe, 16 May 2025')).toBe('Jane Doe');
    expect(cleanByline('By: Jane Doe, Updated 3:45 PM')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe, Ali Khan and Mei Lin')).toBe('Jane Doe, Ali Khan and Mei Lin');
    expect(cleanByline('Byron Kaye')).toBe('Byron Kaye');
    // A date begun before its comma cannot be cut from the name cleanly: nothing is cut.
    expect(cleanByline('By Gillian Mohney March 11, 2015 3:46 PM')).toBe('Gillian Mohney March 11, 2015 3:46 PM');
  });
});
