import type { ArticleSummary, DuplicateGroup, MergedDuplicates } from '../../contract/index.ts';
import { noteValue, recordDeleted, recordNote } from '../annotations/annotation-records.ts';
import type { Stamp } from '../sync/clock.ts';
import type { Flag } from '../sync/registers.ts';
import { readArticleFiles } from './article-files.ts';
import { type ArticleRecord, recordChanges } from './article-record.ts';
import { withState } from './article-state.ts';
import { legacyStamp } from './base-layer.ts';
import type { Catalog } from './catalog.ts';
import { mergeGroup } from './merge-duplicates.ts';
import { pageKeyOf } from './page-key.ts';
import { tagKey } from './tags.ts';
import { writeDeleted } from './trash.ts';

/**
 * Libraries saved before one page had one key (page-key.ts) may hold a page twice: a link saved as
 * http://www.example.com/a?utm_source=x and the same page from a feed as https://example.com/a. These
 * are found here and, when the reader asks, merged into the article saved first; the others go to the
 * trash (a tombstone, as any delete), so the merge can be undone and every device sees it.
 */
export class Duplicates {
  constructor(private readonly catalog: Catalog) {}

  /** Groups of listed articles that are one page, the article saved first to keep. Writes nothing. */
  find(): DuplicateGroup[] {
    return findDuplicateGroups(this.catalog.index.all());
  }

  /**
   * Merges every group (see merge-duplicates.ts); answers what each merge did, so it can be undone.
   * Idempotent: once merged, the others are in the trash and no group is found again.
   */
  merge(): Promise<MergedDuplicates[]> {
    const { catalog } = this;
    return catalog.queue.run(async () => {
      const done: MergedDuplicates[] = [];
      // Found inside the queue, so a save that lands meanwhile is merged or waits its turn.
      for (const group of this.find()) {
        const merged = await mergeGroup(catalog, group);
        if (!merged) continue;
        for (const id of merged.merged) await writeDeleted(catalog, id, true);
        done.push(merged);
      }
      catalog.changed(done.flatMap((merged) => [merged.keep, ...merged.merged]));
      return done;
    });
  }

  /**
   * Takes merges back: the merged articles come out of the trash, and the article kept loses what they
   * brought (the text it showed is shown again, the versions added are removed, the highlights deleted, the tags it put on taken off, its state,
   * favorite and note put back). Answers the articles brought back.
   */
  undo(merges: MergedDuplicates[]): Promise<string[]> {
    const { catalog } = this;
    return catalog.queue.run(async () => {
      const restored: string[] = [];
      for (const merge of merges) {
        if (catalog.index.get(merge.keep)) await takeBack(catalog, merge);
        for (const id of merge.merged) {
          const article = await catalog.articles.load(id);
          if (!article?.deleted) continue;
          await writeDeleted(catalog, id, false);
          restored.push(id);
        }
      }
      catalog.changed([...merges.map((merge) => merge.keep), ...restored]);
      return restored;
    });
  }
}

/** Only pages from the web: a file's article is known by its title, and two files may share one. */
const WEB_ADDRESS = /^https?:\/\//i;

export function findDuplicateGroups(summaries: Iterable<ArticleSummary>): DuplicateGroup[] {
  const byPage = new Map<string, ArticleSummary[]>();
  for (const summary of summaries) {
    // One whose files are still arriving from another device is merged once they are all here.
    if (summary.arriving || !WEB_ADDRESS.test(summary.url)) continue;
    const key = pageKeyOf(summary.url);
    byPage.set(key, [...(byPage.get(key) ?? []), summary]);
  }
  const groups: DuplicateGroup[] = [];
  for (const articles of byPage.values()) {
    if (articles.length < 2) continue;
    // The article saved first stays: its id is the one links, stories and exports already name.
    const [keep, ...merge] = articles.sort(
      (a, b) => (Date.parse(a.savedAt) || 0) - (Date.parse(b.savedAt) || 0) || (a.id < b.id ? -1 : 1),
    );
    groups.push({ keep: keep!.id, merge: merge.map((article) => article.id), url: keep!.url });
  }
  return groups.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The kept article without what one merge brought, written into this device's record. */
async function takeBack(catalog: Catalog, merge: MergedDuplicates): Promise<void> {
  const files = await readArticleFiles(catalog.articles.paths, merge.keep, {
    readOnly: catalog.readOnly,
    now: catalog.now,
    report: () => {},
  });
  let shownAgain = false;
  await catalog.write(merge.keep, (record, stamp, current) => {
    if (!current || current.deleted) return false;
    const at = stamp();
    const shown = merge.shownBefore ?? current.currentVersion;
    if (shown && shown !== current.currentVersion) {
      record.fields.currentVersion = { value: shown, at };
      shownAgain = true;
    }
    for (const versionId of merge.versionsAdded) if (versionId !== shown) record.versionsRemoved[versionId] = at;
    for (const id of merge.highlightsAdded) recordDeleted(record, id, true, at);
    const others = (files?.records ?? []).filter((other) => other.device !== record.device);
    for (const put of merge.tagsPut ?? []) takeOffTag(record, others, files?.base?.article?.tags ?? [], put, stamp);
    const article = withState(current.article, merge.before, catalog.now());
    recordChanges(record, current.article, article, stamp, tagKey);
    const note = current.annotations.find((annotation) => annotation.kind === 'note');
    if (merge.noteBefore !== undefined && note) {
      recordNote(record, noteValue({ ...note, note: merge.noteBefore }, merge.noteBefore === ''), current, at);
    }
    return true;
  });
  // The text shown before is shown again: its events are found again, as after a save.
  if (shownAgain) catalog.contentSaved(merge.keep);
}

/**
 * A tag the merge put on, taken off only while it is as the merge left it (on, with the merge's stamp, and no
 * device changed it since): the one the reader put on again, in any letter case, stays. What the tag was
 * before comes back: on, as another device or the base layer had it (under its own spelling), or off.
 */
function takeOffTag(
  record: ArticleRecord,
  others: ArticleRecord[],
  baseTags: string[],
  put: NonNullable<MergedDuplicates['tagsPut']>[number],
  stamp: () => Stamp,
): void {
  const own = record.tags[put.key];
  if (!own?.on || own.at !== put.at) return;
  const baseTag = baseTags.find((tag) => tagKey(tag) === put.key);
  const earlier: Flag[] = [
    ...(baseTag === undefined ? [] : [{ on: true, at: legacyStamp(), name: baseTag }]),
    ...(put.before ? [put.before] : []),
  ];
  for (const other of others) {
    const flag = other.tags[put.key];
    if (!flag) continue;
    // Changed on another device since the merge: that change stands.
    if (flag.at > put.at) return;
    earlier.push(flag);
  }
  const before = earlier.reduce<Flag | null>((latest, flag) => (!latest || flag.at > latest.at ? flag : latest), null);
  record.tags[put.key] = before?.on
    ? { on: true, at: stamp(), ...(before.name ? { name: before.name } : {}) }
    : { on: false, at: stamp(), ...(own.name ? { name: own.name } : {}) };
}
