/** Ordering search candidates by score without sorting them all. */

/** Whether `a` ranks below `b`: a lower score, or the same score and indexed later. */
export function ranksBelow(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}

/**
 * The `count` best-scored of `docs`, best first, in O(n log count); with `after`, only those ranked
 * below that one (the next page). Ties are broken by position, so pages never overlap or skip.
 */
export function topByScore(docs: number[], scores: Float64Array, count: number, after = -1): number[] {
  // A min-heap of the best so far: its root is the weakest, replaced by anything better.
  const heap: number[] = [];
  const weaker = (a: number, b: number) => ranksBelow(scores, a, b);
  const down = (from: number) => {
    for (let at = from; ; ) {
      const left = at * 2 + 1;
      const right = left + 1;
      let least = at;
      if (left < heap.length && weaker(heap[left]!, heap[least]!)) least = left;
      if (right < heap.length && weaker(heap[right]!, heap[least]!)) least = right;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  for (const doc of docs) {
    if (after !== -1 && !weaker(doc, after)) continue;
    if (heap.length < count) {
      heap.push(doc);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!weaker(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (weaker(heap[0]!, doc)) {
      heap[0] = doc;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
