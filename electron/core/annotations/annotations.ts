import { randomBytes } from 'node:crypto';
import { AnnalsError, type Annotation, type HighlightColor, type TextAnchor } from '../../contract/index.ts';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import type { ArticleRecord } from '../library/article-record.ts';
import type { Library } from '../library/library.ts';
import type { MergedArticle } from '../library/merge-article.ts';
import { editTags } from '../library/tags.ts';
import { WriteQueue } from '../library/write-queue.ts';
import type { Stamp } from '../sync/clock.ts';
import { AnchorCache } from './anchor-cache.ts';
import { anchorInText, describeRange, findQuote } from './anchoring.ts';
import { noteValue, recordCreated, recordDeleted, recordFields, recordNote } from './annotation-records.ts';

export type NewAnnotation =
  | {
      kind: 'highlight';
      /** Offsets into the article's text, or the quoted words to find in it. */
      range?: { start: number; end: number };
      quote?: string;
      color: HighlightColor;
      note: string;
      tags: string[];
    }
  | { kind: 'note'; color: HighlightColor; note: string; tags: string[] };

/** A highlight from another service: its words, and what the reader wrote on it. */
export interface ImportedHighlight {
  quote: string;
  note: string;
  tags: string[];
  created: string | null;
}

export interface AnnotationPatch {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

/** Annotated articles read at once when every annotation is listed. */
const ARTICLES_READ_AT_ONCE = 8;
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const newId = () => Array.from(randomBytes(12), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');

/**
 * Highlights and notes: where they sit in an article's text, and what the reader wrote on them. Each
 * device writes its changes into its own record of the article; a highlight keeps the version of the
 * text it was made on and is placed on the current one by each device for itself (AnchorCache).
 */
export class Annotations {
  private readonly queue = new WriteQueue();
  private readonly anchors: AnchorCache;

  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
    readOnly = false,
  ) {
    this.anchors = new AnchorCache(library.paths, readOnly);
  }

  async list(articleId: string): Promise<Annotation[]> {
    return this.listOf(await this.library.merged(articleId));
  }

  /** The annotations of an article merged already (library.merged): its files are not read again. */
  async listOf(merged: MergedArticle | null): Promise<Annotation[]> {
    return merged ? sortInText((await this.placed(merged)).annotations) : [];
  }

  /** Every annotation in the library, newest first. */
  async listAll(): Promise<Annotation[]> {
    const all: Annotation[] = [];
    const annotated = this.library.list('all', 'saved').filter((article) => article.annotationCount > 0);
    // A few articles read at once: one at a time, a library with hundreds annotated kept the reader waiting seconds,
    // mostly for the disk. The order read in does not matter: the list is sorted below.
    await forEachLimited(annotated, ARTICLES_READ_AT_ONCE, async (article) => {
      all.push(...(await this.list(article.id)));
    });
    return all.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
  }

  async create(articleId: string, input: NewAnnotation): Promise<Annotation> {
    this.library.summary(articleId);
    const { text } = await this.library.content(articleId);
    const anchor = input.kind === 'highlight' ? anchorFor(text, input) : null;
    const now = this.now().toISOString();
    const annotation: Annotation = {
      id: newId(),
      articleId,
      kind: input.kind,
      anchor,
      orphaned: false,
      color: input.color,
      note: input.note,
      tags: editTags([], input.tags, []),
      created: now,
      modified: now,
    };
    return this.change(articleId, (record, at, current) => {
      if (input.kind === 'note' && current.annotations.some((existing) => existing.kind === 'note')) {
        throw new AnnalsError('BAD_INPUT', 'This article already has a note; edit that one.');
      }
      if (input.kind === 'note') recordNote(record, noteValue(annotation), current, at);
      else recordCreated(record, annotation, shownVersion(current), at);
      return { id: annotation.id };
    });
  }

  async update(articleId: string, id: string, patch: AnnotationPatch): Promise<Annotation> {
    return this.change(articleId, (record, at, current) => {
      const existing = current.annotations.find((annotation) => annotation.id === id);
      if (!existing) throw new AnnalsError('NOT_FOUND', 'That highlight no longer exists.');
      const tags = patch.tags ? editTags([], patch.tags, []) : undefined;
      if (existing.kind === 'note') {
        const next = { ...existing, ...(patch.color ? { color: patch.color } : {}), ...(tags ? { tags } : {}) };
        recordNote(record, noteValue({ ...next, note: patch.note ?? existing.note }), current, at);
      } else recordFields(record, id, { ...patch, ...(tags ? { tags } : {}) }, at);
      return { id };
    });
  }

  /** Answers what was deleted, whole, so the deletion can be undone with `restore`. */
  async delete(articleId: string, ids: string[]): Promise<Annotation[]> {
    this.library.summary(articleId);
    const before = await this.list(articleId);
    const doomed = before.filter((annotation) => ids.includes(annotation.id));
    if (doomed.length === 0) return [];
    await this.change(articleId, (record, at, current) => {
      for (const annotation of doomed) {
        if (annotation.kind === 'note') recordNote(record, noteValue(annotation, true), current, at);
        else recordDeleted(record, annotation.id, true, at);
      }
      return null;
    });
    return doomed;
  }

  async restore(annotations: Annotation[]): Promise<number> {
    let restored = 0;
    const byArticle = new Map<string, Annotation[]>();
    for (const annotation of annotations) {
      byArticle.set(annotation.articleId, [...(byArticle.get(annotation.articleId) ?? []), annotation]);
    }
    for (const [articleId, items] of byArticle) {
      this.library.summary(articleId);
      await this.change(articleId, (record, at, current) => {
        const present = new Set(current.annotations.map((annotation) => annotation.id));
        for (const item of items.filter((annotation) => !present.has(annotation.id))) {
          if (item.kind === 'note') recordNote(record, noteValue(item), current, at);
          else if (record.annotations[item.id]?.created || current.annotationStamps[item.id] === undefined) {
            // Made here, or never seen here: made again as it was (on the version it names).
            recordCreated(record, item, item.versionId ?? shownVersion(current), at);
            recordDeleted(record, item.id, false, at);
          } else recordDeleted(record, item.id, false, at);
          restored++;
        }
        return null;
      });
    }
    return restored;
  }

  /**
   * Highlights and notes from another service's export. A highlight is anchored by its quote where the
   * article's text has it, else kept as orphaned (to be anchored when the text arrives), never dropped.
   * Ones already here (the same words with the same note) are not added again, so importing is idempotent.
   */
  async importMany(
    articleId: string,
    highlights: ImportedHighlight[],
    notes: string[],
  ): Promise<{ highlights: number; notes: number }> {
    this.library.summary(articleId);
    const { text } = await this.library.content(articleId);
    const now = this.now().toISOString();
    const existing = await this.list(articleId);
    const next = [...existing];
    const added: Annotation[] = [];
    for (const item of highlights) {
      const quote = item.quote.trim().slice(0, 20_000);
      const found = text ? findQuote(text, quote) : null;
      const already = next.some(
        (annotation) =>
          annotation.anchor &&
          annotation.note === item.note &&
          (sameWords(annotation.anchor.exact, quote) ||
            (found !== null && annotation.anchor.start === found.start && annotation.anchor.end === found.end)),
      );
      if (!quote || already) continue;
      const created = item.created ?? now;
      const highlight: Annotation = {
        id: newId(),
        articleId,
        kind: 'highlight',
        anchor: found
          ? describeRange(text, found.start, found.end)
          : { exact: quote, prefix: '', suffix: '', start: 0, end: 0 },
        orphaned: !found,
        color: 'yellow',
        note: item.note,
        tags: editTags([], item.tags, []),
        created,
        modified: created,
      };
      next.push(highlight);
      added.push(highlight);
    }
    const note = next.find((annotation) => annotation.kind === 'note');
    const fresh = [...new Set(notes.map((line) => line.trim()))].filter((line) => line && !note?.note.includes(line));
    // Nothing new: nothing is written (importing the same file twice changes nothing).
    if (added.length === 0 && fresh.length === 0) return { highlights: 0, notes: 0 };
    await this.change(articleId, (record, at, current) => {
      const versionId = shownVersion(current);
      for (const highlight of added) recordCreated(record, highlight, highlight.orphaned ? null : versionId, at);
      if (fresh.length > 0) {
        const body = [note?.note, ...fresh].filter(Boolean).join('\n\n').slice(0, 100_000);
        const base: Annotation = note ?? {
          id: newId(),
          articleId,
          kind: 'note',
          anchor: null,
          orphaned: false,
          color: 'yellow',
          note: '',
          tags: [],
          created: now,
          modified: now,
        };
        recordNote(record, noteValue({ ...base, note: body }), current, at);
      }
      return null;
    });
    return { highlights: added.length, notes: fresh.length };
  }

  /**
   * After an article was saved again: place every highlight on its words in the new text, by position,
   * then exact quote, then fuzzy quote. One that cannot be placed is kept, as orphaned. Placing is
   * derived (each device does it for itself), so nothing of the reader's is rewritten.
   */
  async reanchor(articleId: string): Promise<{ moved: number; orphaned: number }> {
    const merged = await this.library.merged(articleId);
    if (!merged) return { moved: 0, orphaned: 0 };
    const { moved, orphaned } = await this.placed(merged);
    return { moved, orphaned };
  }

  /** Runs `task` when no highlight is being written, and keeps new writes waiting until it ends. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /** The article's annotations with each highlight placed on the current text (cached per device). */
  private async placed(merged: MergedArticle): Promise<{ annotations: Annotation[]; moved: number; orphaned: number }> {
    const current = shownVersion(merged);
    const away = merged.annotations.filter((a) => a.kind === 'highlight' && (a.versionId ?? null) !== current);
    if (away.length === 0) return { annotations: merged.annotations, moved: 0, orphaned: 0 };
    const articleId = merged.article.id;
    const cache = await this.anchors.read(articleId, current);
    let text: string | null = null;
    let fresh = false;
    let moved = 0;
    let orphaned = 0;
    const placedById = new Map<string, Annotation>();
    for (const annotation of away) {
      let placed = cache.get(annotation.id);
      if (!placed || placed.from !== (annotation.versionId ?? null)) {
        text ??= (await this.library.content(articleId)).text;
        const result = placeInText(text, annotation);
        placed = { from: annotation.versionId ?? null, anchor: result.annotation.anchor!, orphaned: result.orphaned };
        cache.set(annotation.id, placed);
        fresh = true;
      }
      if (placed.orphaned) orphaned++;
      else if (placed.anchor.start !== annotation.anchor?.start || placed.anchor.end !== annotation.anchor?.end)
        moved++;
      placedById.set(annotation.id, { ...annotation, anchor: placed.anchor, orphaned: placed.orphaned });
    }
    if (fresh) await this.anchors.write(articleId, current, cache);
    return {
      annotations: merged.annotations.map((annotation) => placedById.get(annotation.id) ?? annotation),
      moved,
      orphaned,
    };
  }

  /** Writes this device's record of one article; answers the annotation `id` names, as merged and placed. */
  private async change<T extends { id: string } | null>(
    articleId: string,
    edit: (record: ArticleRecord, at: Stamp, current: MergedArticle) => T,
  ): Promise<T extends { id: string } ? Annotation : null> {
    return this.queue.run(async () => {
      let answer: T | undefined;
      const merged = await this.library.changeRecord(articleId, (record, stamp, current) => {
        if (!current) throw new AnnalsError('NOT_FOUND', `No article with id ${articleId} in this library.`);
        answer = edit(record, stamp(), current);
        return undefined;
      });
      await this.library.annotationsChanged(articleId, merged.article.annotationCount);
      if (!answer) return null as never;
      const { annotations } = await this.placed(merged);
      const found = annotations.find((annotation) => annotation.id === answer!.id);
      if (!found) throw new AnnalsError('NOT_FOUND', 'That highlight no longer exists.');
      return found as never;
    });
  }
}

/** The version whose text is shown: highlights made on it need no placing. */
function shownVersion(merged: MergedArticle): string | null {
  return merged.shownText?.kind === 'version' ? merged.shownText.id : merged.currentVersion;
}

/** An annotation put back on its words in `text` (or marked orphaned), and whether it had to move. */
export function placeInText(
  text: string,
  annotation: Annotation,
): { annotation: Annotation; moved: boolean; orphaned: boolean } {
  if (!annotation.anchor) return { annotation, moved: false, orphaned: false };
  const found = anchorInText(text, annotation.anchor);
  if (!found) return { annotation: { ...annotation, orphaned: true }, moved: false, orphaned: true };
  return {
    annotation: { ...annotation, orphaned: false, anchor: describeRange(text, found.start, found.end) },
    moved: found.method !== 'position',
    orphaned: false,
  };
}

function anchorFor(text: string, input: { range?: { start: number; end: number }; quote?: string }): TextAnchor {
  if (input.range) {
    const { start, end } = input.range;
    if (start >= end || end > text.length) {
      throw new AnnalsError('BAD_INPUT', 'That selection is not inside the article’s text.');
    }
    return describeRange(text, start, end);
  }
  const quote = input.quote?.trim() ?? '';
  if (!quote) throw new AnnalsError('BAD_INPUT', 'A highlight needs a selection or a quote.');
  const found = findQuote(text, quote);
  if (!found) throw new AnnalsError('NOT_FOUND', `“${quote.slice(0, 80)}” is not in the article’s text.`);
  return describeRange(text, found.start, found.end);
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Text order for one article; the article note first, orphans last. */
function sortInText(annotations: Annotation[]): Annotation[] {
  const rank = (annotation: Annotation) =>
    annotation.kind === 'note'
      ? -1
      : annotation.orphaned || !annotation.anchor
        ? Number.MAX_SAFE_INTEGER
        : annotation.anchor.start;
  return [...annotations].sort((a, b) => rank(a) - rank(b) || a.created.localeCompare(b.created));
}
