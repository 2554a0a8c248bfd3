import { readFile } from 'node:fs/promises';
import type { Article, DuplicateGroup, MergedDuplicates } from '../../contract/index.ts';
import { noteValue, recordCreated, recordNote } from '../annotations/annotation-records.ts';
import type { Stamp } from '../sync/clock.ts';
import { latest } from '../sync/registers.ts';
import { readArticleFiles } from './article-files.ts';
import { type RecordFields, recordChanges } from './article-record.ts';
import type { ArticleStore } from './article-store.ts';
import { legacyStamp } from './base-layer.ts';
import type { Catalog } from './catalog.ts';
import type { MergedAnnotation, MergedArticle } from './merge-article.ts';
import { tagKey } from './tags.ts';

/**
 * One group of duplicates merged into the article kept, in this device's record of it and new version
 * files (so every device sees the merge, as any edit): every text the others had becomes a version
 * (a text it already has adds nothing), their highlights move over with the version they were made
 * on, tags are joined, favorite if any was, the state the reader set last wins (as sync merges a
 * state), and their note texts are added to its note. The newest of the texts shown becomes the one
 * shown, as when a page is saved again.
 * Answers null when there is nothing to merge (the others deleted or gone meanwhile).
 */
export async function mergeGroup(catalog: Catalog, group: DuplicateGroup): Promise<MergedDuplicates | null> {
  const store = catalog.articles;
  const kept = await store.load(group.keep, 'always');
  if (!kept || kept.deleted) return null;
  const others: MergedArticle[] = [];
  for (const id of group.merge) {
    const other = await store.load(id, 'always');
    if (other && !other.deleted) others.push(other);
  }
  if (others.length === 0) return null;

  const versionsAdded = await copyTexts(store, kept, others);
  const highlights = movedHighlights(kept, others);
  const tags = joinedTags([kept, ...others].map((merged) => merged.article.tags));
  const reading = await readingState(catalog, [kept, ...others]);
  const notes = joinedNote(kept, others);
  const before = { state: kept.article.state, favorite: kept.article.favorite };
  const shown = newestShown([kept, ...others]);

  const keptTags = new Set(kept.article.tags.map(tagKey));
  const tagsPut: NonNullable<MergedDuplicates['tagsPut']> = [];
  await catalog.write(group.keep, (record, stamp, current) => {
    if (!current) return false;
    const currentTags = new Set(current.article.tags.map(tagKey));
    const ownBefore = new Map(Object.entries(record.tags).map(([key, flag]) => [key, { ...flag }]));
    const at = stamp();
    // Brought back after an undo here: the version's own removal is taken back.
    for (const versionId of versionsAdded) delete record.versionsRemoved[versionId];
    // Named, so which text is shown never depends on the order versions were written in.
    if (shown && (versionsAdded.length > 0 || shown !== kept.currentVersion)) {
      record.fields.currentVersion = { value: shown, at };
    }
    for (const highlight of highlights) recordCreated(record, highlight, highlight.versionId, at);
    // An imported article whose text never came (or could not be fetched) has it now: nothing to fetch.
    const { contentStatus, contentError, ...fetched } = current.article;
    const article = shown && contentStatus ? fetched : current.article;
    recordChanges(record, current.article, { ...article, ...reading, tags }, stamp, tagKey);
    // Each tag put on with its own stamp: Undo knows it by that stamp, never by its name alone.
    for (const key of tags.map(tagKey)) {
      const flag = record.tags[key];
      if (currentTags.has(key) || !flag?.on) continue;
      const before = ownBefore.get(key);
      tagsPut.push({ key, at: flag.at, ...(before ? { before } : {}) });
    }
    if (notes) recordNote(record, noteValue({ ...notes.note, note: notes.text }), current, at);
    return true;
  });
  // Another text shown: its events are found again, as after a save.
  if (shown && shown !== kept.currentVersion) catalog.contentSaved(group.keep);
  return {
    keep: group.keep,
    merged: others.map((other) => other.article.id),
    url: group.url,
    versionsAdded,
    highlightsAdded: highlights.map((highlight) => highlight.id),
    tagsAdded: tags.filter((tag) => !keptTags.has(tagKey(tag))),
    tagsPut,
    before,
    shownBefore: kept.currentVersion,
    ...(notes ? { noteBefore: notes.before } : {}),
  };
}

/** The text shown by the copy whose text was saved last. */
function newestShown(group: MergedArticle[]): string | null {
  let newest: { versionId: string; time: number } | null = null;
  for (const merged of group) {
    const meta = merged.versions.find((version) => version.versionId === merged.currentVersion);
    const time = meta ? Date.parse(meta.savedAt) || 0 : 0;
    if (meta && (!newest || time > newest.time)) newest = { versionId: meta.versionId, time };
  }
  return newest?.versionId ?? null;
}

/** Every text of the others the kept article lacks, written as its version with the images it shows. */
async function copyTexts(store: ArticleStore, kept: MergedArticle, others: MergedArticle[]): Promise<string[]> {
  const keptId = kept.article.id;
  const has = new Set(kept.versions.map((version) => version.versionId));
  const added: string[] = [];
  for (const other of others) {
    const otherId = other.article.id;
    for (const meta of other.versions) {
      if (has.has(meta.versionId)) continue;
      const content = await store.texts.readVersionContent(otherId, meta.versionId);
      // Its files not all here yet (a sync under way): the article stays in the trash, its text with it.
      if (content.text.trim() === '') continue;
      for (const asset of meta.assets) {
        const source = store.paths.asset(otherId, asset.file);
        const bytes = source ? await readFile(source).catch(() => null) : null;
        if (bytes) await store.writeAsset(keptId, asset.file, bytes);
      }
      await store.writeVersion(keptId, meta, content.html, content.text);
      has.add(meta.versionId);
      added.push(meta.versionId);
    }
  }
  return added;
}

/** The others' highlights, each keeping the version it was made on (the text shown then, if none was named). */
function movedHighlights(kept: MergedArticle, others: MergedArticle[]): MergedAnnotation[] {
  const held = new Set(kept.annotations.map((annotation) => annotation.id));
  const moved: MergedAnnotation[] = [];
  for (const other of others) {
    for (const annotation of other.annotations) {
      if (annotation.kind !== 'highlight' || !annotation.anchor || held.has(annotation.id)) continue;
      held.add(annotation.id);
      moved.push({ ...annotation, versionId: annotation.versionId ?? other.currentVersion });
    }
  }
  return moved;
}

/** Tags of all, the kept article's first, each once. */
function joinedTags(lists: string[][]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of lists.flat()) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  return [...byKey.values()];
}

type ReadingState = Pick<Article, 'state' | 'readAt' | 'archivedAt' | 'progress' | 'scrollAnchor' | 'favorite'>;

/**
 * Read, archived and how far read as sync settles them (the change made last wins, a format-1 value
 * before any change), taken together from the copy whose state was set last, so a state and its dates
 * agree; favorite when any copy is.
 */
async function readingState(catalog: Catalog, group: MergedArticle[]): Promise<ReadingState> {
  let lastState: { at: Stamp; article: Article } | null = null;
  let lastProgress: { at: Stamp; article: Article } | null = null;
  for (const merged of group) {
    const { article } = merged;
    const files = await readArticleFiles(catalog.articles.paths, article.id, {
      readOnly: catalog.readOnly,
      now: catalog.now,
      report: () => {},
    });
    const changedAt = (name: 'state' | 'progress'): Stamp => {
      const copies: RecordFields[typeof name][] = (files?.records ?? []).map((record) => record.fields[name]);
      return latest<unknown>(copies)?.at ?? legacyStamp();
    };
    const stateAt = changedAt('state');
    if (!lastState || stateAt > lastState.at) lastState = { at: stateAt, article };
    const progressAt = changedAt('progress');
    if (!lastProgress || progressAt > lastProgress.at) lastProgress = { at: progressAt, article };
  }
  const { state, readAt, archivedAt } = lastState!.article;
  const { progress, scrollAnchor } = lastProgress!.article;
  const favorite = group.some((merged) => merged.article.favorite);
  return { state, readAt, archivedAt, progress, scrollAnchor, favorite };
}

/** The kept article's note with the others' texts it lacks added below it, or null when it lacks none. */
function joinedNote(
  kept: MergedArticle,
  others: MergedArticle[],
): { note: MergedAnnotation; text: string; before: string } | null {
  const noteOf = (merged: MergedArticle) => merged.annotations.find((annotation) => annotation.kind === 'note');
  const keptNote = noteOf(kept);
  const before = keptNote?.note ?? '';
  let text = before;
  let note = keptNote;
  for (const other of others) {
    const otherNote = noteOf(other);
    const otherText = otherNote?.note.trim() ?? '';
    if (!otherNote || otherText === '' || text.includes(otherText)) continue;
    note ??= otherNote;
    // Both texts kept, one below the other, as sync keeps two notes written apart.
    text =
      text.trim() === ''
        ? otherText
        : `${text}\n\n---\n\n**From the copy saved as ${other.article.url}:**\n\n${otherText}`;
  }
  return note && text !== before ? { note, text, before } : null;
}
