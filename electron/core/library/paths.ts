import { join } from 'node:path';
import { ArticleId } from '../../contract/index.ts';

const assetFilePattern = /^assets\/[a-f0-9]{64}\.(png|jpg|gif|webp|avif|svg)$/;
/** <feed id>-<start of the content hash>.<raster type>: a new icon gets a new name, so caches never go stale. */
const feedIconPattern = /^[a-z0-9]{6,40}-[a-f0-9]{12}\.(png|jpg|gif|webp|avif|ico)$/;

const versionFilePattern = /^[a-f0-9]{20}\.(html|txt|json)$/;

/** The folder of this computer's own data in a library: derived, never synced (see .stignore). */
export const DEVICE_DATA_FOLDER = '.annals';

/**
 * Where each part of a library lives on disk. Ids and asset names are validated so no path can escape.
 * What only this device derives (the index, caches, the lock) lives under `.annals/<deviceId>/`.
 */
export class LibraryPaths {
  constructor(
    readonly root: string,
    readonly device: string,
  ) {
    if (!/^[a-z0-9]{4,40}$/.test(device)) throw new Error(`not a device id: ${device}`);
    this.articles = join(root, 'articles');
  }

  /** This device's derived data. */
  get deviceData(): string {
    return join(this.root, DEVICE_DATA_FOLDER, this.device);
  }
  get index(): string {
    return join(this.deviceData, 'library.json');
  }
  /** A format-1 library's index, which may seed this device's first one. */
  get legacyIndex(): string {
    return join(this.root, 'library.json');
  }
  get journal(): string {
    return join(this.deviceData, 'library.journal');
  }
  get stignore(): string {
    return join(this.root, '.stignore');
  }
  /** devices/<id>.json: each device's name, written by that device only. */
  get devices(): string {
    return join(this.root, 'devices');
  }
  deviceFile(id: string): string {
    if (!/^[a-z0-9]{4,40}$/.test(id)) throw new Error(`not a device id: ${id}`);
    return join(this.devices, `${id}.json`);
  }
  /** Where highlights are placed on the current text, per article (derived). */
  anchorCache(id: string): string {
    ArticleId.parse(id);
    return join(this.deviceData, 'anchors', `${id}.json`);
  }
  /** Events found in an article's text and its fingerprint for stories (derived). */
  foundEvents(id: string): string {
    ArticleId.parse(id);
    return join(this.deviceData, 'events', `${id}.json`);
  }
  /** What merging made of each story's events, for the first timeline after a start (derived). */
  get mergedStories(): string {
    return join(this.deviceData, 'merged');
  }
  get searchIndex(): string {
    return join(this.deviceData, 'search');
  }
  /** Held, not joined on each call: every article's every path starts with it. */
  readonly articles: string;
  get trash(): string {
    return join(this.root, 'trash');
  }
  get backups(): string {
    return join(this.deviceData, 'backups');
  }
  get lock(): string {
    return join(this.deviceData, 'library.lock');
  }
  /**
   * Imported articles whose text this device still has to fetch: its own work list, rebuilt from the
   * library when missing, so never synced (two devices would write one file).
   */
  get importQueue(): string {
    return join(this.deviceData, 'import-queue.json');
  }
  /** Where format-1 libraries kept the import queue, shared by every device: moved on open. */
  get legacyImportQueue(): string {
    return join(this.root, 'import-queue.json');
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
  /** records/<deviceId>.json: what the reader did on each device. */
  articleRecords(id: string): string {
    return join(this.articleDir(id), 'records');
  }
  articleRecordOf(id: string, device: string): string {
    if (!/^[a-z0-9]{4,40}$/.test(device)) throw new Error(`not a device id: ${device}`);
    return join(this.articleRecords(id), `${device}.json`);
  }
  /** versions/<vid>.{html,txt,json}: every text the article has had. */
  /** The article's images (assets/<sha256>.<ext>). */
  articleAssets(id: string): string {
    return join(this.articleDir(id), 'assets');
  }

  articleVersions(id: string): string {
    return join(this.articleDir(id), 'versions');
  }
  versionFile(id: string, versionId: string, ext: 'html' | 'txt' | 'json'): string {
    const file = `${versionId}.${ext}`;
    if (!versionFilePattern.test(file)) throw new Error(`not a version file: ${file}`);
    return join(this.articleVersions(id), file);
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
