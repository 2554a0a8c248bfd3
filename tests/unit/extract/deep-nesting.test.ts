// A page that nests its elements thousands deep (hostile, or a broken generator) once overflowed the stack at
// 10,000 levels and took minutes at 2,000-4,000 (Readability's time grows with the cube of the nesting).
// Written for this test.
import { describe, expect, it } from 'vitest';
import { DEEPEST_NESTING, flattenDeepNesting } from '../../../electron/core/extract/deep-nesting.ts';
import { parsePage } from '../../../electron/core/extract/dom.ts';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { sanitizeArticleHtml } from '../../../electron/core/extract/sanitize.ts';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour board met late into the evening to weigh the dredging contract, and the ferry crews waited outside for word of the vote.</p>`,
).join('');

const nested = (depth: number, inner: string) =>
  `<!DOCTYPE html><html><head><title>Harbour board weighs dredging</title></head><body><article><h1>Harbour board weighs dredging</h1>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</article></body></html>`;

function deepest(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return max;
}

describe('a page nested thousands deep', () => {
  it('is saved with its whole text', async () => {
    const page = await extractFromHtml(nested(10_000, STORY), { url: 'https://harbour.example/dredging' });
    expect(page.title).toBe('Harbour board weighs dredging');
    for (let i = 1; i <= 6; i++) expect(page.text).toContain(`Paragraph ${i}: the harbour board met late`);
  });

  it('is parsed no deeper than the limit, keeping every word, link and image below it', () => {
    const inner = `<p>Deep words <a href="https://harbour.example/vote">the vote</a> <img src="https://harbour.example/crane.jpg" alt="crane"></p>`;
    const doc = parsePage(nested(5_000, inner));
    expect(deepest(doc)).toBeLessThanOrEqual(DEEPEST_NESTING + 1);
    expect(doc.body.textContent).toContain('Deep words the vote');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://harbour.example/vote');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('crane');
  });

  it('leaves a page of ordinary depth as it was', () => {
    const html = nested(40, STORY);
    const doc = parsePage(html);
    expect(flattenDeepNesting(doc)).toBe(0);
    expect(doc.querySelectorAll('p')).toHaveLength(6);
    expect(deepest(doc)).toBe(43);
  });

  it('is sanitized as stored article markup (a backup or a synced file) without overflowing', () => {
    const safe = sanitizeArticleHtml(`${'<div>'.repeat(20_000)}<p>Kept words.</p>${'</div>'.repeat(20_000)}`);
    expect(safe).toContain('Kept words.');
  });

  it('keeps what a reader never sees out of the text, and paragraphs apart', async () => {
    const unseen = [
      '<template><p>Template words stay unseen.</p></template>',
      '<noscript><p>Noscript words stay unseen.</p></noscript>',
      '<div hidden><p>Hidden words stay unseen.</p></div>',
      '<div style="display: none"><p>Undisplayed words stay unseen.</p></div>',
    ].join('');
    const paragraphs =
      '<p>Alpha ends with <b>bold</b> words.</p><p>Beta begins <a href="https://harbour.example/b">here</a>.</p>';
    const page = await extractFromHtml(nested(300, `${unseen}${paragraphs}${STORY}`), {
      url: 'https://harbour.example/dredging',
    });
    expect(page.text).not.toMatch(/stay unseen/);
    expect(page.text).toMatch(/Alpha ends with bold words\.\s+Beta begins here\./);
    expect(page.text).not.toContain('words.Beta');
  });

  it('with a word at every level, is read in one pass (each level moved once)', async () => {
    const depth = 20_000;
    const html = `<html><head><title>Levels</title></head><body><article>${'<div>level '.repeat(depth)}${STORY}${'</div>'.repeat(depth)}</article></body></html>`;
    const doc = parsePage(html);
    expect(deepest(doc)).toBeLessThanOrEqual(DEEPEST_NESTING + 1);
    expect(doc.body.textContent?.match(/level/g)).toHaveLength(depth);
    expect(sanitizeArticleHtml(html)).toContain('Paragraph 6: the harbour board');
  });
});
