import type { Annotation } from '../../../electron/contract/model.ts';
import { TextMap } from './text-map.ts';

export const MARK_CLASS = 'annals-hl';
/** Words of the search the article was opened from. */
export const FIND_CLASS = 'annals-find';
/** The sentence of the timeline event the article was opened at. */
export const SENTENCE_CLASS = 'annals-event';
/** The words in that sentence that gave the event's date. */
export const DATE_WORDS_CLASS = 'annals-event-date';

/** An event's sentence to mark, with the words that gave its date when known. */
export interface MarkedSentence {
  start: number;
  end: number;
  dateStart?: number;
  dateEnd?: number;
}

/** Something to paint: a highlight, a search match (with its index, for n and N), or an event's sentence. */
type Paint =
  | { start: number; end: number; annotation: Annotation }
  | { start: number; end: number; match: number }
  | { start: number; end: number; sentence: true }
  | { start: number; end: number; dateWords: true };

/**
 * Paints highlights into the article frame as <mark> elements (the frame runs no script: the parent
 * paints). Overlapping highlights nest. Painting again first removes the previous marks, so the text
 * nodes are the saved page's own.
 */
export function paintHighlights(
  root: HTMLElement,
  text: string,
  annotations: Annotation[],
  matches: { start: number; end: number }[] = [],
  sentence: MarkedSentence | null = null,
): TextMap {
  clearHighlights(root);
  const map = new TextMap(root, text);
  const cuts = new Map<Text, Paint[]>();
  const add = (start: number, end: number, paint: (segment: { start: number; end: number }) => Paint) => {
    for (const segment of map.segments(start, end)) {
      const list = cuts.get(segment.node) ?? [];
      list.push(paint(segment));
      cuts.set(segment.node, list);
    }
  };
  for (const annotation of annotations) {
    if (annotation.kind !== 'highlight' || annotation.orphaned || !annotation.anchor) continue;
    add(annotation.anchor.start, annotation.anchor.end, (segment) => ({ ...segment, annotation }));
  }
  for (const [index, match] of matches.entries()) {
    add(match.start, match.end, (segment) => ({ ...segment, match: index }));
  }
  if (sentence) add(sentence.start, sentence.end, (segment) => ({ ...segment, sentence: true }));
  const { dateStart, dateEnd } = sentence ?? {};
  if (
    sentence &&
    dateStart !== undefined &&
    dateEnd !== undefined &&
    dateStart >= sentence.start &&
    dateEnd <= sentence.end
  )
    add(dateStart, dateEnd, (segment) => ({ ...segment, dateWords: true }));
  for (const [node, pieces] of cuts) wrapPieces(node, pieces);
  return map;
}

export function clearHighlights(root: HTMLElement): void {
  const marks = [
    ...root.querySelectorAll(
      `mark.${MARK_CLASS}, mark.${FIND_CLASS}, mark.${SENTENCE_CLASS}, mark.${DATE_WORDS_CLASS}`,
    ),
  ];
  if (marks.length === 0) return;
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/** Splits one text node at every highlight boundary and wraps each piece in the marks that cover it. */
function wrapPieces(node: Text, pieces: Paint[]): void {
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
      .sort((a, b) => length(b) - length(a));
    for (const paint of covering.reverse()) {
      const mark = doc.createElement('mark');
      if ('annotation' in paint) {
        const { annotation } = paint;
        mark.className = `${MARK_CLASS} ${MARK_CLASS}-${annotation.color}${annotation.note ? ` ${MARK_CLASS}-noted` : ''}`;
        mark.dataset.annotationId = annotation.id;
      } else if ('sentence' in paint) {
        mark.className = SENTENCE_CLASS;
      } else if ('dateWords' in paint) {
        mark.className = DATE_WORDS_CLASS;
      } else {
        mark.className = FIND_CLASS;
        mark.dataset.match = String(paint.match);
      }
      mark.append(piece);
      piece = mark;
    }
    fragment.append(piece);
  }
  node.replaceWith(fragment);
}

/** The event's sentence outside everything, its date words next, highlights outside search matches, longer outside. */
function length(paint: Paint): number {
  if ('sentence' in paint) return Number.MAX_SAFE_INTEGER;
  if ('dateWords' in paint) return Number.MAX_SAFE_INTEGER - 1;
  if (!('annotation' in paint)) return -1;
  const { anchor } = paint.annotation;
  return anchor ? anchor.end - anchor.start : 0;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/**
 * Where the words and phrases of a search occur in a text, as the search matched them: whole words, any
 * case; the last word typed is also matched as the start of a word and marks that whole word ("bridg"
 * marks "bridges"), as search finds it. Never a piece inside a word ("old" is not marked in "told").
 */
export function findMatches(text: string, terms: string[], phrases: string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const words = terms.flatMap((term) => term.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)).filter(Boolean);
  const needles = [
    ...phrases.map((phrase) => ({ needle: phrase.toLowerCase(), prefix: false })),
    ...words.map((word, index) => ({ needle: word, prefix: index === words.length - 1 })),
  ];
  const found: { start: number; end: number }[] = [];
  for (const { needle, prefix } of needles) {
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1 && found.length < 2_000; at = lower.indexOf(needle, at + 1)) {
      if (isWordChar(lower[at - 1])) continue;
      let end = at + needle.length;
      if (isWordChar(lower[end])) {
        if (!prefix) continue;
        while (isWordChar(lower[end])) end++;
      }
      found.push({ start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((match, index) => index === 0 || match.start >= found[index - 1]!.end);
}

/** Shows search match `index` (wrapping around); answers how many there are. */
export function showMatch(root: HTMLElement, index: number): number {
  const marks = [...root.querySelectorAll<HTMLElement>(`mark.${FIND_CLASS}`)];
  const seen = new Set<string>();
  const distinct = marks.filter((mark) => !seen.has(mark.dataset.match ?? '') && seen.add(mark.dataset.match ?? ''));
  if (distinct.length === 0) return 0;
  const wanted = ((index % distinct.length) + distinct.length) % distinct.length;
  for (const mark of marks) mark.classList.toggle('is-current', mark.dataset.match === distinct[wanted]!.dataset.match);
  distinct[wanted]!.scrollIntoView({ block: 'center' });
  return distinct.length;
}

/** Finds a highlight in the reader and makes it blink once; answers its first mark (to scroll to). */
export function flashHighlight(root: HTMLElement, id: string): HTMLElement | null {
  return flash([...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-annotation-id="${CSS.escape(id)}"]`)]);
}

/** The same for the sentence of the event the article was opened at. */
export function flashSentence(root: HTMLElement): HTMLElement | null {
  return flash([...root.querySelectorAll<HTMLElement>(`mark.${SENTENCE_CLASS}`)]);
}

function flash(marks: HTMLElement[]): HTMLElement | null {
  const first = marks[0];
  if (!first) return null;
  for (const mark of marks) {
    mark.classList.remove('is-flashing');
    void mark.offsetWidth;
    mark.classList.add('is-flashing');
  }
  return first;
}
