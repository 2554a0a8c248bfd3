import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic } from '../core/storage/atomic-write.ts';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;
/** The token of saving from the browser: it may only add pages. */
const SAVE_TOKEN_FILE = 'save-token';
/** Where earlier versions kept the token they wrote into the bookmarklet itself, for every page to read. */
const EXPOSED_TOKEN_FILE = 'bookmarklet-token';
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

/** The token of saving from the browser, which can only add pages; renewable from Settings. */
export interface SaveToken {
  readonly value: string;
  /** A new token in place of this one (kept for the next launches); the old one stops working at once. */
  renew(): Promise<string>;
}

/** The library folder, or how to find it now: a library moved while the app runs keeps its tokens in its new folder. */
export type LibraryFolder = string | (() => string);

const folderNow = (libraryDir: LibraryFolder) => (typeof libraryDir === 'function' ? libraryDir() : libraryDir);

/**
 * The save token, kept in the library folder so a connected browser keeps saving after a restart. A token an
 * earlier bookmarklet carried is never used again.
 */
export async function loadOrCreateSaveToken(libraryDir: LibraryFolder): Promise<SaveToken> {
  await rm(join(folderNow(libraryDir), EXPOSED_TOKEN_FILE), { force: true });
  let value = await loadOrCreate(join(folderNow(libraryDir), SAVE_TOKEN_FILE));
  return {
    get value() {
      return value;
    },
    renew: async () => {
      const next = newToken();
      await writeToken(join(folderNow(libraryDir), SAVE_TOKEN_FILE), next);
      value = next;
      return value;
    },
  };
}

/** A save token held in memory only (tests, a server without a library folder of its own). */
export function inMemorySaveToken(token = newToken()): SaveToken {
  let value = token;
  return {
    get value() {
      return value;
    },
    renew: async () => {
      value = newToken();
      return value;
    },
  };
}

/**
 * The tokens of browser mode, kept in the library folder (readable by the reader alone) so the
 * address, and a bookmark of it, works after a restart; Settings can renew the address.
 * Spread into startServer's options.
 */
export async function keptTokens(libraryDir: LibraryFolder): Promise<{
  token: string;
  saveToken: SaveToken;
  onTokenRenewed: (token: string) => Promise<void>;
}> {
  const accessFile = () => join(folderNow(libraryDir), ACCESS_TOKEN_FILE);
  return {
    token: await loadOrCreate(accessFile()),
    saveToken: await loadOrCreateSaveToken(libraryDir),
    onTokenRenewed: (token) => writeToken(accessFile(), token),
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
