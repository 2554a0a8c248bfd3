import type { Annotation, Article, ArticleState } from '../../../contract/index.ts';
import { placeInText } from '../../annotations/annotations.ts';
import { editTags } from '../../library/tags.ts';

const stateRank: Record<ArticleState, number> = { unread: 0, read: 1, archived: 2 };

/** True when the backup's copy of an article was changed after the library's. */
export function backupIsNewer(mine: Article, theirs: Article): boolean {
  return (Date.parse(theirs.updatedAt) || 0) > (Date.parse(mine.updatedAt) || 0);
}

/**
 * One record from the library's copy of an article and the backup's: the newer copy's content and
 * metadata, every tag of both, the more advanced state, a favorite if either was, the furthest
 * progress and the earliest save. It keeps the library's id.
 */
export function mergeRecords(mine: Article, theirs: Article, feedId: string | null, now: Date): Article {
  const base = backupIsNewer(mine, theirs) ? theirs : mine;
  const state = stateRank[theirs.state] > stateRank[mine.state] ? theirs.state : mine.state;
  const progress = Math.max(mine.progress, theirs.progress);
  return {
    ...base,
    id: mine.id,
    savedAt: earliest(mine.savedAt, theirs.savedAt) ?? mine.savedAt,
    updatedAt: now.toISOString(),
    state,
    favorite: mine.favorite || theirs.favorite,
    tags: editTags(mine.tags, theirs.tags, []),
    progress,
    scrollAnchor: progress,
    readAt: state === 'unread' ? null : earliest(mine.readAt, theirs.readAt),
    archivedAt: state === 'archived' ? earliest(mine.archivedAt, theirs.archivedAt) : null,
    sample: mine.sample && theirs.sample,
    feedId: mine.feedId ?? feedId,
  };
}

export interface AnnotationSources {
  articleId: string;
  mine: Annotation[];
  theirs: Annotation[];
  /** The text each side's highlights were anchored in, and the text the article keeps. */
  mineText: string;
  theirsText: string;
  text: string;
  now: Date;
}

/**
 * Every highlight of both copies, once: the same id keeps its latest edit; highlights made on a text
 * other than the one kept are anchored again (or kept as orphaned). An article has one note, so two
 * notes become one holding both texts.
 */
export function mergeAnnotations(sources: AnnotationSources): Annotation[] {
  const { articleId, text } = sources;
  const merged = new Map<string, Annotation>();
  const add = (annotation: Annotation, from: string) => {
    const placed = from === text ? annotation : placeInText(text, annotation).annotation;
    const existing = merged.get(annotation.id);
    if (!existing || placed.modified > existing.modified) merged.set(annotation.id, { ...placed, articleId });
  };
  for (const annotation of sources.mine) add(annotation, sources.mineText);
  for (const annotation of sources.theirs) add(annotation, sources.theirsText);

  const all = [...merged.values()];
  const notes = all.filter((annotation) => annotation.kind === 'note');
  if (notes.length <= 1) return all;
  const [first, ...others] = notes as [Annotation, ...Annotation[]];
  const texts = [...new Set(notes.map((note) => note.note.trim()).filter((note) => note !== ''))];
  const note: Annotation = {
    ...first,
    note: texts.join('\n\n'),
    tags: editTags(
      first.tags,
      others.flatMap((other) => other.tags),
      [],
    ),
    modified: sources.now.toISOString(),
  };
  const dropped = new Set(others.map((other) => other.id));
  return all.filter((annotation) => !dropped.has(annotation.id)).map((a) => (a.id === first.id ? note : a));
}

function earliest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return (Date.parse(b) || Infinity) < (Date.parse(a) || Infinity) ? b : a;
}
