import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleSummary } from '../../contract/index.ts';
import { readableId } from '../random-id.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { pathExists } from '../storage/path-exists.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../storage/private-files.ts';
import { quarantine } from '../storage/quarantine.ts';
import type { HybridClock, Stamp } from '../sync/clock.ts';
import { DeviceSchema } from '../sync/device.ts';
import { type ArticleFiles, readArticleFiles } from './article-files.ts';
import { type ArticleRecord, emptyRecord, recordChanges } from './article-record.ts';
import { ArticleTexts } from './article-texts.ts';
import { rebuildLostRecord } from './lost-record.ts';
import { type MergedArticle, mergeArticle } from './merge-article.ts';
import type { LibraryPaths } from './paths.ts';
import {
  combineRecords,
  countHighlights,
  keepRecordCopy,
  readRecordCopy,
  salvageArticleRecord,
} from './salvage-article-files.ts';
import { tagKey } from './tags.ts';
import type { VersionMeta } from './version-meta.ts';

/** A new article's id (its folder's name) when it has no address to derive one from. */
export const newArticleId = () => readableId(12);

export function toSummary(article: Article & { arriving?: boolean }): ArticleSummary {
  const { canonicalUrl, sourceUrl, readAt, archivedAt, scrollAnchor, assets, contentError, schema, ...summary } =
    article;
  return summary;
}

/**
 * What a writer does to this device's record of an article: `stamp` gives each change its time.
 * Answering false means nothing changed, and nothing is written.
 */
export type RecordEdit = (
  record: ArticleRecord,
  stamp: () => Stamp,
  current: MergedArticle | null,
) => undefined | boolean;

/**
 * The files of one article: the format-1 base layer (article.json, content.html, text.txt,
 * annotations.json, events.json: read, never rewritten), every device's record, versions and assets.
 * Reading merges them; writing touches only this device's record and new, immutable version files.
 */
export class ArticleStore {
  private deviceNames: Record<string, string> = {};
  /** Reading the text an article shows (article-texts.ts). */
  readonly texts: ArticleTexts;

  constructor(
    readonly paths: LibraryPaths,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
    readonly clock: HybridClock,
    private readonly readOnly: boolean,
    /** What the index knew of an article: a damaged record of this device is rebuilt from it. */
    private readonly known: (id: string) => ArticleSummary | undefined = () => undefined,
  ) {
    this.texts = new ArticleTexts(paths, (id, legacyId) => this.load(id, legacyId));
  }

  /** Learns the names of the devices that wrote to this library (devices/<id>.json). */
  async loadDeviceNames(): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const file of await readdir(this.paths.devices).catch(() => [] as string[])) {
      if (!/^[a-z0-9]{4,40}\.json$/.test(file)) continue;
      const result = await readJsonFile(join(this.paths.devices, file), DeviceSchema);
      if (result.status === 'ok') names[result.value.id] = result.value.name;
    }
    this.deviceNames = names;
    return names;
  }

  /** The article as every device's files make it (a deleted one too, marked), or null when there is none. */
  async load(id: string, legacyId: 'always' | 'needed' = 'needed'): Promise<MergedArticle | null> {
    const files = await this.files(id, legacyId);
    return files ? this.merge(id, files) : null;
  }

  /** The article as shown, or null when there is none or it was deleted. */
  async read(id: string): Promise<Article | null> {
    const merged = await this.load(id);
    return merged && !merged.deleted ? merged.article : null;
  }

  /**
   * Changes this device's record of an article: read, edited with fresh stamps, written atomically
   * (a few kilobytes, whatever the library's size). Answers the article as merged afterwards.
   */
  async change(id: string, edit: RecordEdit): Promise<MergedArticle> {
    const files = (await this.files(id, 'needed')) ?? emptyFiles();
    const current = this.merge(id, files);
    const own = files.records.find((record) => record.device === this.paths.device);
    const record = own ? structuredClone(own) : emptyRecord(id, this.paths.device);
    if (edit(record, () => this.clock.now(), current) === false) {
      if (!current) throw new Error(`article ${id} has no data`);
      return current;
    }
    await makePrivateFolder(this.paths.articleRecords(id));
    const text = JSON.stringify(record, null, 1);
    await writeFileAtomic(this.paths.articleRecordOf(id, this.paths.device), text);
    await keepRecordCopy(this.paths.root, id, this.paths.device, text);
    const records = [...files.records.filter((other) => other.device !== this.paths.device), record];
    const merged = this.merge(id, { ...files, records });
    if (!merged) throw new Error(`article ${id} has no data after a write`);
    return merged;
  }

  /** Writes an article as a whole (a restore merging two copies): only what differs gets a stamp. */
  async writeArticle(article: Article): Promise<MergedArticle> {
    return this.change(article.id, (record, stamp, current) => {
      const changed = recordChanges(
        record,
        current && !current.deleted ? current.article : null,
        article,
        stamp,
        tagKey,
      );
      if (current?.deleted) record.fields.deleted = { value: false, at: stamp() };
      return changed || current?.deleted === true;
    });
  }

  /**
   * A new article's folder and record, in one go and without a flush of its own (imports write
   * thousands): the folder is new, so no reader can see a half-written record, and importing the
   * file again restores anything a crash kept from the disk.
   */
  async createRecord(article: Article): Promise<ArticleSummary> {
    const record = emptyRecord(article.id, this.paths.device);
    recordChanges(record, null, article, () => this.clock.now(), tagKey);
    await makePrivateFolder(this.paths.articleRecords(article.id));
    await writeFile(this.paths.articleRecordOf(article.id, this.paths.device), JSON.stringify(record, null, 1), {
      flag: 'wx',
      mode: PRIVATE_FILE_MODE,
    });
    const merged = this.merge(article.id, { ...emptyFiles(), records: [record] });
    return toSummary(merged!.article);
  }

  /** Writes a version's files, unless they are there (same id, same text): the JSON last, as its seal. */
  async writeVersion(id: string, meta: VersionMeta, html: string, text: string): Promise<boolean> {
    const json = this.paths.versionFile(id, meta.versionId, 'json');
    if (await pathExists(json)) {
      // Same name, same text: files of it found empty (damaged) are written again, nothing else is.
      for (const [ext, body] of [
        ['html', html],
        ['txt', text],
      ] as const) {
        const file = this.paths.versionFile(id, meta.versionId, ext);
        if ((await readFile(file, 'utf8').catch(() => '')).trim() === '' && body.trim() !== '') {
          await writeFileAtomic(file, body);
        }
      }
      return false;
    }
    await makePrivateFolder(this.paths.articleVersions(id));
    await writeFileAtomic(this.paths.versionFile(id, meta.versionId, 'html'), html);
    await writeFileAtomic(this.paths.versionFile(id, meta.versionId, 'txt'), text);
    await writeFileAtomic(json, JSON.stringify(meta, null, 1));
    return true;
  }

  async writeAsset(id: string, file: string, bytes: Uint8Array): Promise<void> {
    const target = this.paths.asset(id, file);
    if (!target) throw new Error(`refusing to write asset ${file}`);
    await makePrivateFolder(join(this.paths.articleDir(id), 'assets'));
    if (await pathExists(target)) return; // content-addressed: same name, same bytes
    await writeFileAtomic(target, bytes);
  }

  /**
   * Loads an article while the index is rebuilt: its summary, 'deleted', or null when the folder holds
   * nothing to list. A damaged base record is set aside and rebuilt from what the index knew; a folder
   * holding a format-1 text without its record is rebuilt where it is (see rebuildLost). A folder whose
   * files are still arriving is left alone.
   */
  async recover(
    id: string,
    known: ArticleSummary | undefined,
    readOnly: boolean,
  ): Promise<ArticleSummary | 'deleted' | null> {
    let files = await this.files(id, 'needed');
    if (!files) return null;
    if (files.baseDamaged) {
      if (readOnly) return known ?? null;
      const moved = await quarantine(this.paths.articleRecord(id), this.paths.root, this.now());
      if (known) {
        await writeFileAtomic(this.paths.articleRecord(id), JSON.stringify(fromSummary(known), null, 2));
        this.report(
          `The record of “${known.title}” was damaged (${files.baseDamaged}); it was moved to ${moved} and rebuilt.`,
        );
        files = (await this.files(id, 'needed')) ?? files;
      } else {
        this.report(`An article record was damaged (${files.baseDamaged}) and moved to ${moved}.`);
        files = { ...files, base: files.base ? { ...files.base, article: null } : null };
      }
    }
    const merged = this.merge(id, files);
    if (merged?.deleted) return 'deleted';
    // Format-1 text whose record is gone (lost, or a save cut short): rebuilt where it is, nothing moved.
    if (!merged?.shownText && !files.base?.article) {
      const rebuilt = await this.rebuildLost(id, known, files, readOnly);
      if (rebuilt) return rebuilt;
    }
    if (merged) {
      if (merged.keptBy) this.report(`“${merged.article.title}” was kept: it was highlighted on ${merged.keptBy}.`);
      return toSummary({ ...merged.article, ...(merged.arriving ? { arriving: true } : {}) });
    }
    // Files without a record to list them by: another device's, still arriving (a sync tool brings files
    // in any order). Left as they are, never moved or deleted: the rest of the files, when they come,
    // make them an article.
    return null;
  }

  /**
   * An article whose article.json is gone, rebuilt from what the index knew and the files that are
   * there: its text becomes a version, and this device's record holds the rest. Read-only, it is only
   * listed as the index knew it.
   */
  private async rebuildLost(
    id: string,
    known: ArticleSummary | undefined,
    files: ArticleFiles,
    readOnly: boolean,
  ): Promise<ArticleSummary | null> {
    const names = await readdir(this.paths.articleDir(id)).catch(() => [] as string[]);
    if (!names.some((name) => name === 'content.html' || name === 'text.txt')) return null;
    const highlights = files.base?.annotations.length ?? 0;
    const rebuilt = await rebuildLostRecord(this.paths, id, known && fromSummary(known), {
      now: this.now(),
      device: this.paths.device,
      highlights,
    });
    if (!rebuilt) return null;
    if (readOnly) return toSummary(rebuilt.article);
    const { version } = rebuilt;
    if (version) await this.writeVersion(id, version.meta, version.html, version.text);
    const merged = await this.change(id, (record, stamp, current) => {
      recordChanges(record, current && !current.deleted ? current.article : null, rebuilt.article, stamp, tagKey);
      if (version) record.fields.currentVersion = { value: version.meta.versionId, at: stamp() };
      return true;
    });
    this.report(rebuilt.message);
    return toSummary(merged.article);
  }

  private async files(id: string, legacyId: 'always' | 'needed'): Promise<ArticleFiles | null> {
    const options = { readOnly: this.readOnly, now: this.now, report: this.report, legacyId };
    const files = await readArticleFiles(this.paths, id, options);
    if (!files?.ownDamaged || this.readOnly) return files;
    // This device's record is damaged: every entry that still reads is kept (highlights above all), the
    // damaged file is set aside (never deleted), and what was lost is rebuilt from what the index knew.
    const file = this.paths.articleRecordOf(id, this.paths.device);
    const salvaged = salvageArticleRecord(await readFile(file, 'utf8').catch(() => ''), id, this.paths.device);
    const moved = await quarantine(file, this.paths.root, this.now());
    const known = this.known(id);
    const copy = await readRecordCopy(this.paths.root, id, this.paths.device);
    const found = salvaged?.record ?? emptyRecord(id, this.paths.device);
    const record = copy ? combineRecords(found, copy) : found;
    if (known) {
      const withSalvage = this.merge(id, { ...files, ownDamaged: null, records: [...files.records, record] });
      recordChanges(record, withSalvage?.article ?? null, known, () => this.clock.now(), tagKey);
    }
    const name = known ? `“${known.title}”` : 'an article';
    const highlights = countHighlights(record);
    const kept = [
      salvaged ? 'every entry that still read was kept' : 'nothing in it could be read',
      copy ? 'what it lost was recovered from its last good copy' : null,
      known ? 'the rest was rebuilt from the index' : null,
    ].filter(Boolean);
    this.report(
      `This computer’s record of ${name} was damaged (${files.ownDamaged}): ${kept.join(', ')}; ${highlights} highlight${highlights === 1 ? '' : 's'} and notes came back. The damaged file was moved to ${moved}.`,
    );
    if (!known && !salvaged && !copy) return { ...files, ownDamaged: null };
    await writeFileAtomic(file, JSON.stringify(record, null, 1));
    return readArticleFiles(this.paths, id, options);
  }

  private merge(id: string, files: ArticleFiles): MergedArticle | null {
    const merged = mergeArticle({
      id,
      base: files.base,
      legacyVersionId: files.legacyVersionId,
      records: files.records,
      versions: files.versions,
      deviceNames: this.deviceNames,
    });
    if (merged?.latestStamp) this.clock.observe(merged.latestStamp);
    return merged;
  }
}

function emptyFiles(): ArticleFiles {
  return {
    base: null,
    baseDamaged: null,
    records: [],
    ownDamaged: null,
    versions: [],
    hasBaseText: false,
    legacyVersionId: null,
  };
}

export function fromSummary(summary: ArticleSummary): Article {
  const { arriving, ...rest } = summary as ArticleSummary & { arriving?: boolean };
  return {
    ...rest,
    canonicalUrl: null,
    sourceUrl: summary.url,
    readAt: null,
    archivedAt: null,
    scrollAnchor: summary.progress,
    assets: [],
    schema: 1,
  };
}
