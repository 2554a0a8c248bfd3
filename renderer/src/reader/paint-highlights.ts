import type { Annotation } from '../../../electron/contract/model.ts';
import { TextMap } from './text-map.ts';

export const MARK_CLASS = 'annals-hl';

/**
 * Paints highlights into the article frame as <mark> elements (the frame runs no script: the parent
 * paints). Overlapping highlights nest. Painting again first removes the previous marks, so the text
 * nodes are the saved page's own.
 */
export function paintHighlights(root: HTMLElement, text: string, annotations: Annotation[]): TextMap {
  clearHighlights(root);
  const map = new TextMap(root, text);
  const cuts = new Map<Text, { start: number; end: number; annotation: Annotation }[]>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'highlight' || annotation.orphaned || !annotation.anchor) continue;
    for (const segment of map.segments(annotation.anchor.start, annotation.anchor.end)) {
      const list = cuts.get(segment.node) ?? [];
      list.push({ start: segment.start, end: segment.end, annotation });
      cuts.set(segment.node, list);
    }
  }
  for (const [node, pieces] of cuts) wrapPieces(node, pieces);
  return map;
}

export function clearHighlights(root: HTMLElement): void {
  const marks = [...root.querySelectorAll(`mark.${MARK_CLASS}`)];
  if (marks.length === 0) return;
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/** Splits one text node at every highlight boundary and wraps each piece in the marks that cover it. */
function wrapPieces(node: Text, pieces: { start: number; end: number; annotation: Annotation }[]): void {
  const bounds = [...new Set([0, node.data.length, ...pieces.flatMap((piece) => [piece.start, piece.end])])].sort(
    (a, b) => a - b,
  );
  const doc = node.ownerDocument;
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    let piece: Node = doc.createTextNode(node.data.slice(from, to));
    // Longer highlights outside, shorter inside, so a short one stays visible within a long one.
    const covering = pieces
      .filter((candidate) => candidate.start <= from && candidate.end >= to)
      .sort((a, b) => length(b.annotation) - length(a.annotation));
    for (const { annotation } of covering.reverse()) {
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} ${MARK_CLASS}-${annotation.color}${annotation.note ? ` ${MARK_CLASS}-noted` : ''}`;
      mark.dataset.annotationId = annotation.id;
      mark.append(piece);
      piece = mark;
    }
    fragment.append(piece);
  }
  node.replaceWith(fragment);
}

function length(annotation: Annotation): number {
  return annotation.anchor ? annotation.anchor.end - annotation.anchor.start : 0;
}

/** Scrolls the highlight into view in the reader and makes it blink once. */
export function flashHighlight(root: HTMLElement, id: string): HTMLElement | null {
  const marks = [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-annotation-id="${CSS.escape(id)}"]`)];
  const first = marks[0];
  if (!first) return null;
  for (const mark of marks) {
    mark.classList.remove('is-flashing');
    void mark.offsetWidth;
    mark.classList.add('is-flashing');
  }
  return first;
}
