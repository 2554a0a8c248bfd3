import { STATUS_CODES } from 'node:http';
import { AnnalsError, isAnnalsError } from '../../contract/errors.ts';
import { assertPublicHost, isPrivateHost, type LookupFn, systemLookup } from './private-network.ts';
import { publicOnlyDispatcher } from './public-only-dispatcher.ts';
import { isWebProtocol, parseWebUrl } from './url-policy.ts';

export const USER_AGENT = 'Mozilla/5.0 (compatible; Annals/0.1; +offline reader)';

/** Options shared by fetchPage and fetchImage. */
export interface FetchOptions {
  /** Overall limit for every hop and the whole body, in milliseconds (pages: 20 s, images: 15 s). */
  timeoutMs?: number;
  /** Cap on the body size counted after decompression (pages: 10 MB, images: 15 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /**
   * Refuse hosts that are or resolve to loopback, private, link-local or unique-local addresses, on every hop.
   * Off, the first address may be local (the reader typed it); a redirect from a public address to a private
   * one is refused all the same.
   */
  blockPrivateNetwork?: boolean;
  /** Cancels the download. */
  signal?: AbortSignal;
  /** Resolver used by blockPrivateNetwork (defaults to dns.lookup with all addresses). */
  lookup?: LookupFn;
}

export interface GetRequest {
  accept: string;
  /** "page" or "image": used in reader-facing messages. */
  noun: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  blockPrivateNetwork: boolean;
  signal: AbortSignal | undefined;
  lookup: LookupFn;
  /** Looks at the final response's Content-Type before the body is read; throws to refuse it. */
  checkContentType: (contentType: string) => void;
  /** Validators of a copy already held (conditional GET): a 304 answer then means "unchanged". */
  conditional?: { etag?: string | null; lastModified?: string | null };
}

export interface GetResult {
  url: string;
  contentType: string;
  bytes: Uint8Array;
  /** The server said the held copy is still current (only with `conditional`). */
  notModified?: boolean;
  etag?: string | null;
  lastModified?: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  const kb = bytes / 1024;
  if (kb >= 1) return `${Number(kb.toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(ms < 1000 ? 2 : 1));
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

export function timeoutMessage(ms: number): string {
  return `The server took longer than ${formatSeconds(ms)} to answer`;
}

export function tooLargeMessage(noun: string, maxBytes: number): string {
  return `That ${noun} is larger than ${formatBytes(maxBytes)}`;
}

/** Frees the connection of a response whose body we do not want. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

async function readCapped(response: Response, request: GetRequest, stop: AbortController): Promise<Uint8Array> {
  const tooLarge = () => new AnnalsError('TOO_LARGE', tooLargeMessage(request.noun, request.maxBytes));
  // A declared length is only the compressed size when the body is encoded, so trust it only when it is not.
  const declared = Number(response.headers.get('content-length'));
  if (!response.headers.get('content-encoding') && declared > request.maxBytes) {
    stop.abort();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // fetch() has already decompressed the chunk, so this counts real bytes: a gzip bomb stops here.
    total += value.byteLength;
    if (total > request.maxBytes) {
      stop.abort();
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** fetch() wraps what its connection threw (our refusal at connect time among them) as the cause. */
function annalsErrorIn(error: unknown): AnnalsError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (isAnnalsError(current)) return current;
    current = current.cause;
  }
  return null;
}

function networkErrorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return '';
}

/**
 * A kept-alive connection that the server closed just as it was reused fails at once, before any answer;
 * asking once more, on a fresh connection, is what browsers do.
 */
async function askAgainOnReset(send: () => Promise<Response>, signal: AbortSignal): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    const code = networkErrorCode(error);
    if (signal.aborted || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error;
    return send();
  }
}

/** Turns what fetch() throws into an AnnalsError with a message a reader understands. */
function explain(error: unknown, host: string, request: GetRequest, timeout: AbortSignal): AnnalsError {
  const known = annalsErrorIn(error);
  if (known) return known;
  if (timeout.aborted) {
    return new AnnalsError('TIMEOUT', timeoutMessage(request.timeoutMs));
  }
  if (request.signal?.aborted) return new AnnalsError('FETCH_FAILED', 'The download was canceled');
  const code = networkErrorCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new AnnalsError('FETCH_FAILED', `Could not find the server ${host}`);
  if (code === 'ECONNREFUSED') return new AnnalsError('FETCH_FAILED', `The server ${host} refused the connection`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new AnnalsError('FETCH_FAILED', `The connection to ${host} was cut off`);
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
    return new AnnalsError('FETCH_FAILED', `The security certificate of ${host} is not valid`);
  }
  if (code.startsWith('Z_') || code === 'ERR_INVALID_CHUNK') {
    return new AnnalsError('FETCH_FAILED', `The server ${host} sent a damaged response`);
  }
  return new AnnalsError(
    'FETCH_FAILED',
    `Could not download the ${request.noun} from ${host}${code ? ` (${code})` : ''}`,
  );
}

/**
 * GET with the policies every download in Annals needs: http(s) only, redirects followed by hand (each hop
 * re-validated), one overall time limit, a byte cap after decompression, optional private-network refusal.
 */
export async function guardedGet(input: string, request: GetRequest): Promise<GetResult> {
  let url = parseWebUrl(input);
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const stop = new AbortController();
  const signals = [timeout, stop.signal];
  if (request.signal) signals.push(request.signal);
  const signal = AbortSignal.any(signals);
  const visited = new Set<string>();
  // dns.lookup cannot be cancelled, so it is raced against the time limit.
  const inTime = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ]);
  // Once a hop is public, every later one must be too: a public page never leads into the local network.
  let publicOnly = request.blockPrivateNetwork;
  try {
    for (let hop = 0; ; hop++) {
      if (publicOnly) await inTime(assertPublicHost(url.hostname, request.lookup, hop > 0));
      else publicOnly = !(await inTime(isPrivateHost(url.hostname, request.lookup)));
      const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: request.accept };
      if (request.conditional?.etag) headers['If-None-Match'] = request.conditional.etag;
      if (request.conditional?.lastModified) headers['If-Modified-Since'] = request.conditional.lastModified;
      const dispatcher = publicOnly ? await publicOnlyDispatcher(request.lookup) : undefined;
      const response = await askAgainOnReset(
        () => fetch(url, { redirect: 'manual', signal, headers, ...(dispatcher ? { dispatcher } : {}) }),
        signal,
      );
      if (response.status === 304 && request.conditional) {
        discard(response);
        return { url: url.href, contentType: '', bytes: new Uint8Array(), notModified: true };
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        discard(response);
        url = nextHop(url, response.headers.get('location'), hop, request, visited);
        continue;
      }
      if (!response.ok) {
        discard(response);
        const reason = STATUS_CODES[response.status] ?? response.statusText;
        throw new AnnalsError('FETCH_FAILED', `The server answered ${response.status}${reason ? ` (${reason})` : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      try {
        request.checkContentType(contentType);
      } catch (error) {
        discard(response);
        throw error;
      }
      const bytes = await readCapped(response, request, stop);
      return {
        url: url.href,
        contentType,
        bytes,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  } catch (error) {
    stop.abort();
    throw explain(error, url.host, request, timeout);
  }
}

function nextHop(from: URL, location: string | null, hop: number, request: GetRequest, visited: Set<string>): URL {
  if (!location) throw new AnnalsError('FETCH_FAILED', 'The server sent a redirect without saying where to');
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new AnnalsError('FETCH_FAILED', 'The server redirected to an invalid address');
  }
  if (!isWebProtocol(next.protocol)) {
    throw new AnnalsError('FETCH_FAILED', `The page redirected to a ${next.protocol} address, not http or https`);
  }
  if (next.username || next.password) {
    throw new AnnalsError('FETCH_FAILED', 'The page redirected to an address with a user name or password');
  }
  visited.add(from.href);
  if (visited.has(next.href)) throw new AnnalsError('FETCH_FAILED', 'The page redirects in a loop');
  if (hop + 1 > request.maxRedirects) {
    throw new AnnalsError('FETCH_FAILED', `The page redirected more than ${request.maxRedirects} times`);
  }
  return next;
}

export function resolveRequest(
  options: FetchOptions,
  defaults: { accept: string; noun: string; timeoutMs: number; maxBytes: number },
  checkContentType: (contentType: string) => void,
): GetRequest {
  return {
    ...defaults,
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    maxBytes: options.maxBytes ?? defaults.maxBytes,
    maxRedirects: options.maxRedirects ?? 5,
    blockPrivateNetwork: options.blockPrivateNetwork ?? false,
    signal: options.signal,
    lookup: options.lookup ?? systemLookup,
    checkContentType,
  };
}
