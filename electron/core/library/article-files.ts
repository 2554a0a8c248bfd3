import { readdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type Annotation, Article } from '../../contract/index.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { readSmallFile } from '../storage/small-file.ts';
import { ArticleRecord } from './article-record.ts';
import type { BaseLayer } from './merge-article.ts';
import type { LibraryPaths } from './paths.ts';
import { annotationsFileKind, type SalvagedRecord, salvageArticleRecord } from './salvage-article-files.ts';
import { VersionMeta, versionIdOf } from './version-meta.ts';

/** Only the reader's part of a format-1 events.json; what was found is derived and read elsewhere. */
export const EventEditsPart = z.object({
  overrides: z.record(z.string(), z.record(z.string(), z.unknown())).catch({}).default({}),
  promoted: z
    .array(z.object({ key: z.string() }).passthrough())
    .catch([])
    .default([]),
});

/**
 * Another device's record that is whole JSON but does not read as a record (written by a newer version of Annals, say,
 * with a highlight colour this one does not know): every entry that reads is taken, as for a damaged record of this
 * device, but nothing is written back (it is that device's file). A torn file (mid-sync) is left for its whole copy.
 */
async function salvageWholeRecord(file: string, id: string, device: string): Promise<SalvagedRecord | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    JSON.parse(text);
  } catch {
    return null;
  }
  const salvaged = salvageArticleRecord(text, id, device);
  return salvaged && salvaged.dropped > 0 ? salvaged : null;
}

/**
 * Another device's record larger than this is not read (said, file untouched): far beyond what a reader's
 * highlights and notes make, it would stall every read of the article. This device's own record is the app's own
 * writing, and is not bounded here.
 */
export const OTHER_RECORD_AT_MOST = 64 * 1024 * 1024;

/** What is on disk for one article, before merging. */
export interface ArticleFiles {
  base: BaseLayer | null;
  /** The base article.json could not be read (damaged): the caller decides how to recover. */
  baseDamaged: string | null;
  records: ArticleRecord[];
  /** This device's own record could not be read (why): the caller sets it aside and rebuilds it. */
  ownDamaged: string | null;
  versions: VersionMeta[];
  /** Names of version files present, so a version whose text has not arrived is told apart. */
  hasBaseText: boolean;
  legacyVersionId: string | null;
}

const listNames = (dir: string) => readdir(dir).catch(() => [] as string[]);

/**
 * Reads an article's files: the format-1 base layer, every device's record, every complete version.
 * A damaged record of another device is skipped and said (it is that device's file, and may be
 * mid-sync); a damaged record of this device is answered as `ownDamaged`.
 */
export async function readArticleFiles(
  paths: LibraryPaths,
  id: string,
  options: { readOnly: boolean; now: () => Date; report: (message: string) => void; legacyId?: 'always' | 'needed' },
): Promise<ArticleFiles | null> {
  const dir = paths.articleDir(id);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!names) return null;
  const has = new Set(names);
  const [recordNames, versionNames] = await Promise.all([
    has.has('records') ? listNames(paths.articleRecords(id)) : [],
    has.has('versions') ? listNames(paths.articleVersions(id)) : [],
  ]);

  let baseArticle: Article | null = null;
  let baseDamaged: string | null = null;
  if (has.has('article.json')) {
    const result = await readJsonFile(paths.articleRecord(id), Article);
    if (result.status === 'ok') baseArticle = result.value;
    else if (result.status === 'corrupt') baseDamaged = result.reason;
  }
  const annotations = has.has('annotations.json') ? await readBaseAnnotations(paths, id, options) : [];
  const events = has.has('events.json') ? await readJsonFile(paths.articleEvents(id), EventEditsPart) : null;
  const base: BaseLayer | null =
    baseArticle || annotations.length > 0 || events?.status === 'ok'
      ? {
          article: baseArticle,
          annotations,
          eventOverrides: events?.status === 'ok' ? events.value.overrides : {},
          promoted: events?.status === 'ok' ? events.value.promoted : [],
        }
      : null;

  const records: ArticleRecord[] = [];
  let ownDamaged: string | null = null;
  for (const name of recordNames.filter((file) => /^[a-z0-9]{4,40}\.json$/.test(file)).sort()) {
    const device = name.slice(0, -'.json'.length);
    const file = paths.articleRecordOf(id, device);
    const own = device === paths.device;
    const result = await readJsonFile(file, ArticleRecord, own ? {} : { maxBytes: OTHER_RECORD_AT_MOST });
    if (result.status === 'ok' && result.value.article === id && result.value.device === device) {
      records.push(result.value);
    } else if (result.status !== 'missing') {
      const reason = result.status === 'corrupt' ? result.reason : 'it names another article or device';
      if (own) ownDamaged = reason;
      else {
        const salvaged =
          result.status === 'corrupt' && !result.tooLarge ? await salvageWholeRecord(file, id, device) : null;
        if (salvaged) records.push(salvaged.record);
        options.report(
          salvaged
            ? `Part of the record of article ${id} from device ${device} could not be read (${reason}); the ${salvaged.dropped === 1 ? 'entry' : `${salvaged.dropped} entries`} this version cannot read ${salvaged.dropped === 1 ? 'was' : 'were'} left out, the rest is shown.`
            : `The record of article ${id} from device ${device} could not be read (${reason}).`,
        );
      }
    }
  }

  const present = new Set(versionNames);
  const versions: VersionMeta[] = [];
  for (const name of versionNames.filter((file) => /^[a-f0-9]{20}\.json$/.test(file)).sort()) {
    const versionId = name.slice(0, 20);
    // Complete only when its text and HTML are here too (a sync may bring them in any order).
    if (!present.has(`${versionId}.txt`) || !present.has(`${versionId}.html`)) continue;
    const result = await readJsonFile(paths.versionFile(id, versionId, 'json'), VersionMeta);
    if (result.status === 'ok' && result.value.versionId === versionId) versions.push(result.value);
  }

  const hasBaseText = baseArticle !== null && has.has('text.txt');
  const needsLegacyId =
    options.legacyId === 'always' ||
    versionNames.length > 0 ||
    records.some((record) => record.fields.currentVersion || Object.keys(record.versionsRemoved).length > 0);
  const legacyVersionId =
    hasBaseText && needsLegacyId ? versionIdOf(await readFile(paths.articleText(id), 'utf8').catch(() => '')) : null;
  return { base, baseDamaged, records, ownDamaged, versions, hasBaseText, legacyVersionId };
}

async function readBaseAnnotations(
  paths: LibraryPaths,
  id: string,
  options: { readOnly: boolean; report: (message: string) => void },
): Promise<Annotation[]> {
  // Damage takes no highlight that still reads: the rest comes from the last good copy, the damaged
  // bytes are copied to corrupt/, and the file stays where it is (format 1 is never written again).
  const result = await readSmallFile(paths.root, `articles/${id}/annotations.json`, annotationsFileKind(id), {
    device: paths.device,
    readOnly: options.readOnly,
  });
  if (result.status === 'ok') return result.value;
  if (result.status === 'missing') return [];
  if (result.message) options.report(result.message);
  return result.value ?? [];
}
