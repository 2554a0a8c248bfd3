import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { timeoutMessage, tooLargeMessage } from '../../../electron/core/extract/http-get.ts';
import { fetchPage } from '../../../electron/core/extract/index.ts';
import { fixtureBytes, type LocalServer, rejection, startServer } from './support.ts';

const PAGE = '<!DOCTYPE html><html><head><title>ok</title></head><body><p>Hello</p></body></html>';
const MB = 1024 * 1024;

let server: LocalServer;
let lastHeaders: IncomingMessage['headers'] = {};
let bombBytesSent = 0;

function send(res: ServerResponse, status: number, type: string | null, body: string | Uint8Array = ''): void {
  res.writeHead(status, type ? { 'content-type': type } : {});
  res.end(body);
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location });
  res.end();
}

/** An endless gzip stream of spaces: a few KB on the wire for every MB it inflates to. */
function gzipBomb(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
  const gzip = createGzip();
  const chunk = Buffer.alloc(MB, 0x20);
  let open = true;
  res.on('close', () => {
    open = false;
    gzip.destroy();
  });
  gzip.on('data', (compressed: Buffer) => {
    bombBytesSent += compressed.length;
  });
  gzip.pipe(res);
  const pump = () => {
    while (open && gzip.write(chunk)) {
      /* keep writing until the stream asks us to wait */
    }
    if (open) gzip.once('drain', pump);
  };
  pump();
}

let resetsLeft = 0;
/** Called when a request reaches /hang, so a test can act once the download is under way. */
let onHang: () => void = () => {};

const routes: Record<string, (res: ServerResponse) => void> = {
  // Closes the connection without a word (as a server does with a kept-alive socket it just timed out).
  '/reset-once': (res) => {
    if (resetsLeft-- > 0) res.socket?.destroy();
    else send(res, 200, 'text/html; charset=utf-8', PAGE);
  },
  '/page': (res) => send(res, 200, 'text/html; charset=utf-8', PAGE),
  '/loop': (res) => redirect(res, '/loop'),
  '/ping': (res) => redirect(res, '/pong'),
  '/pong': (res) => redirect(res, '/ping'),
  '/to-ftp': (res) => redirect(res, 'ftp://files.example/report.pdf'),
  '/no-location': (res) => send(res, 302, null),
  '/missing': (res) => send(res, 404, 'text/html', '<h1>Not here</h1>'),
  '/broken': (res) => send(res, 500, 'text/html', '<h1>Oops</h1>'),
  '/report.pdf': (res) => send(res, 200, 'application/pdf', '%PDF-1.7\n...'),
  '/photo': (res) => send(res, 200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])),
  '/feed': (res) => send(res, 200, 'application/rss+xml', '<rss></rss>'),
  '/mislabelled-pdf': (res) => send(res, 200, 'text/html', '%PDF-1.4 binary'),
  '/untyped-html': (res) => send(res, 200, null, PAGE),
  '/untyped-binary': (res) => send(res, 200, null, Buffer.from([0x00, 0x01, 0x02, 0x03])),
  '/gzip-bomb': gzipBomb,
  '/two-megabytes': (res) => send(res, 200, 'text/html', `<p>${'x'.repeat(2 * MB)}</p>`),
  '/hang': () => onHang(), // never answers
  '/stall-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<!DOCTYPE html><p>first bytes…'); // ...and nothing more
  },
  '/cp1252-header': (res) => send(res, 200, 'text/html; charset=windows-1252', fixtureBytes('cp1252-header.html')),
  '/cp1252-meta': (res) => send(res, 200, 'text/html', fixtureBytes('cp1252-meta.html')),
  '/latin1-label': (res) => send(res, 200, 'text/html; charset=ISO-8859-1', fixtureBytes('cp1252-header.html')),
  '/header-beats-meta': (res) =>
    send(res, 200, 'text/html; charset=utf-8', '<meta charset="windows-1252"><p>“Déjà vu” — €5</p>'),
  '/bom-beats-header': (res) =>
    send(
      res,
      200,
      'text/html; charset=windows-1252',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>“Déjà vu”</p>')]),
    ),
  '/no-charset-anywhere': (res) => send(res, 200, 'text/html', '<p>Ünïcödé “by default”</p>'),
};

function route(req: IncomingMessage, res: ServerResponse): void {
  lastHeaders = req.headers;
  const path = req.url ?? '/';
  const hops = /^\/hops\/(\d+)$/.exec(path);
  if (hops) {
    const left = Number(hops[1]);
    if (left === 0) send(res, 200, 'text/html; charset=utf-8', PAGE);
    else redirect(res, `/hops/${left - 1}`, left % 2 === 0 ? 301 : 307);
    return;
  }
  const handler = routes[path];
  if (handler) handler(res);
  else send(res, 404, 'text/plain', 'no route');
}

beforeAll(async () => {
  server = await startServer(route);
});
afterAll(async () => {
  await server.close();
});

describe('fetchPage', () => {
  it('downloads a page and reports its content type, sending a normal User-Agent and an HTML Accept header', async () => {
    const page = await fetchPage(`${server.origin}/page`);
    expect(page).toEqual({ url: `${server.origin}/page`, html: PAGE, contentType: 'text/html; charset=utf-8' });
    expect(lastHeaders['user-agent']).toBe('Mozilla/5.0 (compatible; Annals/0.1; +offline reader)');
    expect(lastHeaders.accept).toBe('text/html,application/xhtml+xml');
  });

  it('asks once more when the connection is cut before any answer, and says so when it is cut again', async () => {
    resetsLeft = 1;
    expect((await fetchPage(`${server.origin}/reset-once`)).html).toBe(PAGE);
    resetsLeft = 2;
    const port = new URL(server.origin).port;
    expect(await rejection(fetchPage(`${server.origin}/reset-once`))).toEqual({
      code: 'FETCH_FAILED',
      message: `The connection to 127.0.0.1:${port} was cut off`,
    });
  });

  it('follows up to five redirects and reports the final address', async () => {
    const page = await fetchPage(`${server.origin}/hops/5`);
    expect(page.url).toBe(`${server.origin}/hops/0`);
    expect(page.html).toBe(PAGE);
  });

  it('gives up after five redirects', async () => {
    expect(await rejection(fetchPage(`${server.origin}/hops/6`))).toEqual({
      code: 'FETCH_FAILED',
      message: 'The page redirected more than 5 times',
    });
  });

  it('recognises redirect loops, to itself or through another page', async () => {
    const loop = { code: 'FETCH_FAILED', message: 'The page redirects in a loop' };
    expect(await rejection(fetchPage(`${server.origin}/loop`))).toEqual(loop);
    expect(await rejection(fetchPage(`${server.origin}/ping`))).toEqual(loop);
  });

  it('refuses a redirect to a non-web address and a redirect with no destination', async () => {
    expect(await rejection(fetchPage(`${server.origin}/to-ftp`))).toEqual({
      code: 'FETCH_FAILED',
      message: 'The page redirected to a ftp: address, not http or https',
    });
    expect(await rejection(fetchPage(`${server.origin}/no-location`))).toMatchObject({ code: 'FETCH_FAILED' });
  });

  it('explains 404 and 500 answers', async () => {
    expect(await rejection(fetchPage(`${server.origin}/missing`))).toEqual({
      code: 'FETCH_FAILED',
      message: 'The server answered 404 (Not Found)',
    });
    expect(await rejection(fetchPage(`${server.origin}/broken`))).toEqual({
      code: 'FETCH_FAILED',
      message: 'The server answered 500 (Internal Server Error)',
    });
  });

  it('says plainly when the address is a PDF, an image or a feed rather than a web page', async () => {
    expect(await rejection(fetchPage(`${server.origin}/report.pdf`))).toEqual({
      code: 'UNSUPPORTED_CONTENT',
      message: 'That address is a PDF, not a web page',
    });
    expect(await rejection(fetchPage(`${server.origin}/photo`))).toEqual({
      code: 'UNSUPPORTED_CONTENT',
      message: 'That address is an image, not a web page',
    });
    expect((await rejection(fetchPage(`${server.origin}/feed`))).message).toBe(
      'That address is a news feed, not a web page',
    );
  });

  it('looks at the bytes when the type is missing or wrong', async () => {
    expect((await rejection(fetchPage(`${server.origin}/mislabelled-pdf`))).message).toBe(
      'That address is a PDF, not a web page',
    );
    expect((await fetchPage(`${server.origin}/untyped-html`)).html).toBe(PAGE);
    expect((await rejection(fetchPage(`${server.origin}/untyped-binary`))).code).toBe('UNSUPPORTED_CONTENT');
  });

  it('refuses addresses that are not http or https, or that carry credentials', async () => {
    const onlyWeb = { code: 'BAD_INPUT', message: 'Only http and https addresses can be saved' };
    expect(await rejection(fetchPage('file:///etc/passwd'))).toEqual(onlyWeb);
    expect(await rejection(fetchPage('javascript:alert(1)'))).toEqual(onlyWeb);
    expect(await rejection(fetchPage('ftp://files.example/a.html'))).toEqual(onlyWeb);
    expect((await rejection(fetchPage('not a url'))).code).toBe('BAD_INPUT');
    expect((await rejection(fetchPage(`http://user:pw@127.0.0.1:1/`))).code).toBe('BAD_INPUT');
  });

  it('stops a gzip bomb once the decompressed size passes the cap, long before it ends', async () => {
    bombBytesSent = 0;
    // The stream never ends: only stopping at the cap lets this answer at all.
    expect(await rejection(fetchPage(`${server.origin}/gzip-bomb`))).toEqual({
      code: 'TOO_LARGE',
      message: 'That page is larger than 10 MB',
    });
    // What crossed the wire was tiny compared with the 10 MB it inflated to.
    expect(bombBytesSent).toBeLessThan(MB);
  });

  it('applies a smaller byte cap when asked', async () => {
    expect(await rejection(fetchPage(`${server.origin}/two-megabytes`, { maxBytes: MB }))).toEqual({
      code: 'TOO_LARGE',
      message: 'That page is larger than 1 MB',
    });
  });

  it('times out on a server that never answers, and on one that stops mid-page', async () => {
    // Neither server ever finishes: only the time limit lets these answer at all.
    expect(await rejection(fetchPage(`${server.origin}/hang`, { timeoutMs: 300 }))).toEqual({
      code: 'TIMEOUT',
      message: 'The server took longer than 0.3 seconds to answer',
    });
    expect((await rejection(fetchPage(`${server.origin}/stall-body`, { timeoutMs: 300 }))).code).toBe('TIMEOUT');
  });

  it('words the default limits the way a reader expects', () => {
    expect(timeoutMessage(20_000)).toBe('The server took longer than 20 seconds to answer');
    expect(timeoutMessage(1_000)).toBe('The server took longer than 1 second to answer');
    expect(tooLargeMessage('page', 10 * MB)).toBe('That page is larger than 10 MB');
    expect(tooLargeMessage('image', 15 * MB)).toBe('That image is larger than 15 MB');
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const reached = new Promise<void>((resolve) => {
      onHang = resolve;
    });
    const pending = fetchPage(`${server.origin}/hang`, { signal: controller.signal });
    await reached;
    controller.abort();
    expect(await rejection(pending)).toEqual({ code: 'FETCH_FAILED', message: 'The download was canceled' });
  });

  it('explains a refused connection', async () => {
    const closed = await startServer(() => {});
    const origin = closed.origin;
    await closed.close();
    expect(await rejection(fetchPage(`${origin}/`))).toEqual({
      code: 'FETCH_FAILED',
      message: `The server ${origin.slice('http://'.length)} refused the connection`,
    });
  });
});

describe('fetchPage character sets', () => {
  it('decodes windows-1252 declared only in the Content-Type header', async () => {
    const { html } = await fetchPage(`${server.origin}/cp1252-header`);
    expect(html).toContain('<h1>“Naïve” planners blamed for flooded résumé centre</h1>');
    expect(html).toContain('which cost €2.3 million');
    expect(html).toContain('a map from 1998 — one');
  });

  it('decodes windows-1252 declared only in <meta charset>', async () => {
    const { html } = await fetchPage(`${server.origin}/cp1252-meta`);
    expect(html).toContain('“a charity with an espresso machine”');
    expect(html).toContain('José Ibáñez');
  });

  it('treats an ISO-8859-1 label as windows-1252, as browsers do', async () => {
    const { html } = await fetchPage(`${server.origin}/latin1-label`);
    expect(html).toContain('“Naïve”');
  });

  it('lets the header win over a contradicting <meta>, and a byte-order mark win over both', async () => {
    expect((await fetchPage(`${server.origin}/header-beats-meta`)).html).toContain('“Déjà vu” — €5');
    expect((await fetchPage(`${server.origin}/bom-beats-header`)).html).toBe('<p>“Déjà vu”</p>');
  });

  it('falls back to UTF-8 when nothing declares a charset', async () => {
    expect((await fetchPage(`${server.origin}/no-charset-anywhere`)).html).toBe('<p>Ünïcödé “by default”</p>');
  });
});

describe('fetchPage with blockPrivateNetwork', () => {
  it('refuses loopback addresses, literal or by name', async () => {
    const error = await rejection(fetchPage(`${server.origin}/page`, { blockPrivateNetwork: true }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe(
      'That address points to a private or local network address (127.0.0.1), which is not allowed',
    );
    const port = new URL(server.origin).port;
    const byName = await rejection(fetchPage(`http://localhost:${port}/page`, { blockPrivateNetwork: true }));
    expect(byName.message).toMatch(/private or local network address \((?:127\.0\.0\.1|::1)\)/);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const lookup = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '::ffff:10.0.0.7', family: 6 },
    ];
    const error = await rejection(fetchPage('http://mixed.example/', { blockPrivateNetwork: true, lookup }));
    expect(error.message).toContain('(::ffff:10.0.0.7)');
  });

  it('checks every redirect hop, not just the first address', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (input: URL | string) => {
      requested.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:8080/admin' } });
    });
    try {
      const lookup = async () => [{ address: '93.184.215.14', family: 4 }];
      const error = await rejection(fetchPage('http://news.example/story', { blockPrivateNetwork: true, lookup }));
      expect(error.message).toBe(
        'The page redirected to a private or local network address (127.0.0.1), which is not allowed',
      );
      expect(requested).toEqual(['http://news.example/story']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a redirect from a public address to a private one even where local addresses may be typed', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (input: URL | string) => {
      requested.push(String(input));
      if (String(input).startsWith('http://169.254.169.254/'))
        return new Response('{"AccessKeyId":"secret"}', { status: 200, headers: { 'content-type': 'text/html' } });
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    });
    try {
      const lookup = async () => [{ address: '93.184.215.14', family: 4 }];
      const error = await rejection(fetchPage('http://news.example/story', { blockPrivateNetwork: false, lookup }));
      expect(error.message).toBe(
        'The page redirected to a private or local network address (169.254.169.254), which is not allowed',
      );
      expect(requested).toEqual(['http://news.example/story']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a name that resolves to a public address when checked and to loopback when connecting (DNS rebinding)', async () => {
    const port = new URL(server.origin).port;
    const answers: string[] = [];
    // The rebinding server's trick: a public answer for the check, the loopback for the connection.
    const rebinding = async () => {
      const address = answers.length === 0 ? '93.184.215.14' : '127.0.0.1';
      answers.push(address);
      return [{ address, family: 4 }];
    };
    lastHeaders = {};
    const error = await rejection(
      fetchPage(`http://rebind.example:${port}/page`, { blockPrivateNetwork: true, lookup: rebinding }),
    );
    expect(error).toEqual({
      code: 'BAD_INPUT',
      message: 'That address points to a private or local network address (127.0.0.1), which is not allowed',
    });
    expect(answers).toEqual(['93.184.215.14', '127.0.0.1']);
    expect(lastHeaders).toEqual({}); // the local server never saw a request
  });

  it('allows the local server when the option is off (the default)', async () => {
    expect((await fetchPage(`${server.origin}/page`)).html).toBe(PAGE);
  });
});
