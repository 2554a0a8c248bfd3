import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ErrorCode, MAX_IMPORT_BYTES } from '../contract/index.ts';
import type { Core } from '../core/index.ts';
import { connectedPage, notConnectedPage, plainPageCsp } from './save-pages.ts';
import { contentTypeFor, resolveStaticFile } from './static-files.ts';
import { inMemorySaveToken, newToken, type SaveToken, tokensMatch } from './tokens.ts';

export interface ServerOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Full-access token; new at every launch unless given (tests). */
  token?: string;
  /** Token of saving from the browser: the save page and article.saveFromBrowser only. */
  saveToken?: SaveToken | string;
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
}

export interface RunningServer {
  origin: string;
  token: string;
  /** The save token in force (Settings can renew it). */
  readonly saveToken: string;
  /** The address to open: the app with its token. */
  url: string;
  close(): Promise<void>;
}

/** All that the save token reaches: the save page (and its files), the connect address and this one method. */
const SAVE_METHOD = 'article.saveFromBrowser';
const SAVE_PAGE = '/save';
const CONNECT_PAGE = '/save/connect';
const IMPORT_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;
const COOKIE = 'annals_token';

const statusFor: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  UNSUPPORTED_CONTENT: 422,
  NOT_AN_ARTICLE: 422,
  FETCH_FAILED: 502,
  TIMEOUT: 504,
  STORAGE_FAILED: 500,
  INTERNAL: 500,
};

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

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The core over HTTP on 127.0.0.1: browser mode, the end-to-end tests and saving from the browser. Every
 * request needs a token (401 before anything else is looked at), a loopback Host header (DNS rebinding), and
 * writes need JSON within size and time limits. No page of another site is answered: there are no CORS
 * headers, so the bookmarklet hands the page to Annals' own save page (a window of this origin) instead.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const saveToken =
    typeof options.saveToken === 'object' ? options.saveToken : inMemorySaveToken(options.saveToken ?? newToken());
  // Cookies ignore ports: one of its own per server, so two Annals on one computer keep theirs apart.
  let saveCookie = 'annals_save';
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const sseClients = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();

  const unsubscribe = options.core.onEvent((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer((request, response) => {
    request.setTimeout(timeoutMs, () => {
      if (!response.headersSent) sendError(response, new HttpError(408, 'TIMEOUT', 'The request took too long.'));
      request.destroy();
    });
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) sendError(response, error);
      else sendError(response, new HttpError(500, 'INTERNAL', 'The server failed to answer.'));
    });
  });

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
    // Export files to import come as base64: up to 100 MB of file, about 134 MB of request.
    const limit = method.startsWith('import.') ? Math.max(maxBody, IMPORT_BODY_BYTES) : maxBody;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) throw tooLarge(method, limit);
    const body = await readBody(request, limit).catch((error: unknown) => {
      throw error instanceof HttpError && error.code === 'TOO_LARGE' ? tooLarge(method, limit) : error;
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
    request.setTimeout(0);
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
      'Content-Type': contentTypeFor(path),
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
      'Content-Type': contentTypeFor(file),
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
  options.core.setServerInfo({ origin, token: () => saveToken.value, renewToken: () => saveToken.renew() });

  return {
    origin,
    token,
    get saveToken() {
      return saveToken.value;
    },
    url: `${origin}/?token=${encodeURIComponent(token)}`,
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

function tooLarge(method: string, limit: number): HttpError {
  return new HttpError(
    413,
    'TOO_LARGE',
    method.startsWith('import.')
      ? 'That file is larger than 100 MB, the most Annals imports at once.'
      : `The request is larger than ${limit} bytes.`,
  );
}

function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'TOO_LARGE', `The request is larger than ${limit} bytes.`));
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: HttpError, extra: Record<string, string> = {}): void {
  sendJson(response, error.status, { ok: false, error: { code: error.code, message: error.message } }, extra);
}
