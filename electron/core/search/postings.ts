/**
 * The articles holding one word in one field, in the order they were indexed (so ascending), with
 * how often the word occurs in each. Typed arrays keep 10,000s of them small and fast to scan.
 */
export class PostingList {
  docs = new Int32Array(4);
  counts = new Uint16Array(4);
  size = 0;
  /** Entries whose article has since been removed or re-indexed; compacted when they pile up. */
  dead = 0;

  push(doc: number, count: number): void {
    if (this.size === this.docs.length) {
      const docs = new Int32Array(this.size * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Uint16Array(this.size * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.size] = doc;
    this.counts[this.size] = Math.min(count, 65_535);
    this.size++;
  }

  get live(): number {
    return this.size - this.dead;
  }

  /** Drops the entries of removed articles, once they are half the list. */
  compact(alive: (doc: number) => boolean): void {
    if (this.dead * 2 < this.size) return;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const doc = this.docs[i]!;
      if (!alive(doc)) continue;
      this.docs[kept] = doc;
      this.counts[kept] = this.counts[i]!;
      kept++;
    }
    this.size = kept;
    this.dead = 0;
  }

  /** Where `doc` is in the list, or -1 (binary search: the list is ascending). */
  find(doc: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = this.docs[middle]!;
      if (value === doc) return middle;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
