import { rename } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { makePrivateFolder } from './private-files.ts';

/**
 * Moves a damaged file into `<library>/corrupt/` (never deletes it) so the reader or a developer
 * can look at it later. Answers where it went.
 */
export async function quarantine(file: string, libraryDir: string, now: Date): Promise<string> {
  const folder = join(libraryDir, 'corrupt');
  await makePrivateFolder(folder);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const label = relative(libraryDir, file).replace(/[\\/]/g, '__') || basename(file);
  const target = join(folder, `${stamp}-${label}`);
  await rename(file, target);
  return target;
}
