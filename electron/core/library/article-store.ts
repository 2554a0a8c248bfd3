import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Article, type ArticleSummary } from '../../contract/index.ts';
import { readableId } from '../random-id.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { pathExists } from '../storage/path-exists.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import { quarantine } from '../storage/quarantine.ts';
import type { LibraryPaths } from './paths.ts';

/** A new article's id (its folder's name). */
export const newArticleId = () => readableId(12);

export function toSummary(article: Article): ArticleSummary {
  const { canonicalUrl, sourceUrl, readAt, archivedAt, scrollAnchor, assets, contentError, schema, ...summary } =
    article;
  return summary;
}

/** The files of one article: article.json (its record), content.html, text.txt and assets/. */
export class ArticleStore {
  constructor(
    readonly paths: LibraryPaths,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {}

  async read(id: string): Promise<Article | null> {
    const result = await readJsonFile(this.paths.articleRecord(id), Article);
    return result.status === 'ok' ? result.value : null;
  }

  async writeRecord(article: Article): Promise<void> {
    await writeFileAtomic(this.paths.articleRecord(article.id), JSON.stringify(article, null, 2));
  }

  /**
   * A new article's folder and record, in one go and without a flush of its own (imports write
   * thousands): the folder is new, so no reader can see a half-written record, and a record a crash
   * kept from the disk is rebuilt from the index (or its entry dropped) when the library opens.
   */
  async createRecord(article: Article): Promise<void> {
    await mkdir(this.paths.articleDir(article.id), { mode: PRIVATE_FOLDER_MODE });
    await writeFile(this.paths.articleRecord(article.id), JSON.stringify(article, null, 2), {
      flag: 'wx',
      mode: PRIVATE_FILE_MODE,
    });
  }

  async writeContent(id: string, html: string, text: string): Promise<void> {
    await makePrivateFolder(this.paths.articleDir(id));
    await writeFileAtomic(this.paths.articleHtml(id), html);
    await writeFileAtomic(this.paths.articleText(id), text);
  }

  async writeAsset(id: string, file: string, bytes: Uint8Array): Promise<void> {
    const target = this.paths.asset(id, file);
    if (!target) throw new Error(`refusing to write asset ${file}`);
    await makePrivateFolder(join(this.paths.articleDir(id), 'assets'));
    if (await pathExists(target)) return; // content-addressed: same name, same bytes
    await writeFileAtomic(target, bytes);
  }

  async readContent(id: string): Promise<{ html: string; text: string }> {
    const [html, text] = await Promise.all([
      readFile(this.paths.articleHtml(id), 'utf8').catch(() => ''),
      readFile(this.paths.articleText(id), 'utf8').catch(() => ''),
    ]);
    return { html, text };
  }

  /** Only the plain text (search indexing and snippets need no HTML). */
  readText(id: string): Promise<string> {
    return readFile(this.paths.articleText(id), 'utf8').catch(() => '');
  }

  /**
   * Loads a record while the index is rebuilt. A damaged record is quarantined and rebuilt from what
   * the index knew; a folder that never got a record (a save cut short) is set aside.
   */
  async recover(id: string, known: ArticleSummary | undefined, readOnly: boolean): Promise<ArticleSummary | null> {
    const file = this.paths.articleRecord(id);
    const result = await readJsonFile(file, Article);
    if (result.status === 'ok') return toSummary(result.value);
    if (readOnly) return known ?? null;
    if (result.status === 'corrupt') {
      const moved = await quarantine(file, this.paths.root, this.now());
      if (known) {
        await this.writeRecord(fromSummary(known));
        this.report(
          `The record of “${known.title}” was damaged (${result.reason}); it was moved to ${moved} and rebuilt.`,
        );
        return known;
      }
      this.report(`An article record was damaged (${result.reason}) and moved to ${moved}.`);
    }
    // Nothing readable to list: keep the folder aside rather than delete anything.
    await quarantine(this.paths.articleDir(id), this.paths.root, this.now());
    return null;
  }
}

export function fromSummary(summary: ArticleSummary): Article {
  return {
    ...summary,
    canonicalUrl: null,
    sourceUrl: summary.url,
    readAt: null,
    archivedAt: null,
    scrollAnchor: summary.progress,
    assets: [],
    schema: 1,
  };
}
