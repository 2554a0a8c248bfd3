import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

/**
 * The bookmarklet's token may only save pages. It is kept in the library folder so a bookmarklet
 * made once keeps working after a restart; the full-access token is new at every launch.
 */
export async function loadOrCreateSaveToken(libraryDir: string): Promise<string> {
  const file = join(libraryDir, 'bookmarklet-token');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[A-Za-z0-9_-]{32}$/.test(existing)) {
    await closeToOthers(file, PRIVATE_FILE_MODE);
    return existing;
  }
  const token = newToken();
  await writeFileAtomic(file, token);
  return token;
}
