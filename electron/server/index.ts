import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bodyLimitOf } from '../contract/index.ts';
import type { Core } from '../core/index.ts';
import { mimeTypeFor } from '../core/mime-types.ts';
import { HttpError, sendError, sendJson, statusFor } from './http-error.ts';
import { readBody } from './read-body.ts';
import { connectedPage, notConnectedPage, plainPageCsp } from './save-pages.ts';
import { resolveStaticFile } from './static-files.ts';
import { inMemorySaveToken, newToken, type SaveToken, tokensMatch } from './tokens.ts';

export interface ServerOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Full-access token, part of the address; new at every launch unless given (see keptTokens). */
  token?: string;
  /** Token of saving from the browser: the save page and article.saveFromBrowser only. */
  saveToken?: SaveToken | string;
  /** Keeps a renewed full-access token (Settings › New address); the renewal fails if this does. */
  onTokenRenewed?: (token: string) => Promise<void>;
  /** How long a request may take to arrive (headers and body); answering it is not limited. */
  readTimeoutMs?: number;
}

export interface RunningServer {
  origin: string;
  /** The full-access token: it changes when the address is renewed. */
  readonly token: string;
  /** The save token in force (Settings can renew it). */
  readonly saveToken: string;
  /** The address to open: the app with its token. */
  readonly url: string;
  close(): Promise<void>;
}

/** All that the save token reaches: the save page (and its files), the connect address and this one method. */
const SAVE_METHOD = 'article.saveFromBrowser';
const SAVE_PAGE = '/save';
const CONNECT_PAGE = '/save/connect';
const COOKIE = 'annals_token';

export const browserModeCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The core over HTTP on 127.0.0.1: browser mode, the end-to-end tests and the "Save to Annals"
 * bookmarklet. Every request needs a token (401 before anything else is looked at), a loopback Host
 * header (DNS rebinding), and writes need JSON within size and time limits.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let token = options.token ?? newToken();
  const saveToken =
    typeof options.saveToken === 'object' ? options.saveToken : inMemorySaveToken(options.saveToken ?? newToken());
  // Cookies ignore ports: one of its own per server, so two Annals on one computer keep theirs apart.
  let saveCookie = 'annals_save';
  const readTimeoutMs = options.readTimeoutMs ?? 60_000;
  const sseClients = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();

  const unsubscribe = options.core.onEvent((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  // Node limits the time to receive headers (and, as a backstop, a whole request); readBody limits
  // the body with an answer the app can show. Nothing limits a handler: a backup, a restore or a
  // refresh of 200 feeds may take minutes, and the status area shows its progress meanwhile.
  const server = createServer(
    {
      headersTimeout: readTimeoutMs,
      requestTimeout: readTimeoutMs + 5_000,
      connectionsCheckingInterval: Math.min(30_000, readTimeoutMs),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        if (!(error instanceof HttpError)) {
          sendError(response, new HttpError(500, 'INTERNAL', 'The server failed to answer.'));
          return;
        }
        // The rest of a request too large or too slow is not read: this connection cannot carry another.
        const close: Record<string, string> =
          error.status === 408 || error.status === 413 ? { Connection: 'close' } : {};
        sendError(response, error, close);
      });
    },
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const access = authenticate(request, url);
    const hostAllowed = allowedHosts.has((request.headers.host ?? '').toLowerCase());
    if (access === 'none') {
      // The bookmarklet's window in a browser never connected: say what to do, in words.
      if (hostAllowed && request.method === 'GET' && url.pathname === SAVE_PAGE) {
        return sendPlainPage(response, 401, notConnectedPage);
      }
      throw new HttpError(401, 'UNAUTHORIZED', 'This Annals server needs its access token.');
    }
    if (!hostAllowed) throw new HttpError(403, 'UNAUTHORIZED', 'Requests must be addressed to 127.0.0.1 or localhost.');
    if (access === 'save' && !saveTokenReaches(request.method, url.pathname)) {
      throw new HttpError(403, 'UNAUTHORIZED', 'The save token can only save pages.');
    }
    if (url.pathname === CONNECT_PAGE) return connectBrowser(response, access);

    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(request, response);
      return callApi(request, response, methodIn(url.pathname));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new HttpError(405, 'BAD_INPUT', 'Only GET is allowed here.');
    }
    if (url.pathname.startsWith('/files/')) return serveAsset(response, url.pathname);
    return serveStatic(request, response, url, access);
  }

  function authenticate(request: IncomingMessage, url: URL): 'full' | 'save' | 'none' {
    const header = request.headers['x-annals-token'];
    const given =
      (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('token') ?? readCookie(request, COOKIE);
    if (tokensMatch(given, token)) return 'full';
    if (tokensMatch(given, saveToken.value)) return 'save';
    if (tokensMatch(readCookie(request, saveCookie), saveToken.value)) return 'save';
    return 'none';
  }

  /**
   * The browser's side of the save token: an HttpOnly cookie, which no script of any page reads, not even
   * Annals' own. SameSite=Lax lets it come with the bookmarklet's window (a top-level navigation from the
   * page being saved) and keeps it away from every request another site's page makes.
   */
  function connectBrowser(response: ServerResponse, access: 'full' | 'save'): void {
    if (access !== 'save') throw new HttpError(403, 'UNAUTHORIZED', 'Connect with the address Settings gives.');
    sendPlainPage(response, 200, connectedPage, {
      'Set-Cookie': `${saveCookie}=${saveToken.value}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${10 * 365 * 86_400}`,
    });
  }

  async function callApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') throw new HttpError(405, 'BAD_INPUT', 'API calls use POST.');
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json')
      throw new HttpError(415, 'BAD_INPUT', 'API calls must send Content-Type: application/json.');
    const { maxBodyBytes, tooLargeMessage } = bodyLimitOf(method);
    const body = await readBody(request, {
      maxBytes: maxBodyBytes,
      tooLargeMessage: tooLargeMessage ?? `The request is larger than ${maxBodyBytes} bytes, the most ${method} takes.`,
      timeoutMs: readTimeoutMs,
    });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'BAD_INPUT', 'The request body is not valid JSON.');
    }
    const envelope = await options.core.dispatch(method, input);
    const status = envelope.ok ? 200 : statusFor[envelope.error.code];
    sendJson(response, status, envelope);
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    sseClients.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    request.on('close', () => {
      clearInterval(keepAlive);
      sseClients.delete(response);
    });
  }

  function serveAsset(response: ServerResponse, pathname: string): void {
    const match = /^\/files\/([a-z0-9]{6,40})\/(assets\/[a-f0-9]{64}\.[a-z]+)$/.exec(pathname);
    const icon = /^\/files\/feed-icons\/([a-z0-9-]{6,60}\.[a-z]+)$/.exec(pathname);
    const path = match
      ? options.core.assetPath(match[1]!, match[2]!)
      : icon
        ? options.core.feedIconPath(icon[1]!)
        : null;
    if (!path) throw new HttpError(404, 'NOT_FOUND', 'No such file.');
    response.writeHead(200, {
      'Content-Type': mimeTypeFor(path),
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // Opened on its own, a stored SVG still cannot run anything.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    createReadStream(path).pipe(response);
  }

  async function serveStatic(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    access: 'full' | 'save',
  ): Promise<void> {
    const found =
      url.pathname === SAVE_PAGE
        ? join(options.staticDir, 'save.html')
        : url.pathname !== '/'
          ? await resolveStaticFile(options.staticDir, url.pathname)
          : null;
    // The app itself is for the full token; the save token gets the save page and its files only.
    if (!found && access === 'save') throw new HttpError(404, 'NOT_FOUND', 'No such file.');
    const file = found ?? join(options.staticDir, 'index.html');
    const headers: Record<string, string> = {
      'Content-Type': mimeTypeFor(file),
      'Content-Security-Policy': browserModeCsp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600',
    };
    // The page got here with ?token=…; a strict cookie lets its scripts, styles and images follow.
    if (url.searchParams.get('token')) {
      headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      throw new HttpError(404, 'NOT_FOUND', 'The app is not built: run `npm run build`.');
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  saveCookie = `annals_save_${port}`;
  const origin = `http://127.0.0.1:${port}`;
  const addressWith = (accessToken: string) => `${origin}/?token=${encodeURIComponent(accessToken)}`;

  /** A new address: the old one, bookmarks of it and pages open on it stop working. */
  async function renewAccessToken(): Promise<string> {
    const next = newToken();
    await options.onTokenRenewed?.(next);
    token = next;
    for (const client of sseClients) client.end();
    sseClients.clear();
    return addressWith(next);
  }
  options.core.setServerInfo({
    origin,
    saveToken: () => saveToken.value,
    renewSaveToken: () => saveToken.renew(),
    renewAccessToken,
  });

  return {
    origin,
    get token() {
      return token;
    },
    get saveToken() {
      return saveToken.value;
    },
    get url() {
      return addressWith(token);
    },
    close: async () => {
      unsubscribe();
      options.core.setServerInfo(null);
      for (const client of sseClients) client.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** What the save token may reach: the save page and its files, the connect address, and saving. */
function saveTokenReaches(method: string | undefined, pathname: string): boolean {
  if (method === 'POST') return pathname === `/api/${SAVE_METHOD}`;
  if (method !== 'GET' && method !== 'HEAD') return false;
  return pathname === SAVE_PAGE || pathname === CONNECT_PAGE || pathname.startsWith('/assets/');
}

function sendPlainPage(
  response: ServerResponse,
  status: number,
  html: string,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': plainPageCsp,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  response.end(html);
}

/** Method names are plain ASCII ("article.saveHtml"): anything else is a bad request, never decoded. */
function methodIn(pathname: string): string {
  const name = pathname.slice('/api/'.length);
  if (!/^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(name)) {
    throw new HttpError(400, 'BAD_INPUT', 'That is not the name of an API method.');
  }
  return name;
}

function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
