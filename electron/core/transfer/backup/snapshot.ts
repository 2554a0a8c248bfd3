import { copyFile, link, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Library } from '../../library/library.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../../storage/private-files.ts';
import { articleFilePath, classifyLibraryPath, isLeftOut, SETTINGS_FILE } from './layout.ts';
import { newStagingFolder } from './staging.ts';

/** Folders deeper than a backup ever holds are not walked. */
const MAX_DEPTH = 5;

export interface LibrarySnapshot {
  /** A folder inside the library holding a frozen copy of the files, at the same relative paths. */
  dir: string;
  /** How many files the folder holds. */
  fileCount: number;
  articleCount: number;
  /**
   * The articles frozen, sorted: the index's own id strings. Their folders read back from the snapshot
   * made 100,000 more strings, held for as long as the archive was being written.
   */
  articleIds: readonly string[];
}

/**
 * Each device's records of library-level files (feeds, tag colours, stories) and its settings: a backup
 * holds what they make together instead, as the format-1 files every version reads (`rendered`).
 */
const RECORD_FOLDER = /^(?:feeds|tags|stories)\/records\/|^settings\//;

/**
 * Freezes the library's files (all but what layout.ts leaves out) while no write can run (annotations
 * first, then the library: the order their own writes take them). Files are hard-linked, not copied: every write replaces a file
 * by rename, so a link keeps the content of this instant at almost no cost, and the zip can be
 * written afterwards while the reader goes on working.
 */
export async function snapshotLibrary(
  library: Library,
  annotations: Annotations,
  now: Date,
  rendered: Record<string, string> = {},
): Promise<LibrarySnapshot> {
  const dir = await newStagingFolder(library.paths.root, 'backup', now);
  return annotations.exclusive(() =>
    library.exclusive(async (held) => {
      await held.compactIndex();
      let fileCount = 0;
      const outsideArticles = (path: string) => path === 'articles' || isLeftOut(path);
      const libraryFolders = new Set<string>();
      for (const path of await filesUnder(library.paths.root, outsideArticles)) {
        const place = classifyLibraryPath(path);
        if (!place || path === SETTINGS_FILE || RECORD_FOLDER.test(path) || path in rendered) continue;
        await freeze(join(library.paths.root, path), join(dir, path), libraryFolders);
        fileCount++;
      }
      if (Object.keys(rendered).length > 0) await makePrivateFolder(dir);
      for (const [name, text] of Object.entries(rendered)) {
        await writeFile(join(dir, name), text, { mode: PRIVATE_FILE_MODE });
        fileCount++;
      }
      // Only listed articles: a folder without a finished record is not part of the library. Their
      // files are frozen as they are found, not listed: 400,000 paths at 100,000 articles.
      const ids = Array.from(library.summaries(), (article) => article.id).sort();
      for (const id of ids) {
        // An article's few folders, each made once: not a call per file, 400,000 at 100,000 articles.
        const articleFolders = new Set<string>();
        for (const file of await filesUnder(library.paths.articleDir(id), isLeftOut)) {
          const path = articleFilePath(id, file);
          if (!classifyLibraryPath(path)) continue;
          await freeze(join(library.paths.root, path), join(dir, path), articleFolders);
          fileCount++;
        }
      }
      return { dir, fileCount, articleCount: ids.length, articleIds: ids };
    }),
  );
}

/**
 * The snapshot's files, as it froze them: library-level files first, then each article's, in a stable
 * order, found again by walking its folder rather than held in a list.
 */
export async function* snapshotFiles(snapshot: LibrarySnapshot): AsyncGenerator<string> {
  const outsideArticles = (path: string) => path === 'articles' || isLeftOut(path);
  yield* await filesUnder(snapshot.dir, outsideArticles);
  for (const id of snapshot.articleIds) {
    for (const file of await filesUnder(join(snapshot.dir, 'articles', id), isLeftOut)) yield articleFilePath(id, file);
  }
}

/** Relative paths of the regular files under `folder`, in a stable order, not entering what `skip` names. */
async function filesUnder(folder: string, skip: (path: string) => boolean, prefix = '', depth = 0): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${prefix}${entry.name}`;
    if (skip(path)) continue;
    if (entry.isFile()) found.push(path);
    else if (entry.isDirectory() && depth < MAX_DEPTH) {
      found.push(...(await filesUnder(join(folder, entry.name), skip, `${path}/`, depth + 1)));
    }
  }
  return found;
}

/** Links `source` at `target`, making its folder first unless `made` says it was made already. */
async function freeze(source: string, target: string, made: Set<string>): Promise<void> {
  const folder = dirname(target);
  if (!made.has(folder)) {
    await makePrivateFolder(folder);
    made.add(folder);
  }
  try {
    await link(source, target);
  } catch {
    // Some file systems cannot link (FAT drives, some network shares): a copy is as good, only slower.
    await copyFile(source, target);
  }
}
