import { randomBytes } from 'node:crypto';
import { AnnalsError, type Annotation, type HighlightColor, type TextAnchor } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import { editTags } from '../library/tags.ts';
import { WriteQueue } from '../library/write-queue.ts';
import { anchorInText, describeRange, findQuote } from './anchoring.ts';
import { AnnotationStore } from './annotation-store.ts';

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

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const newId = () => Array.from(randomBytes(12), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');

/** Highlights and notes: where they sit in an article's text, and what the reader wrote on them. */
export class Annotations {
  private readonly store: AnnotationStore;
  private readonly queue = new WriteQueue();

  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.store = new AnnotationStore(library.paths, this.now, (message) => library.recovered.push(message));
  }

  async list(articleId: string): Promise<Annotation[]> {
    this.library.summary(articleId);
    return sortInText(await this.store.read(articleId));
  }

  /** Every annotation in the library, newest first. */
  async listAll(): Promise<Annotation[]> {
    const all: Annotation[] = [];
    for (const article of this.library.list('all', 'saved')) {
      if (article.annotationCount > 0) all.push(...(await this.store.read(article.id)));
    }
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
    return this.change(articleId, (annotations) => {
      if (input.kind === 'note' && annotations.some((existing) => existing.kind === 'note')) {
        throw new AnnalsError('BAD_INPUT', 'This article already has a note; edit that one.');
      }
      return { next: [...annotations, annotation], result: annotation };
    });
  }

  async update(articleId: string, id: string, patch: AnnotationPatch): Promise<Annotation> {
    this.library.summary(articleId);
    return this.change(articleId, (annotations) => {
      const current = annotations.find((annotation) => annotation.id === id);
      if (!current) throw new AnnalsError('NOT_FOUND', 'That highlight no longer exists.');
      const updated: Annotation = {
        ...current,
        ...(patch.color ? { color: patch.color } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.tags ? { tags: editTags([], patch.tags, []) } : {}),
        modified: this.now().toISOString(),
      };
      return { next: annotations.map((annotation) => (annotation.id === id ? updated : annotation)), result: updated };
    });
  }

  /** Answers what was deleted, whole, so the deletion can be undone with `restore`. */
  async delete(articleId: string, ids: string[]): Promise<Annotation[]> {
    this.library.summary(articleId);
    const doomed = new Set(ids);
    return this.change(articleId, (annotations) => ({
      next: annotations.filter((annotation) => !doomed.has(annotation.id)),
      result: annotations.filter((annotation) => doomed.has(annotation.id)),
    }));
  }

  async restore(annotations: Annotation[]): Promise<number> {
    let restored = 0;
    const byArticle = new Map<string, Annotation[]>();
    for (const annotation of annotations) {
      byArticle.set(annotation.articleId, [...(byArticle.get(annotation.articleId) ?? []), annotation]);
    }
    for (const [articleId, items] of byArticle) {
      this.library.summary(articleId);
      restored += await this.change(articleId, (current) => {
        const present = new Set(current.map((annotation) => annotation.id));
        const missing = items.filter((annotation) => !present.has(annotation.id));
        return { next: [...current, ...missing], result: missing.length };
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
    return this.change(articleId, (annotations) => {
      const next = [...annotations];
      let added = 0;
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
        next.push({
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
        });
        added++;
      }
      const note = next.find((annotation) => annotation.kind === 'note');
      const fresh = [...new Set(notes.map((line) => line.trim()))].filter((line) => line && !note?.note.includes(line));
      if (fresh.length > 0) {
        const body = [note?.note, ...fresh].filter(Boolean).join('\n\n').slice(0, 100_000);
        if (note) next[next.indexOf(note)] = { ...note, note: body, modified: now };
        else
          next.push({
            id: newId(),
            articleId,
            kind: 'note',
            anchor: null,
            orphaned: false,
            color: 'yellow',
            note: body,
            tags: [],
            created: now,
            modified: now,
          });
      }
      // Nothing new: the files stay as they are (importing the same file twice changes nothing).
      return {
        next: added > 0 || fresh.length > 0 ? next : annotations,
        result: { highlights: added, notes: fresh.length },
      };
    });
  }

  /**
   * After an article was saved again: put every highlight back on its words in the new text, by
   * position, then exact quote, then fuzzy quote. One that cannot be placed is kept, as orphaned.
   */
  async reanchor(articleId: string): Promise<{ moved: number; orphaned: number }> {
    const { text } = await this.library.content(articleId);
    return this.change(articleId, (annotations) => {
      let moved = 0;
      let orphaned = 0;
      const next = annotations.map((annotation) => {
        const placed = placeInText(text, annotation);
        if (placed.orphaned) orphaned++;
        else if (placed.moved) moved++;
        return placed.annotation;
      });
      return { next, result: { moved, orphaned } };
    });
  }

  /** Runs `task` when no highlight is being written, and keeps new writes waiting until it ends. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  private change<T>(articleId: string, edit: (annotations: Annotation[]) => { next: Annotation[]; result: T }) {
    return this.queue.run(async () => {
      const current = await this.store.read(articleId);
      const { next, result } = edit(current);
      if (next === current) return result;
      await this.store.write(articleId, next);
      await this.library.annotationsChanged(articleId, next.length);
      return result;
    });
  }
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
