import { join } from 'node:path';
import { ArticleId } from '../../contract/index.ts';

const assetFilePattern = /^assets\/[a-f0-9]{64}\.(png|jpg|gif|webp|avif|svg)$/;
/** <feed id>-<start of the content hash>.<raster type>: a new icon gets a new name, so caches never go stale. */
const feedIconPattern = /^[a-z0-9]{6,40}-[a-f0-9]{12}\.(png|jpg|gif|webp|avif|ico)$/;

/** Where each part of a library lives on disk. Ids and asset names are validated so no path can escape. */
export class LibraryPaths {
  constructor(readonly root: string) {}

  get index(): string {
    return join(this.root, 'library.json');
  }
  get journal(): string {
    return join(this.root, 'library.journal');
  }
  get articles(): string {
    return join(this.root, 'articles');
  }
  get trash(): string {
    return join(this.root, 'trash');
  }
  get backups(): string {
    return join(this.root, 'backups');
  }
  get lock(): string {
    return join(this.root, 'library.lock');
  }
  get settings(): string {
    return join(this.root, 'settings.json');
  }
  /** Stories: which articles belong together, their names, and when each timeline was last seen. */
  get stories(): string {
    return join(this.root, 'stories.json');
  }
  /** Tag colours (the tags themselves live on the articles). */
  get tags(): string {
    return join(this.root, 'tags.json');
  }

  /** Site icons of the feeds followed. */
  get feedIcons(): string {
    return join(this.root, 'feeds', 'icons');
  }

  /** The absolute path of a feed's icon file, or null when the name is not one we write. */
  feedIcon(file: string): string | null {
    return feedIconPattern.test(file) ? join(this.feedIcons, file) : null;
  }

  articleDir(id: string): string {
    ArticleId.parse(id);
    return join(this.articles, id);
  }
  articleRecord(id: string): string {
    return join(this.articleDir(id), 'article.json');
  }
  articleHtml(id: string): string {
    return join(this.articleDir(id), 'content.html');
  }
  articleText(id: string): string {
    return join(this.articleDir(id), 'text.txt');
  }
  /** Highlights and notes, W3C-style selectors into text.txt. */
  articleAnnotations(id: string): string {
    return join(this.articleDir(id), 'annotations.json');
  }

  /** Dated events found in the article, the reader's edits to them, and what stories need to know of it. */
  articleEvents(id: string): string {
    return join(this.articleDir(id), 'events.json');
  }

  /** The absolute path of `file` (like `assets/<sha256>.png`) inside an article folder, or null when the name is not one we write. */
  asset(id: string, file: string): string | null {
    if (!ArticleId.safeParse(id).success || !assetFilePattern.test(file)) return null;
    return join(this.articles, id, file);
  }
}

export function isAssetFileName(file: string): boolean {
  return assetFilePattern.test(file);
}
