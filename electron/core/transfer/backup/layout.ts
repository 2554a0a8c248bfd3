import { ArticleId } from '../../../contract/index.ts';

/**
 * Which files of a library are the reader's data, by their path relative to the library folder.
 * The backup writes exactly these and the restore accepts exactly these, so the two always agree;
 * new kinds of files (an article's events.json, the library's stories.json) are covered by shape
 * rather than by name.
 */
export type LibraryFile =
  /** A file of one article folder: article.json, content.html, text.txt, annotations.json, assets/… */
  | { kind: 'article'; id: string; file: string }
  /** A JSON file of the library as a whole: feeds.json, tags.json, stories.json, an import queue… */
  | { kind: 'library'; name: string };

/** Rebuilt or kept by the app itself, never restored over the running library's own. */
export const INDEX_FILE = 'library.json';
/** Settings travel as their own entry and are applied through the settings service. */
export const SETTINGS_FILE = 'settings.json';
export const MANIFEST_FILE = 'manifest.json';

const libraryFileName = /^[a-z][a-z0-9_-]{0,63}\.json$/;
// One folder level (assets/) at most, names without dots in front: no temp files, no hidden files.
const articleFileName = /^(?:[a-z][a-z0-9_-]{0,31}\/)?[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\.[A-Za-z0-9]{1,10})?$/;

export function classifyLibraryPath(path: string): LibraryFile | null {
  const parts = path.split('/');
  if (parts.length === 1) {
    const name = parts[0]!;
    if (!libraryFileName.test(name) || name === MANIFEST_FILE) return null;
    return { kind: 'library', name };
  }
  if (parts[0] !== 'articles' || parts.length > 4) return null;
  const id = parts[1]!;
  const file = parts.slice(2).join('/');
  if (!ArticleId.safeParse(id).success || !articleFileName.test(file)) return null;
  return { kind: 'article', id, file };
}

export function articleFilePath(id: string, file: string): string {
  return `articles/${id}/${file}`;
}
