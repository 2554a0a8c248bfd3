import type { Annotation } from '../contract/index.ts';

/** One annotation as scripts see it: selectors flattened, offsets into `annals show <id> --text`. */
export function annotationRow(annotation: Annotation) {
  const { id, articleId, kind, anchor, orphaned, note, color, tags, created, modified } = annotation;
  return {
    id,
    articleId,
    kind,
    exact: anchor?.exact ?? null,
    prefix: anchor?.prefix ?? null,
    suffix: anchor?.suffix ?? null,
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    orphaned,
    note,
    color,
    tags,
    created,
    modified,
  };
}
