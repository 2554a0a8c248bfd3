// A page or text file dropped on the window travels to the core as its bytes (base64), over the real HTTP server,
// and the core reads it by the page's own charset: the renderer decodes nothing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, MAX_PAGE_FILE_BYTES } from '../../../electron/contract/index.ts';
import type { RunningServer } from '../../../electron/server/index.ts';
import { call, openTestServer, send, type TestServer } from './support.ts';

let opened: TestServer;
let server: RunningServer;

beforeEach(async () => {
  opened = await openTestServer();
  ({ server } = opened);
});
afterEach(() => opened.close());

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url));

interface Saved {
  article: { id: string; title: string; byline: string | null };
}

async function saveFile(fileName: string, bytes: Buffer): Promise<{ saved: Saved; text: string; html: string }> {
  const reply = await call(server, 'article.saveHtml', { base64: bytes.toString('base64'), fileName });
  const envelope = JSON.parse(reply.body);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  const saved = envelope.value as Saved;
  const content = JSON.parse((await call(server, 'article.content', { id: saved.article.id })).body).value;
  return { saved, text: content.text, html: content.html };
}

describe('a page file dropped as bytes', () => {
  it('reads a windows-1252 page with its curly quotes, accents and euro signs', async () => {
    const { saved, text } = await saveFile('lantern-cafe.html', fixture('cp1252-meta.html'));
    expect(saved.article.title).toBe('Café owner’s “pay what you can” menu turns a profit');
    expect(saved.article.byline).toBe('Renée Lefèvre');
    expect(text).toContain('a profit of €31,400 on sales of just over €400,000');
    expect(text).not.toMatch(/[\ufffd\u0080-\u009f]/);
  });

  it('reads a Shift_JIS page that declares its encoding only in its XML declaration', async () => {
    const { saved, text } = await saveFile('aoishi.html', fixture('shift-jis-xhtml.html'));
    expect(saved.article.title).toBe('青石港の北航路、来月に再開へ');
    expect(text).toContain('漁業者からは「ようやく朝の水揚げに間に合う」と喜びの声が上がっている。');
    expect(text).not.toMatch(/\ufffd/);
  });

  it('extracts the same page without saving it, as `annals extract` and the page methods do', async () => {
    const reply = await call(server, 'page.extract', {
      base64: fixture('shift-jis-xhtml.html').toString('base64'),
      fileName: 'aoishi.html',
    });
    expect(JSON.parse(reply.body).value).toMatchObject({ title: '青石港の北航路、来月に再開へ', lang: 'ja' });
  });

  it('refuses a file over 10 MB, saying what is wrong, and saves nothing', async () => {
    const justOver = Buffer.alloc(MAX_PAGE_FILE_BYTES + 1, 0x61).toString('base64');
    const reply = await call(server, 'article.saveHtml', { base64: justOver, fileName: 'Downloads/huge.html' });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'TOO_LARGE',
      message: 'huge.html is larger than 10 MB, the most Annals reads as one article.',
    });
    const farOver = Buffer.alloc(MAX_PAGE_FILE_BYTES + 1024, 0x61).toString('base64');
    const refused = await call(server, 'article.saveHtml', { base64: farOver, fileName: 'huge.html' });
    expect(JSON.parse(refused.body).error.message).toBe(
      'Invalid input for article.saveHtml: base64: that file is larger than 10 MB, the most Annals reads as one article',
    );
    // A request body past what any page may be is refused before it is read.
    const declared = await send(server, '/api/article.saveHtml', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-annals-token': server.token,
        'content-length': String(api['article.saveHtml'].maxBodyBytes + 1),
      },
      keepOpen: true,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toBe(
      'That page is larger than 10 MB, the most Annals reads as one article.',
    );
    const list = JSON.parse((await call(server, 'library.list', { view: 'all' })).body).value;
    expect(list.total).toBe(0);
  });

  it('refuses an empty file and bytes that are not base64', async () => {
    const empty = await call(server, 'article.saveHtml', { base64: '', fileName: 'empty.html' });
    expect(JSON.parse(empty.body).error.message).toMatch(/the file is empty/);
    const garbled = await call(server, 'article.saveHtml', { base64: '<p>not base64</p>', fileName: 'a.html' });
    expect(JSON.parse(garbled.body).error.message).toMatch(/the file is not in base64/);
    const both = await call(server, 'article.saveHtml', { base64: 'PHA+', html: '<p>x</p>' });
    expect(JSON.parse(both.body).error.message).toMatch(/give the page as html or as base64/);
  });
});
