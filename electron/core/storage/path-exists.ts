import { stat } from 'node:fs/promises';

/** Whether anything (a file, a folder) is at `path`. */
export async function pathExists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}
