// The text an article shows, read from its files: the base layer's (content.html, text.txt) or its current version's.
// Which one is shown is the merged article's to say (merge-article.ts); reading it is this module's only job.
import { readdir, readFile } from 'node:fs/promises';
import { Article } from '../../contract/index.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { pathExists } from '../storage/path-exists.ts';
import type { MergedArticle } from './merge-article.ts';
import type { LibraryPaths } from './paths.ts';

type Load = (id: string, legacyId: 'always' | 'needed') => Promise<MergedArticle | null>;

export class ArticleTexts {
  constructor(
    private readonly paths: LibraryPaths,
    /** The article as every device's files make it (article-store.ts). */
    private readonly load: Load,
  ) {}

  /** The text shown: the current version's (or, while it arrives, the newest there is). */
  async readContent(id: string): Promise<{ html: string; text: string }> {
    const shown = (await this.isBaseOnly(id)) ? { kind: 'base' as const } : (await this.load(id, 'needed'))?.shownText;
    if (!shown) return { html: '', text: '' };
    if (shown.kind === 'version') return this.readVersionContent(id, shown.id);
    const [html, text] = await Promise.all([
      readFile(this.paths.articleHtml(id), 'utf8').catch(() => ''),
      readFile(this.paths.articleText(id), 'utf8').catch(() => ''),
    ]);
    return { html, text };
  }

  /**
   * Whether the text shown is missing or empty on disk: damage to offer a repair for. An article whose
   * text is still to be fetched (an import) or still arriving from another device is not damaged.
   */
  async textMissing(id: string, merged: MergedArticle): Promise<boolean> {
    if (merged.arriving || merged.article.contentStatus || !merged.shownText) return false;
    const { html, text } = await this.readContent(id);
    return html.trim() === '' || text.trim() === '';
  }

  /**
   * Only the plain text shown, as readContent gives it (search indexing and snippets need no HTML). Read
   * without merging the records where they cannot change which text is shown: a tagged or highlighted
   * article read whole took ten file reads where two do, and building the search index reads them all.
   */
  async readText(id: string): Promise<string> {
    const names = await readdir(this.paths.articleDir(id)).catch(() => [] as string[]);
    if (!names.includes('versions')) {
      // No versions: the base text is shown whatever the records say, when there is a base article.
      const baseRead = names.includes('records') && (await readJsonFile(this.paths.articleRecord(id), Article));
      if (baseRead && baseRead.status !== 'ok') return '';
      return readFile(this.paths.articleText(id), 'utf8').catch(() => '');
    }
    return this.textShown(id, await this.load(id, 'needed'));
  }

  /** The plain text `merged` (the article, merged already) shows: its files are not merged again. */
  async textShown(id: string, merged: MergedArticle | null): Promise<string> {
    const shown = merged?.shownText;
    if (!shown) return '';
    if (shown.kind === 'version') return (await this.readVersionFiles(id, shown.id, false)).text;
    return readFile(this.paths.articleText(id), 'utf8').catch(() => '');
  }

  /** One version's HTML and text (the base layer's when `versionId` is its text's id). */
  readVersionContent(id: string, versionId: string): Promise<{ html: string; text: string }> {
    return this.readVersionFiles(id, versionId, true);
  }

  /** A version's files; `withHtml` false: its HTML is only looked for (answered as ''), not read. */
  private async readVersionFiles(
    id: string,
    versionId: string,
    withHtml: boolean,
  ): Promise<{ html: string; text: string }> {
    const htmlFile = this.paths.versionFile(id, versionId, 'html');
    const [html, text] = await Promise.all([
      withHtml
        ? readFile(htmlFile, 'utf8').catch(() => null)
        : pathExists(htmlFile).then((found) => (found ? '' : null)),
      readFile(this.paths.versionFile(id, versionId, 'txt'), 'utf8').catch(() => null),
    ]);
    if (html !== null && text !== null) return { html, text };
    const merged = await this.load(id, 'always');
    const legacy = merged?.versions.find((version) => version.versionId === versionId && version.source === 'legacy');
    if (!legacy) return { html: html ?? '', text: text ?? '' };
    const [baseHtml, baseText] = await Promise.all([
      readFile(this.paths.articleHtml(id), 'utf8').catch(() => ''),
      readFile(this.paths.articleText(id), 'utf8').catch(() => ''),
    ]);
    return { html: baseHtml, text: baseText };
  }

  private async isBaseOnly(id: string): Promise<boolean> {
    const names = await readdir(this.paths.articleDir(id)).catch(() => [] as string[]);
    return !names.includes('records') && !names.includes('versions');
  }
}
