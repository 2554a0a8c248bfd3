import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { AnnalsError } from '../../../contract/index.ts';

export interface BackupLocationOptions {
  libraryDir: string;
  /** Where backups go when no path is given; else the reader's Downloads, else beside the library. */
  backupDir?: string;
  now: Date;
}

/**
 * The file a backup is written to: the path asked for (a folder gets the usual name inside it), or
 * `Annals backup YYYY-MM-DD.zip` in the default folder, numbered so an earlier backup is never replaced.
 */
export async function backupTarget(given: string | undefined, options: BackupLocationOptions): Promise<string> {
  let target: string;
  if (given) {
    const asked = resolve(given);
    target = (await isFolder(asked)) ? await freeName(asked, options.now) : asked;
    if (extname(target).toLowerCase() !== '.zip') target = `${target}.zip`;
  } else {
    const downloads = join(homedir(), 'Downloads');
    const folder =
      options.backupDir ?? ((await isFolder(downloads)) ? downloads : dirname(resolve(options.libraryDir)));
    target = await freeName(folder, options.now);
  }
  const inside = relative(resolve(options.libraryDir), target);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
    throw new AnnalsError('BAD_INPUT', 'A backup cannot be written inside the library folder; choose another place.');
  }
  if (!(await isFolder(dirname(target)))) {
    throw new AnnalsError('NOT_FOUND', `The folder ${dirname(target)} does not exist.`);
  }
  return target;
}

async function freeName(folder: string, now: Date): Promise<string> {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  for (let n = 1; ; n++) {
    const candidate = join(folder, `Annals backup ${day}${n === 1 ? '' : ` (${n})`}.zip`);
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
