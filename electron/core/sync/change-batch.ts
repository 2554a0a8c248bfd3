/**
 * Changed paths of a library, gathered into the groups the core reloads by: an article's folder, or
 * one library-level file. Paths are relative to the library with forward slashes; a path ending in
 * `/` is a folder whose entries changed (something in it was added, replaced or removed).
 */
export interface LibraryChanges {
  /** Articles whose files changed, each with its changed paths. */
  articles: Array<{ id: string; paths: string[] }>;
  /** Changed paths outside article folders (feeds/records/…, devices/…, feeds.json). */
  files: string[];
  /**
   * More changed than one batch holds (thousands of files arriving at once): the lists are cut
   * short, and the whole library should be read again.
   */
  overflow: boolean;
}

const ARTICLE_PATH = /^articles\/([^/]+)(?:\/|$)/;

export class ChangeBatch {
  private readonly articles = new Map<string, Set<string>>();
  private readonly files = new Set<string>();
  private count = 0;
  private overflow = false;

  constructor(private readonly maxPaths: number) {}

  get empty(): boolean {
    return this.count === 0 && !this.overflow;
  }

  add(path: string): void {
    if (path === '' || path === 'articles' || path === 'articles/') return;
    if (this.count >= this.maxPaths) {
      this.overflow = true;
      return;
    }
    const id = ARTICLE_PATH.exec(path)?.[1];
    const group = id === undefined ? this.files : this.articleGroup(id);
    if (group.has(path)) return;
    group.add(path);
    this.count++;
  }

  /** What was gathered, and a fresh start. */
  take(): LibraryChanges {
    const changes: LibraryChanges = {
      articles: [...this.articles].map(([id, paths]) => ({ id, paths: [...paths].sort() })),
      files: [...this.files].sort(),
      overflow: this.overflow,
    };
    this.articles.clear();
    this.files.clear();
    this.count = 0;
    this.overflow = false;
    return changes;
  }

  private articleGroup(id: string): Set<string> {
    let group = this.articles.get(id);
    if (!group) {
      group = new Set();
      this.articles.set(id, group);
    }
    return group;
  }
}

/** Folders and files no sync or reload cares about: hidden and temp entries, corrupt/, backups/. */
export function isWatchedPath(path: string): boolean {
  const segments = path.split('/');
  if (segments[0] === 'corrupt' || segments[0] === 'backups') return false;
  return segments.every((segment) => !segment.startsWith('.') && !segment.startsWith('~') && segment !== '..');
}
