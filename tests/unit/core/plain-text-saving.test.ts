// Plain text saved as an article: an address that answers text/plain (a notice, an RFC, a list post) or a .txt
// file dropped on the window. The fixture server on 127.0.0.1 stands for the web; the address is typed.
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index.ts';
import { type LocalServer, startServer } from '../extract/support.ts';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';
import { openTestServer, type TestServer } from '../server/support.ts';

const NOTICE = [
  'Harbour notice 14: north channel reopens',
  '',
  'The harbour office will reopen the north channel to all vessels on',
  'Monday 2 June at dawn, after two winters of dredging. Fishing boats',
  'leave first; cargo traffic follows from ten in the morning.',
  '',
  'Skippers who saw the test page should know it said <script>alert("x")</script>',
  'and <b>bold</b> claims & more: none of that is markup.',
  '',
  '-- The Harbour Office',
].join('\n');

const LONG_FIRST_LINE = `${'The council met on Tuesday evening and, after a long debate about the budget, voted '.repeat(3)}to keep the library open.\n\nA second paragraph follows.`;

let site: LocalServer;
beforeAll(async () => {
  site = await startServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/notices/14.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(NOTICE);
    } else if (req.url === '/minutes/council-minutes.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(LONG_FIRST_LINE);
    } else if (req.url === '/latin1') {
      // "Café Zéphyr" in windows-1252, declared only by the header.
      const bytes = Buffer.from('Caf\xe9 Z\xe9phyr opens \x93pay what you can\x94 nights\n\nFrom Monday.', 'latin1');
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' }).end(bytes);
    } else res.writeHead(404).end();
  });
});
afterAll(() => site.close());

// A core on a fresh library, as the server's tests open it (the server itself is not asked here).
let opened: TestServer;
let core: Core;
beforeEach(async () => {
  opened = await openTestServer();
  ({ core } = opened);
});
afterEach(() => opened.close());

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

interface Saved {
  article: { id: string; title: string; siteName: string | null; wordCount: number };
}

async function contentOf(id: string) {
  return value<{ html: string; text: string }>('article.content', { id });
}

describe('a plain text saved as an article', () => {
  it('saves an address that answers text/plain, titled by its short first line, in paragraphs', async () => {
    const { article } = await value<Saved>('article.saveUrl', {
      url: `${site.origin}/notices/14.txt`,
      givenBy: 'reader',
    });
    expect(article.title).toBe('Harbour notice 14: north channel reopens');
    const { text, html } = await contentOf(article.id);
    expect(text.split('\n\n')).toEqual([
      // Lines wrapped to a width become one paragraph; the title is not repeated in the body.
      'The harbour office will reopen the north channel to all vessels on Monday 2 June at dawn, after two winters of dredging. Fishing boats leave first; cargo traffic follows from ten in the morning.',
      'Skippers who saw the test page should know it said <script>alert("x")</script> and <b>bold</b> claims & more: none of that is markup.',
      '-- The Harbour Office',
    ]);
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; claims &amp; more');
    expect(html).not.toMatch(/<script|<b>/i);
  });

  it('names a text whose first line is a long sentence after its address, and reads a declared legacy charset', async () => {
    const minutes = await value<Saved>('article.saveUrl', {
      url: `${site.origin}/minutes/council-minutes.txt`,
      givenBy: 'reader',
    });
    expect(minutes.article.title).toBe('council minutes');
    expect((await contentOf(minutes.article.id)).text).toMatch(/^The council met on Tuesday evening/);

    const cafe = await value<Saved>('article.saveUrl', { url: `${site.origin}/latin1`, givenBy: 'reader' });
    expect(cafe.article.title).toBe('Café Zéphyr opens “pay what you can” nights');
  });

  it('saves a dropped .txt file by its first line, showing markup in it as text', async () => {
    const base64 = Buffer.from(NOTICE).toString('base64');
    const { article } = await value<Saved>('article.saveHtml', { base64, fileName: 'harbour-notice.txt' });
    expect(article.title).toBe('Harbour notice 14: north channel reopens');
    const { text, html } = await contentOf(article.id);
    expect(text).toContain('it said <script>alert("x")</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('titles a .txt file without a short first line by its file name, and refuses an empty one', async () => {
    const base64 = Buffer.from(LONG_FIRST_LINE).toString('base64');
    const { article } = await value<Saved>('article.saveHtml', { base64, fileName: 'council_minutes-june.txt' });
    expect(article.title).toBe('council minutes june');
    const empty = await core.dispatch('article.saveHtml', {
      base64: Buffer.from('\n\n  \n').toString('base64'),
      fileName: 'blank.txt',
    });
    expect(empty).toMatchObject({ ok: false, error: { message: 'That text file is empty' } });
  });

  it('reads a .txt file given to `annals extract` as the same article', async () => {
    const folder = await tempDir();
    try {
      const file = join(folder.dir, 'harbour-notice.txt');
      await writeFile(file, NOTICE);
      const { code, stdout } = await annalsIn(['extract', file, '--json'], {});
      expect(code).toBe(0);
      const page = JSON.parse(stdout);
      expect(page.title).toBe('Harbour notice 14: north channel reopens');
      expect(page.html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    } finally {
      await folder.cleanup();
    }
  });
});
