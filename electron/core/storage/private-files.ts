import { chmod, mkdir, stat } from 'node:fs/promises';

/**
 * What Annals keeps is the reader's alone: other accounts on the computer may not read it. Files are
 * made 0600 and folders 0700 on POSIX (Windows ignores these modes; its folders are per user already).
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** mkdir -p, every folder it makes closed to others. */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Takes away what others may do with a file or folder an earlier version left open (0644, 0755). A closed
 * library folder keeps everything inside it private, whatever the modes of older files in it.
 */
export async function closeToOthers(path: string, mode: number): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, mode);
  } catch {
    // Not ours to change (another account's library, read only): reading it still works.
  }
}
