import { ArticleId } from '../../../contract/index.ts';

/**
 * Which files of a library are the reader's data, by their path relative to the library folder.
 * The backup copies the library's files generically, and the restore accepts exactly what a backup
 * would hold, so the two always agree; new kinds of files (an article's versions, a per-device
 * record) travel without backup code, by shape rather than by name. Only merging them into a
 * library in use needs rules of its own.
 */
export type LibraryFile =
  /** A file of one article folder: article.json, content.html, assets/…, versions/…/… */
  | { kind: 'article'; id: string; file: string }
  /** A JSON file of the library as a whole: feeds.json, tags.json, stories.json, an import queue… */
  | { kind: 'library'; name: string }
  /** A file in one of the library's other folders (feeds/icons/…, import-text/…), placed where the library has none. */
  | { kind: 'other'; path: string };

/** Rebuilt or kept by the app itself, never restored over the running library's own. */
export const INDEX_FILE = 'library.json';
/**
 * The import queue an older Annals kept at the top of the library (now in DEVICE_FOLDER): a backup
 * of then carries it, a restore leaves it out, and the articles still waiting are queued again.
 */
export const LEGACY_IMPORT_QUEUE_FILE = 'import-queue.json';
/** Settings travel as their own entry and are applied through the settings service. */
export const SETTINGS_FILE = 'settings.json';
export const MANIFEST_FILE = 'manifest.json';

/** This computer's own data (derived data, caches), never carried to another library. */
export const DEVICE_FOLDER = '.annals';
/**
 * Left out of every backup and refused in every restore: hidden names (DEVICE_FOLDER, temp files of
 * atomic writes, staging folders), `.tmp` files, the lock and the index journal; and, until they
 * move into DEVICE_FOLDER, the rebuildable or set-aside folders that still sit at the top.
 */
const LEFT_OUT_FILES = new Set(['library.lock', 'library.journal', MANIFEST_FILE]);
const LEFT_OUT_FOLDERS = new Set(['search', 'backups', 'corrupt', 'trash']);
/** Folders at the top besides articles/ whose files a backup carries (devices/: each device's name). */
const OTHER_FOLDERS = new Set(['feeds', 'import-text', 'devices']);
/** How deep below its folder a file may sit: articles/<id>/versions/<version>/assets/<file>. */
const MAX_DEPTH = 4;

const libraryFileName = /^[a-z][a-z0-9_-]{0,63}\.json$/;
// Names without dots in front (no temp or hidden files) and at most one extension.
const segmentName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\.[A-Za-z0-9]{1,10})?$/;

export function isLeftOut(path: string): boolean {
  const parts = path.split('/');
  return (
    parts.some((part) => part.startsWith('.')) ||
    path.endsWith('.tmp') ||
    LEFT_OUT_FILES.has(path) ||
    LEFT_OUT_FOLDERS.has(parts[0]!)
  );
}

export function classifyLibraryPath(path: string): LibraryFile | null {
  if (isLeftOut(path)) return null;
  const parts = path.split('/');
  if (!parts.every((part) => segmentName.test(part))) return null;
  const [top, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) return libraryFileName.test(top) ? { kind: 'library', name: top } : null;
  if (top === 'articles') {
    const [id, ...file] = rest as [string, ...string[]];
    if (file.length === 0 || file.length > MAX_DEPTH || !ArticleId.safeParse(id).success) return null;
    return { kind: 'article', id, file: file.join('/') };
  }
  if (OTHER_FOLDERS.has(top) && rest.length <= MAX_DEPTH) return { kind: 'other', path };
  return null;
}

export function articleFilePath(id: string, file: string): string {
  return `articles/${id}/${file}`;
}
