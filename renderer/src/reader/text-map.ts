/**
 * Maps the article frame's DOM to offsets in the article's plain text (text.txt), where highlights
 * and events are anchored. The plain text comes from the same sanitized HTML with whitespace
 * collapsed, so the two agree on every non-space character; we walk both side by side.
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

const WHITESPACE = /\s/;
/** How far ahead the text may run (a table's " | ", a stray character) before we give up on a char. */
const RESYNC_WINDOW = 8;

export class TextMap {
  private readonly nodes: Text[] = [];
  /** For each text node, the text offset of each of its characters, or -1 for spaces and strays. */
  private readonly offsets: Int32Array[] = [];
  private readonly indexOfNode = new Map<Text, number>();
  /** The first text offset each node shows (-1 when none): ascending, so a range is found by bisection. */
  private readonly firstOffsets: number[] = [];

  constructor(
    root: Node,
    readonly text: string,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let cursor = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      const map = new Int32Array(data.length).fill(-1);
      for (let i = 0; i < data.length; i++) {
        const char = data[i]!;
        if (WHITESPACE.test(char)) continue;
        let probe = cursor;
        while (probe < text.length && WHITESPACE.test(text[probe]!)) probe++;
        let found = -1;
        for (let ahead = probe; ahead < Math.min(text.length, probe + RESYNC_WINDOW); ahead++) {
          if (text[ahead] === char) {
            found = ahead;
            break;
          }
        }
        if (found >= 0) {
          map[i] = found;
          cursor = found + 1;
        }
      }
      this.indexOfNode.set(node, this.nodes.length);
      this.nodes.push(node);
      this.offsets.push(map);
      this.firstOffsets.push(map.find((offset) => offset >= 0) ?? -1);
    }
  }

  /** The text offset at a DOM point, looking forward (a selection's start) or backward (its end). */
  offsetAt(node: Node, offset: number, direction: 'forward' | 'backward'): number | null {
    const at = this.locate(node, offset, direction);
    if (!at) return null;
    let [n, i] = at;
    if (direction === 'forward') {
      for (; n < this.nodes.length; n++, i = 0) {
        const map = this.offsets[n]!;
        for (; i < map.length; i++) if (map[i]! >= 0) return map[i]!;
      }
      return null;
    }
    for (; n >= 0; n--, i = n >= 0 ? this.offsets[n]!.length : 0) {
      const map = this.offsets[n]!;
      for (let j = Math.min(i, map.length) - 1; j >= 0; j--) if (map[j]! >= 0) return map[j]! + 1;
    }
    return null;
  }

  /** A DOM range as [start, end) in the text, or null when it holds no text. */
  rangeToText(range: Range): { start: number; end: number } | null {
    const start = this.offsetAt(range.startContainer, range.startOffset, 'forward');
    const end = this.offsetAt(range.endContainer, range.endOffset, 'backward');
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** The pieces of text nodes that show text[start, end). */
  segments(start: number, end: number): TextSegment[] {
    const result: TextSegment[] = [];
    // Start at the last node that begins at or before `start` (nodes without text are skipped).
    let low = 0;
    let high = this.nodes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const first = this.firstOffsetAtOrBefore(middle);
      if (first !== -1 && first > start) high = middle - 1;
      else low = middle;
    }
    // A node without text (spaces between blocks) stands for the one before it.
    while (low > 0 && this.firstOffsets[low] === -1) low--;
    for (let n = low; n < this.nodes.length; n++) {
      const map = this.offsets[n]!;
      if (this.firstOffsets[n]! >= end) break;
      let first = -1;
      let last = -1;
      for (let i = 0; i < map.length; i++) {
        const offset = map[i]!;
        if (offset >= start && offset < end) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first < 0) continue;
      // Spaces at a node's edge belong to the highlight when it goes on past them (no gaps between words).
      while (first > 0 && map[first - 1] === -1 && map[first]! > start) first--;
      while (last < map.length - 1 && map[last + 1] === -1 && map[last]! < end - 1) last++;
      result.push({ node: this.nodes[n]!, start: first, end: last + 1 });
    }
    return result;
  }

  private firstOffsetAtOrBefore(index: number): number {
    for (let n = index; n >= 0; n--) if (this.firstOffsets[n] !== -1) return this.firstOffsets[n]!;
    return -1;
  }

  /** [node index, char index] of a DOM point; element points resolve to the text around them. */
  private locate(node: Node, offset: number, direction: 'forward' | 'backward'): [number, number] | null {
    const index = this.indexOfNode.get(node as Text);
    if (index !== undefined) return [index, offset];
    // An element boundary: find the first text node after (or the last before) the point.
    const doc = node.ownerDocument;
    if (!doc) return null;
    const probe = doc.createRange();
    probe.setStart(node, Math.min(offset, node.childNodes.length));
    for (let n = 0; n < this.nodes.length; n++) {
      const position = probe.comparePoint(this.nodes[n]!, 0);
      if (position >= 0) return direction === 'forward' ? [n, 0] : n > 0 ? [n - 1, this.offsets[n - 1]!.length] : null;
    }
    const last = this.nodes.length - 1;
    return direction === 'backward' && last >= 0 ? [last, this.offsets[last]!.length] : null;
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * A selection grown to whole words and trimmed of spaces at its ends, as readers mean it: a drag
 * that stops inside "negotiations" highlights the whole word.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!) && WORD_CHAR.test(text[from]!)) from--;
  while (to < text.length && WORD_CHAR.test(text[to]!) && WORD_CHAR.test(text[to - 1]!)) to++;
  return { start: from, end: to };
}
