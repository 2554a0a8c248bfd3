import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic } from '../core/storage/atomic-write.ts';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;
/** The bookmarklet's token: it may only save pages. */
const SAVE_TOKEN_FILE = 'bookmarklet-token';
/** Browser mode's full-access token, part of its address. */
const ACCESS_TOKEN_FILE = 'browser-token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokensMatch(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The bookmarklet's token may only save pages. It is kept in the library folder so a bookmarklet
 * made once keeps working after a restart.
 */
export function loadOrCreateSaveToken(libraryDir: string): Promise<string> {
  return loadOrCreate(join(libraryDir, SAVE_TOKEN_FILE));
}

/**
 * The tokens of browser mode, kept in the library folder (readable by the reader alone) so the
 * address, and a bookmark of it, works after a restart; Settings can renew the address.
 * Spread into startServer's options.
 */
export async function keptTokens(libraryDir: string): Promise<{
  token: string;
  saveToken: string;
  onTokenRenewed: (token: string) => Promise<void>;
}> {
  const accessFile = join(libraryDir, ACCESS_TOKEN_FILE);
  return {
    token: await loadOrCreate(accessFile),
    saveToken: await loadOrCreateSaveToken(libraryDir),
    onTokenRenewed: (token) => writeToken(accessFile, token),
  };
}

async function loadOrCreate(file: string): Promise<string> {
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (TOKEN_SHAPE.test(existing)) {
    // Written by an older Annals with the usual mode: only the reader may read it from now on.
    await chmod(file, 0o600).catch(() => {});
    return existing;
  }
  const token = newToken();
  await writeToken(file, token);
  return token;
}

/** Atomically, and with mode 0600 set before the token is written: no one else ever reads it. */
async function writeToken(file: string, token: string): Promise<void> {
  const pending = await createFileAtomic(file);
  try {
    await pending.handle.chmod(0o600);
    await pending.handle.writeFile(token);
  } catch (error) {
    await pending.abort();
    throw error;
  }
  await pending.commit();
}
