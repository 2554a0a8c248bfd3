// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../electron/contract/model.ts';
import { detectTransport } from '../../../renderer/src/api/transport.ts';
import { bookmarkletCode } from '../../../renderer/src/lib/bookmarklet.ts';
import { matchesShortcut } from '../../../renderer/src/lib/keys.ts';
import { renderNote } from '../../../renderer/src/lib/markdown.ts';
import { articleDocument, sanitizeArticleHtml } from '../../../renderer/src/reader/article-document.ts';
import { addressFromSender, readPageMessage } from '../../../renderer/src/save/page-message.ts';

const here = dirname(fileURLToPath(import.meta.url));
const pages = join(here, '..', '..', 'fixtures', 'pages');
const rendererDir = join(here, '..', '..', '..', 'renderer', 'src');
const asset = `assets/${'a'.repeat(64)}.png`;
const options = {
  articleId: 'abc123def',
  lang: 'en',
  assetUrl: (id: string, file: string) => `http://127.0.0.1:1/files/${id}/${file}`,
  assetSource: 'http://127.0.0.1:1',
  reader: defaultSettings.reader,
  theme: 'light' as const,
};

describe('what the reader displays', () => {
  it('cleans a hostile page again at display, whatever is in the library file', async () => {
    const hostile = await readFile(join(pages, 'xss-vectors.html'), 'utf8');
    const clean = sanitizeArticleHtml(hostile, options);
    expect(clean).toContain('31 votes to 17');
    expect(clean).not.toMatch(/<script|<iframe|<object|<embed|<form|<style|<meta|<base|<link/i);
    expect(clean).not.toMatch(/\son[a-z]+\s*=/i);
    expect(clean).not.toMatch(/javascript:|vbscript:|data:text/i);
    expect(clean).not.toMatch(/style=/i);
    // Images that were never stored are dropped rather than fetched from the web.
    expect(clean).not.toContain('riverside-post.example/lanes.jpg');
  });

  it('points stored images at the library and keeps safe links', () => {
    const clean = sanitizeArticleHtml(
      `<p><img src="${asset}" srcset="https://cdn.example/x.png 2x" alt="Stored"> <a href="https://example.com/more" target="_blank">more</a> <a href="#notes">notes</a></p>`,
      options,
    );
    expect(clean).toContain(`src="http://127.0.0.1:1/files/abc123def/${asset}"`);
    expect(clean).not.toContain('srcset');
    expect(clean).toContain('href="https://example.com/more"');
    expect(clean).toContain('rel="noopener noreferrer"');
    expect(clean).not.toContain('target=');
    expect(clean).toContain('href="#notes"');
  });

  it('gives the article frame a CSP that admits only the stored images, its own styles and the app’s fonts', () => {
    const doc = articleDocument('<p>Hello</p>', { ...options, lang: '"><script>' });
    const origin = new URL(document.baseURI).origin;
    expect(doc).toContain(
      `content="default-src 'none'; img-src http://127.0.0.1:1 data:; style-src 'unsafe-inline'; font-src ${origin}; form-action 'none'"`,
    );
    // The bundled reading fonts, from the app's own origin: nothing from outside.
    expect(doc).toContain('font-family: "Annals Serif"');
    for (const url of doc.match(/url\("[^"]+"\)/g) ?? []) expect(url.startsWith(`url("${origin}/`)).toBe(true);
    expect(doc).toContain('<html lang="und" data-theme="light">');
    expect(doc).not.toContain('<script>');
  });

  it('dresses the article in the app’s own theme tokens, with no colour of its own', async () => {
    const tokens = await readFile(join(rendererDir, 'styles', 'tokens.css'), 'utf8');
    for (const theme of ['light', 'dark', 'sepia'] as const) {
      const doc = articleDocument('<p>Hello</p>', { ...options, theme });
      expect(doc).toContain(`data-theme="${theme}"`);
      expect(doc).toContain(tokens);
      const ownStyles = doc.replace(tokens, '').replace(/<main>.*<\/main>/s, '');
      expect(ownStyles).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/i);
      expect(ownStyles).toContain('background: var(--bg)');
    }
  });
});

describe('notes', () => {
  it('render Markdown as formatting only: HTML in a note is shown as text and never runs', () => {
    const html = renderNote(
      '**Key** point, see [the report](https://example.org/r)\n<img src=x onerror=alert(1)> [x](javascript:alert(1))',
    );
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelector('strong')?.textContent).toBe('Key');
    expect(box.querySelector('a[href="https://example.org/r"]')).not.toBeNull();
    expect(box.querySelectorAll('img, script')).toHaveLength(0);
    expect([...box.querySelectorAll('a')].some((a) => /javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(false);
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the bookmarklet', () => {
  /** Runs the bookmarklet as a click on the bookmark would, in a page whose globals the test provides. */
  function runBookmarklet(code: string, page: Record<string, unknown>) {
    new Function('window', decodeURIComponent(code.slice('javascript:'.length)))(page);
  }

  it('holds no token: it opens Annals’ save window and hands the page to it, addressed to Annals only', () => {
    const code = bookmarkletCode('http://127.0.0.1:47813');
    expect(code.startsWith('javascript:')).toBe(true);
    const saveWindow = { postMessage: vi.fn() };
    const listeners: ((event: unknown) => void)[] = [];
    const page = {
      open: vi.fn(() => saveWindow),
      alert: vi.fn(),
      addEventListener: (_type: string, listener: (event: unknown) => void) => listeners.push(listener),
      removeEventListener: vi.fn(),
      location: { href: 'https://news.example/story' },
      document: { documentElement: { outerHTML: '<html><body><p>Story</p></body></html>' } },
    };
    runBookmarklet(code, page);
    expect(page.open).toHaveBeenCalledWith('http://127.0.0.1:47813/save', 'annals-save', 'popup,width=480,height=300');
    expect(decodeURIComponent(code)).not.toMatch(/[^.]\b(open|addEventListener|alert)\(/);

    // Messages from anyone but Annals' window, or not saying it is ready, get nothing.
    for (const listener of listeners) {
      listener({ source: saveWindow, origin: 'https://news.example', data: { type: 'annals:ready' } });
      listener({ source: {}, origin: 'http://127.0.0.1:47813', data: { type: 'annals:ready' } });
      listener({ source: saveWindow, origin: 'http://127.0.0.1:47813', data: { type: 'something else' } });
    }
    expect(saveWindow.postMessage).not.toHaveBeenCalled();
    for (const listener of listeners)
      listener({ source: saveWindow, origin: 'http://127.0.0.1:47813', data: { type: 'annals:ready' } });
    expect(saveWindow.postMessage).toHaveBeenCalledWith(
      { type: 'annals:page', url: 'https://news.example/story', html: '<html><body><p>Story</p></body></html>' },
      'http://127.0.0.1:47813',
    );
    expect(page.alert).not.toHaveBeenCalled();
  });

  it('says what to do when the browser blocks its window', () => {
    const page = {
      open: vi.fn(() => null),
      alert: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      location: { href: 'https://news.example/story' },
      document: { documentElement: { outerHTML: '<html></html>' } },
    };
    runBookmarklet(bookmarkletCode('http://127.0.0.1:47813'), page);
    expect(page.alert).toHaveBeenCalledWith(expect.stringContaining('allow pop-ups'));
    expect(page.addEventListener).not.toHaveBeenCalled();
  });
});

describe('the save window', () => {
  it('takes a page’s address only when it is of the site that sent it', () => {
    expect(addressFromSender('https://news.example/story?id=1', 'https://news.example')).toEqual({
      ok: true,
      url: 'https://news.example/story?id=1',
    });
    expect(addressFromSender('https://bank.example/account', 'https://news.example')).toEqual({ ok: false });
    expect(addressFromSender('http://127.0.0.1:8080/admin', 'https://news.example')).toEqual({ ok: false });
    expect(addressFromSender('javascript:alert(1)', 'https://news.example')).toEqual({ ok: false });
    // A file or sandboxed page has no origin of its own: it is saved without an address.
    expect(addressFromSender('file:///home/reader/page.html', 'null')).toEqual({ ok: true });
  });

  it('reads only a page message, with text', () => {
    expect(readPageMessage({ type: 'annals:page', url: 'https://a.example/', html: '<p>x</p>' })).toEqual({
      url: 'https://a.example/',
      html: '<p>x</p>',
    });
    for (const data of [null, 'annals:page', { type: 'annals:ready' }, { type: 'annals:page', url: 1, html: 'x' }]) {
      expect(readPageMessage(data)).toBeNull();
    }
    expect(readPageMessage({ type: 'annals:page', url: 'https://a.example/', html: '' })).toBeNull();
  });
});

describe('browser mode', () => {
  it('takes the token out of the address bar and keeps it for reloads of this tab', () => {
    window.history.replaceState(null, '', '/?token=secret-1#x');
    const transport = detectTransport(window);
    expect(transport.kind).toBe('http');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#x');
    expect(window.sessionStorage.getItem('annals.token')).toBe('secret-1');
    expect(transport.assetUrl('abc123def', asset)).toBe(`${window.location.origin}/files/abc123def/${asset}`);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it('tells j from J and Ctrl+K from k, and accepts ⌘ for Mod', () => {
    expect(matchesShortcut(key('j'), 'j')).toBe(true);
    expect(matchesShortcut(key('J'), 'j')).toBe(false);
    expect(matchesShortcut(key('k'), 'Mod+k')).toBe(false);
    expect(matchesShortcut(key('k', { ctrlKey: true }), 'Mod+k')).toBe(true);
    expect(matchesShortcut(key('K', { metaKey: true }), 'Mod+k')).toBe(true);
    expect(matchesShortcut(key('j', { ctrlKey: true }), 'j')).toBe(false);
    expect(matchesShortcut(key('?'), '?')).toBe(true);
  });
});

describe('search filter chips', () => {
  it('name each filter of a query and take it out again, quoted or not, negated or not', async () => {
    const { filterChips } = await import('../../../renderer/src/lib/query-chips.ts');
    const query = 'flood tag:"long reads" -is:archived site:example.org after:2025-05 -ferry has:highlights';
    const chips = filterChips(query);
    expect(chips.map((chip) => chip.label)).toEqual([
      'tag:long reads',
      'site:example.org',
      'has:highlights',
      'after 2025-05-01',
      'not is:archived',
      'not “ferry”',
    ]);
    expect(chips.map((chip) => chip.without)).toEqual([
      'flood -is:archived site:example.org after:2025-05 -ferry has:highlights',
      'flood tag:"long reads" -is:archived after:2025-05 -ferry has:highlights',
      'flood tag:"long reads" -is:archived site:example.org after:2025-05 -ferry',
      'flood tag:"long reads" -is:archived site:example.org -ferry has:highlights',
      'flood tag:"long reads" site:example.org after:2025-05 -ferry has:highlights',
      'flood tag:"long reads" -is:archived site:example.org after:2025-05 has:highlights',
    ]);
    expect(filterChips('flood "unclosed')).toEqual([]);
  });
});
