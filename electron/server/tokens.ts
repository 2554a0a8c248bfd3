import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/storage/atomic-write.ts';
import { closeToOthers, PRIVATE_FILE_MODE } from '../core/storage/private-files.ts';

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

const SAVE_TOKEN_FILE = 'save-token';
/** Where earlier versions kept the token they wrote into the bookmarklet itself, for every page to read. */
const EXPOSED_TOKEN_FILE = 'bookmarklet-token';

/**
 * The save token, kept in the library folder so a connected browser keeps saving after a restart (the
 * full-access token is new at every launch). A token an earlier bookmarklet carried is never used again.
 */
export async function loadOrCreateSaveToken(libraryDir: string): Promise<SaveToken> {
  const file = join(libraryDir, SAVE_TOKEN_FILE);
  await rm(join(libraryDir, EXPOSED_TOKEN_FILE), { force: true });
  const write = async () => {
    const token = newToken();
    await writeFileAtomic(file, token);
    return token;
  };
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[A-Za-z0-9_-]{32}$/.test(existing)) await closeToOthers(file, PRIVATE_FILE_MODE);
  let value = /^[A-Za-z0-9_-]{32}$/.test(existing) ? existing : await write();
  return {
    get value() {
      return value;
    },
    renew: async () => {
      value = await write();
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
