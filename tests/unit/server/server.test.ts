import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../../electron/contract/index.ts';
import type { Core } from '../../../electron/core/index.ts';
import type { RunningServer } from '../../../electron/server/index.ts';
import { call, openEvents, openTestServer, send, type TestServer } from './support.ts';

let opened: TestServer;
let core: Core;
let server: RunningServer;

beforeEach(async () => {
  opened = await openTestServer();
  ({ core, server } = opened);
});
afterEach(() => opened.close());

const page =
  '<html><head><title>Local news</title></head><body><article><h1>Local news</h1><p>' +
  'The council voted on Tuesday to keep the library open late every weekday through the summer. '.repeat(8) +
  '</p></article></body></html>';

describe('the loopback server', () => {
  it('answers 401 to any request without the token, before anything else', async () => {
    expect((await send(server, '/')).status).toBe(401);
    expect(
      (
        await send(server, '/api/app.info', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    expect((await call(server, 'app.info', {}, 'wrong-token')).status).toBe(401);
    // Even with a foreign Host header, the missing token is what is reported.
    expect((await send(server, '/', { headers: { host: 'evil.example' } })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await send(server, `/?token=${server.token}`, { headers: { host: 'evil.example' } });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toMatch(/127\.0\.0\.1 or localhost/);
  });

  it('serves the app with its token, a strict CSP and a cookie for its own files', async () => {
    const reply = await send(server, `/?token=${server.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Annals</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('answers API calls with envelopes', async () => {
    const reply = await call(server, 'app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { articleCount: 0, shell: 'test' } });
  });

  it('refuses a body past its method’s limit in the contract, before reading it', async () => {
    // Declared larger than app.info takes, and never sent: the answer comes without waiting for it.
    const declared = await send(server, '/api/app.info', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-annals-token': server.token,
        'content-length': String(api['app.info'].maxBodyBytes + 1),
      },
      keepOpen: true,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toEqual({
      code: 'TOO_LARGE',
      message: `The request is larger than ${api['app.info'].maxBodyBytes} bytes, the most app.info takes.`,
    });
    // Sent in chunks with no length given: cut off once it passes the limit.
    const chunked = await send(server, '/api/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-annals-token': server.token, 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ padding: 'x'.repeat(api['app.info'].maxBodyBytes) }),
    });
    expect(chunked.status).toBe(413);
  });

  it('reads a page to save past the usual limit, as the contract allows saveHtml', async () => {
    const html = 'x'.repeat(2 * api['app.info'].maxBodyBytes);
    expect(api['article.saveHtml'].maxBodyBytes).toBeGreaterThan(html.length);
    // The body was read and reached the dispatcher, which refuses the bad address.
    const reply = await call(server, 'article.saveHtml', { html, url: 42 });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/^Invalid input for article.saveHtml: url/);
  });

  it('takes export files to import beyond the usual body size, up to 100 MB, and says so past it', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `Article ${i},https://news.example/${i},1600000000,,unread`);
    const text = `title,url,time_added,tags,status\n${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(64 * 1024);
    const preview = await call(server, 'import.preview', { fileName: 'pocket.csv', text });
    expect(preview.status).toBe(200);
    expect(JSON.parse(preview.body).value).toMatchObject({ format: 'pocket', articles: 2_000 });
    const huge = await send(server, '/api/import.preview', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-annals-token': server.token, 'content-length': '200000000' },
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toBe(
      'That file is larger than 100 MB, the most Annals imports at once.',
    );
  });

  it('requires JSON for writes', async () => {
    const reply = await send(server, '/api/article.saveHtml', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-annals-token': server.token },
      body: 'html=<p>hi</p>',
    });
    expect(reply.status).toBe(415);
  });

  it('answers invalid input with a BAD_INPUT envelope and changes nothing', async () => {
    await call(server, 'article.saveHtml', { html: page, url: 'https://local.example/news' });
    const before = JSON.parse((await call(server, 'library.list', { view: 'all' })).body).value;
    for (const [method, input] of [
      ['article.update', { ids: ['../../etc/passwd'], patch: { state: 'archived' } }],
      ['article.update', { ids: [before.articles[0].id], patch: { state: 'shredded' } }],
      ['article.saveHtml', { html: '' }],
      ['article.saveUrl', { url: 42 }],
      ['settings.set', { reader: { fontSize: 400 } }],
      ['no.such.method', {}],
    ] as const) {
      const reply = await call(server, method, input);
      expect(reply.status, method).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    const after = JSON.parse((await call(server, 'library.list', { view: 'all' })).body).value;
    expect(after).toEqual(before);
    expect(JSON.parse((await call(server, 'settings.get', {})).body).value.reader.fontSize).toBe(19);
  });

  it('answers a malformed method name with 400 and says so, never a server failure', async () => {
    for (const name of ['%E0%A4%A', '%', 'article.get%00', '..%2F..%2Fsettings.get', 'x'.repeat(5_000)]) {
      const reply = await call(server, name, {});
      expect(reply.status, name).toBe(400);
      expect(JSON.parse(reply.body), name).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('lets the save token add articles and nothing else: never read, replace or delete one', async () => {
    const saved = await call(
      server,
      'article.saveFromBrowser',
      { html: page, url: 'https://local.example/news' },
      server.saveToken,
    );
    expect(saved.status).toBe(200);
    const answer = JSON.parse(saved.body);
    // The new article's id and title, nothing more.
    expect(answer).toEqual({ ok: true, value: { id: expect.any(String), title: 'Local news' } });
    const { id } = answer.value as { id: string };

    const changed = page.replace('keep the library open late', 'close the library for good');
    const again = await call(
      server,
      'article.saveFromBrowser',
      { html: changed, url: 'https://local.example/news' },
      server.saveToken,
    );
    expect(JSON.parse(again.body)).toEqual({ ok: true, value: { id, title: 'Local news' } });
    const stored = JSON.parse((await call(server, 'article.content', { id })).body).value.text as string;
    expect(stored).toContain('keep the library open late');
    expect(stored).not.toContain('close the library for good');

    for (const [method, input] of [
      ['article.saveHtml', { html: changed, url: 'https://local.example/news' }],
      ['article.get', { id }],
      ['article.content', { id }],
      ['library.list', {}],
      ['article.delete', { ids: [id] }],
      ['app.info', {}],
      ['app.renewSaveToken', {}],
    ] as const) {
      expect((await call(server, method, input, server.saveToken)).status, method).toBe(403);
    }
    expect((await send(server, `/?token=${server.saveToken}`)).status).toBe(403);
    expect(JSON.parse((await call(server, 'library.list', { view: 'all' })).body).value.total).toBe(1);
  });

  it('answers no page of another site: no CORS headers, for the save route or any other', async () => {
    for (const path of ['/api/article.saveFromBrowser', '/api/article.saveHtml', '/api/library.list']) {
      const preflight = await send(server, path, {
        method: 'OPTIONS',
        headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers['access-control-allow-origin'], path).toBeUndefined();
      expect(preflight.headers['access-control-allow-private-network'], path).toBeUndefined();
    }
    const posted = await send(server, '/api/article.saveFromBrowser', {
      method: 'POST',
      headers: {
        origin: 'https://news.example',
        'content-type': 'application/json',
        'x-annals-token': server.saveToken,
      },
      body: JSON.stringify({ html: page, url: 'https://news.example/story' }),
    });
    expect(posted.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('connects a browser with a cookie no script can read, and serves it the save page', async () => {
    const { port } = new URL(server.origin);
    const unconnected = await send(server, '/save');
    expect(unconnected.status).toBe(401);
    expect(unconnected.headers['content-type']).toMatch(/^text\/html/);
    expect(unconnected.body).toContain('Settings');
    expect(unconnected.body).not.toContain('<script');

    expect((await send(server, '/save/connect?token=wrong')).status).toBe(401);
    const connected = await send(server, `/save/connect?token=${server.saveToken}`);
    expect(connected.status).toBe(200);
    const cookie = String(connected.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^annals_save_${port}=${server.saveToken};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const jar = cookie.split(';')[0]!;

    const savePage = await send(server, '/save', { headers: { cookie: jar } });
    expect(savePage.status).toBe(200);
    expect(savePage.body).toContain('<title>Save to Annals</title>');
    expect(savePage.body).not.toContain(server.saveToken);
    expect(savePage.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const saved = await send(server, '/api/article.saveFromBrowser', {
      method: 'POST',
      headers: { cookie: jar, 'content-type': 'application/json' },
      body: JSON.stringify({ html: page, url: 'https://local.example/news' }),
    });
    expect(saved.status).toBe(200);
    // The cookie opens the save page and the save route, nothing else.
    expect((await send(server, '/', { headers: { cookie: jar } })).status).toBe(403);
    expect(
      (
        await send(server, '/api/library.list', {
          method: 'POST',
          headers: { cookie: jar, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
  });

  it('renews the save token from Settings: browsers connected with the old one must connect again', async () => {
    const old = server.saveToken;
    const renewed = JSON.parse((await call(server, 'app.renewSaveToken', {})).body);
    expect(renewed).toEqual({ ok: true, value: { origin: server.origin, token: expect.any(String) } });
    expect(renewed.value.token).not.toBe(old);
    expect(server.saveToken).toBe(renewed.value.token);
    expect((await call(server, 'article.saveFromBrowser', { html: page }, old)).status).toBe(401);
    expect((await call(server, 'article.saveFromBrowser', { html: page }, renewed.value.token)).status).toBe(200);
    const info = JSON.parse((await call(server, 'app.info', {})).body).value;
    expect(info.server).toEqual({ origin: server.origin, token: renewed.value.token });
  });

  it('streams library changes as server-sent events', async () => {
    const events = await openEvents(server);
    const saved = await call(server, 'article.saveHtml', { html: page, url: 'https://local.example/news' });
    const id = JSON.parse(saved.body).value.article.id;
    expect(
      await events.next('libraryChanged', (data) => (data as { ids?: string[] }).ids?.includes(id) === true),
    ).toEqual({
      ids: [id],
    });
    events.close();
  });

  it('serves stored files only by their exact names', async () => {
    const climbed = await send(server, `/files/abcdefgh/../../library/library.json?token=${server.token}`);
    expect(climbed.body).not.toContain('"articles"');
    expect((await send(server, `/files/abcdefgh/assets/${'a'.repeat(64)}.png?token=${server.token}`)).status).toBe(404);
  });

  it('serves a feed’s stored site icon by its name, to the token holder only', async () => {
    const icons = join(core.library.paths.root, 'feeds', 'icons');
    await mkdir(icons, { recursive: true });
    await writeFile(join(icons, 'k3x9q2m7-0123456789ab.png'), 'png bytes');
    await writeFile(join(icons, 'notes.txt'), 'not an icon');
    const icon = await send(server, `/files/feed-icons/k3x9q2m7-0123456789ab.png?token=${server.token}`);
    expect(icon).toMatchObject({ status: 200, body: 'png bytes' });
    expect(icon.headers['content-type']).toBe('image/png');
    expect((await send(server, '/files/feed-icons/k3x9q2m7-0123456789ab.png')).status).toBe(401);
    expect((await send(server, `/files/feed-icons/notes.txt?token=${server.token}`)).status).toBe(404);
    expect((await send(server, `/files/feed-icons/..%2Ffeeds.json?token=${server.token}`)).status).toBe(404);
  });
});
