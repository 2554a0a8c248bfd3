// Pages in the legacy encodings of Chinese, Russian and Japanese news sites, read from a file, fetched, or
// saved by a tool that converted them to UTF-8 but kept the old declaration.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../electron/core/extract/charset.ts';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { annalsIn } from '../helpers/cli.ts';
import { fixtureBytes } from './support.ts';

const HEADLINE = '青石港北航道下月重新开放';
const FIRST_SENTENCE = '青石港务局周二宣布，经过两年的疏浚工程，港口北航道将于下月重新开放';

async function chineseArticle(bytes: Uint8Array, contentType: string | null) {
  return extractFromHtml(decodeHtml(bytes, contentType).html, { url: 'https://qingshi-daily.example/news/1.html' });
}

describe('pages in legacy encodings', () => {
  it('reads a GB2312 page declared in <meta http-equiv> as Chinese text', async () => {
    const article = await chineseArticle(fixtureBytes('gbk-meta.html'), 'text/html');
    expect(article.title).toBe(HEADLINE);
    expect(article.text).toContain(FIRST_SENTENCE);
    expect(article.text).not.toMatch(/\ufffd/);
  });

  it('finds the declaration after a long inline script at the top of <head>', async () => {
    const { encoding } = decodeHtml(fixtureBytes('gbk-late-meta.html'), null);
    expect(encoding).toBe('gbk');
    const article = await chineseArticle(fixtureBytes('gbk-late-meta.html'), null);
    expect(article.title).toBe(HEADLINE);
    expect(article.text).toContain(FIRST_SENTENCE);
  });

  it('reads a copy saved as UTF-8 that still declares GB2312 as the UTF-8 it is', async () => {
    const { encoding } = decodeHtml(fixtureBytes('utf8-declared-gbk.html'), null);
    expect(encoding).toBe('utf-8');
    const article = await chineseArticle(fixtureBytes('utf8-declared-gbk.html'), null);
    expect(article.title).toBe(HEADLINE);
    expect(article.text).toContain(FIRST_SENTENCE);
  });

  it('trusts UTF-8 bytes over a server’s default Latin-1 header, but not over a byte-order mark', () => {
    const utf8 = Buffer.from('<p>“Déjà vu” — 5 €</p>');
    expect(decodeHtml(utf8, 'text/html; charset=ISO-8859-1').html).toBe('<p>“Déjà vu” — 5 €</p>');
    // Latin-1 bytes that are not valid UTF-8 are still read as declared.
    expect(
      decodeHtml(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]), 'text/html; charset=ISO-8859-1').html,
    ).toBe('<p>été');
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ok</p>', 'utf16le')]);
    expect(decodeHtml(bom, 'text/html; charset=gbk').html).toBe('<p>ok</p>');
  });

  it('reads a windows-1251 page as Russian text', async () => {
    const article = await extractFromHtml(decodeHtml(fixtureBytes('cp1251-meta.html'), null).html, {
      url: 'https://harbour-herald.example/city/market.html',
    });
    expect(article.title).toBe('Совет одобрил реконструкцию рыбного рынка');
    expect(article.text).toContain('«Мы ждали этого слишком долго, но главное — чтобы аренда осталась доступной»');
  });

  it('decodes a GBK page given to `annals extract` as a file by its declared charset', async () => {
    const file = fileURLToPath(new URL('../../fixtures/pages/gbk-meta.html', import.meta.url));
    const { code, stdout } = await annalsIn(['extract', file, '--json'], {});
    expect(code).toBe(0);
    const page = JSON.parse(stdout);
    expect(page.title).toBe(HEADLINE);
    expect(page.text).toContain(FIRST_SENTENCE);
  });
});
