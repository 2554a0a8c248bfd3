import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { headlineFromTitle, trimSiteName } from '../../../electron/core/extract/title.ts';

// Titles carrying the site's name: "Headline | Site", "Site: Headline", "Headline - Rezept von site.de".
// The site is known from og:site_name, the host, or the page repeating its name. All names invented.

const STORY = Array.from(
  { length: 3 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the parish council agreed on Monday to light the footpath between the station and the new estate, after a winter of complaints from people walking home in the dark.</p>`,
).join('');

function page(title: string, head = '', chrome = '') {
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${head}</head><body>${chrome}<article>${STORY}</article></body></html>`;
}

describe('titles without the site name', () => {
  it('drops a suffix or prefix equal to og:site_name, on either kind of separator', () => {
    expect(trimSiteName('Footpath to be lit | Fenwick Post', ['Fenwick Post'])).toBe('Footpath to be lit');
    expect(trimSiteName('Footpath to be lit › Fenwick Post', ['Fenwick Post'])).toBe('Footpath to be lit');
    expect(trimSiteName('Fenwick Post: Footpath to be lit', ['Fenwick Post'])).toBe('Footpath to be lit');
  });

  it('knows a site by its host’s registrable name, also inside a few words after the headline', () => {
    expect(trimSiteName('Footpath to be lit | fenwickpost', ['fenwickpost.co.uk'])).toBe('Footpath to be lit');
    expect(trimSiteName('Apple crumble - Rezept von Kochtopf.de', ['kochtopf.de'])).toBe('Apple crumble');
  });

  it('drops the site name with its tagline or section, and a date-only part', () => {
    expect(trimSiteName('Footpath to be lit - Fenwick Post - News for the Vale', ['Fenwick Post'])).toBe(
      'Footpath to be lit',
    );
    expect(trimSiteName('Footpath to be lit | Fenwick Post | 06.11.2023', ['Fenwick Post'])).toBe('Footpath to be lit');
  });

  it('strips a Chinese site name joined without spaces', () => {
    expect(trimSiteName('河口渡轮减少班次-江城日报', ['江城日报'])).toBe('河口渡轮减少班次');
  });

  it('keeps headline parts: a topic before a colon, a long clause after the site’s name, an unknown suffix', () => {
    expect(trimSiteName('Women in the Fenwick Post: fifty years on', ['Fenwick Post'])).toBe(
      'Women in the Fenwick Post: fifty years on',
    );
    expect(
      trimSiteName('Bridge closed - Fenwick Post: why the repairs will take another two years at least', [
        'Fenwick Post',
      ]),
    ).toBe('Bridge closed - Fenwick Post: why the repairs will take another two years at least');
    expect(trimSiteName('Brexit - what happens next', ['Fenwick Post'])).toBe('Brexit - what happens next');
    expect(trimSiteName('Fenwick Post', ['Fenwick Post'])).toBe('Fenwick Post');
  });

  it('takes the run of title parts that the page’s heading repeats', () => {
    expect(headlineFromTitle('Footpath to be lit | Parish | Vale Weekly', 'Footpath to be lit', [])).toBe(
      'Footpath to be lit',
    );
  });

  it('strips a site name the page repeats in its home link or footer though it declares none', async () => {
    const chrome = '<header><a href="/"><img src="/logo.png" alt="Vale Weekly logo"></a></header>';
    const fromLogo = await extractFromHtml(page('Footpath to be lit - Vale Weekly', '', chrome), {
      url: 'https://news.example/parish/footpath',
    });
    expect(fromLogo.title).toBe('Footpath to be lit');
    const fromFooter = await extractFromHtml(
      page('Footpath to be lit ~ Vale Weekly', '', '<footer><p>© 2025 Vale Weekly. All rights reserved.</p></footer>'),
      { url: 'https://news.example/parish/footpath' },
    );
    expect(fromFooter.title).toBe('Footpath to be lit');
  });

  it('strips og:site_name and the host from a saved page’s title', async () => {
    const declared = await extractFromHtml(
      page('Footpath to be lit | Fenwick Post', '<meta property="og:site_name" content="Fenwick Post">'),
      { url: 'https://news.example/a' },
    );
    expect(declared.title).toBe('Footpath to be lit');
    const host = await extractFromHtml(page('Footpath to be lit | Homeward'), { url: 'https://www.homeward.co.uk/a' });
    expect(host.title).toBe('Footpath to be lit');
  });
});
