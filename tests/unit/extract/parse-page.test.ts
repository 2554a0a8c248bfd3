import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../electron/core/extract/dom.ts';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';

describe('parsing pages with linkedom', () => {
  it('puts content in <body> and metadata in <head> when a page leaves those tags out, as HTML allows', () => {
    const doc = parsePage('<!doctype html><title>T</title><meta name="author" content="A"><p>one</p><p>two</p>');
    expect(doc.title).toBe('T');
    expect(doc.head.querySelector('meta')?.getAttribute('content')).toBe('A');
    expect(doc.body.innerHTML).toBe('<p>one</p><p>two</p>');
  });

  it('wraps a bare fragment in a document', () => {
    const doc = parsePage('<p>one</p><p>two</p>');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.querySelectorAll('p')).toHaveLength(2);
  });

  it('moves content that sits beside <body> into it, in order', () => {
    const doc = parsePage(
      '<html><head><title>T</title></head><p>before</p><body><p>inside</p></body><p>after</p></html>',
    );
    expect([...doc.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['before', 'inside', 'after']);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
  });

  it('never runs scripts while parsing', () => {
    parsePage('<script>globalThis.__parseCanary = true</script><img src=x onerror="globalThis.__parseCanary = true">');
    expect((globalThis as { __parseCanary?: boolean }).__parseCanary).toBeUndefined();
  });
});

describe('extracting a minimal page', () => {
  it('reads a page without <html>, <head> or <body> tags and does not repeat its headline in the text', async () => {
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Sentence ${i + 1} of a minimal page that still carries enough ordinary words to count as a story.</p>`,
    ).join('');
    const article = await extractFromHtml(
      `<!doctype html><title>Minimal page | Tiny Site</title><meta property="og:site_name" content="Tiny Site"><h1>Minimal page</h1>${story}`,
      { url: 'https://tiny.example/minimal' },
    );
    expect(article.title).toBe('Minimal page');
    expect(article.siteName).toBe('Tiny Site');
    expect(article.text.startsWith('Sentence 1 of a minimal page')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(5);
  });
});
