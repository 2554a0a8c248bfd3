import type { ArticleSummary, DuplicateGroup, MergedDuplicates } from '../../contract/index.ts';
import { noteValue, recordDeleted, recordNote } from '../annotations/annotation-records.ts';
import { recordChanges } from './article-record.ts';
import { withState } from './article-state.ts';
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
   * brought (the text it showed is shown again, the versions added are removed, the highlights deleted, the tags taken off, its state,
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
  await catalog.write(merge.keep, (record, stamp, current) => {
    if (!current || current.deleted) return false;
    const at = stamp();
    const shown = merge.shownBefore ?? current.currentVersion;
    if (shown && shown !== current.currentVersion) record.fields.currentVersion = { value: shown, at };
    for (const versionId of merge.versionsAdded) if (versionId !== shown) record.versionsRemoved[versionId] = at;
    for (const id of merge.highlightsAdded) recordDeleted(record, id, true, at);
    const added = new Set(merge.tagsAdded.map(tagKey));
    const tags = current.article.tags.filter((tag) => !added.has(tagKey(tag)));
    const article = withState({ ...current.article, tags }, merge.before, catalog.now());
    recordChanges(record, current.article, article, stamp, tagKey);
    const note = current.annotations.find((annotation) => annotation.kind === 'note');
    if (merge.noteBefore !== undefined && note) {
      recordNote(record, noteValue({ ...note, note: merge.noteBefore }, merge.noteBefore === ''), current, at);
    }
    return true;
  });
}
