import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { mimeTypeFor } from '../core/mime-types.ts';
import { resolveAppProtocolPath } from './app-protocol.ts';
import { type AssetLocator, resolveAssetRequest } from './asset-protocol.ts';
import { APP_SCHEME, ASSET_SCHEME } from './constants.ts';
import { assetContentSecurityPolicy, contentSecurityPolicy } from './content-security-policy.ts';

/** Must run before the app is ready. Neither scheme may bypass CSP or answer cross-origin requests. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves the built renderer from app://annals/ with the app's CSP on every response. */
export function handleAppProtocol(rendererDir: string): void {
  const policy = contentSecurityPolicy();
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveAppProtocolPath(request.url, rendererDir);
    const body = filePath === null ? null : await readFileOrNull(filePath);
    if (filePath === null || body === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      },
    });
  });
}

/** Serves stored article images; the core decides which file an article id and name mean. */
export function handleAssetProtocol(core: AssetLocator): void {
  const policy = assetContentSecurityPolicy();
  protocol.handle(ASSET_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const asset = resolveAssetRequest(request.url, core);
    const body = asset === null ? null : await readFileOrNull(asset.filePath);
    if (asset === null || body === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': asset.mimeType,
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        // Asset names are content hashes: a name never changes meaning.
        'cache-control': 'private, max-age=31536000, immutable',
      },
    });
  });
}

async function readFileOrNull(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch {
    return null;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}
