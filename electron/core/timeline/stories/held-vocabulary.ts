// The numbers held fingerprints (held-fingerprint.ts) give words and names, and the typed memory their packed
// numbers live in: one vocabulary for every fingerprint of a library, so that a word's number compares across them.

/** Numbers in a slab of memory: an array of its own per article cost some 300 bytes besides its numbers. */
const SLAB_LENGTH = 256 * 1024;

/**
 * Numbers for words and names, shared by every fingerprint held; a number, once given, stays its word's.
 * It also keeps the fingerprints' packed numbers, in slabs (a fingerprint let go leaves its numbers there
 * until every fingerprint of that slab is gone).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private slab = new Uint32Array(0);
  private slabUsed = 0;

  /** The numbers, in a view of the current slab (a fingerprint larger than a slab has an array of its own). */
  pack(values: readonly number[]): Uint32Array {
    if (values.length > SLAB_LENGTH / 4) return Uint32Array.from(values);
    if (this.slabUsed + values.length > this.slab.length) {
      this.slab = new Uint32Array(SLAB_LENGTH);
      this.slabUsed = 0;
    }
    const view = this.slab.subarray(this.slabUsed, this.slabUsed + values.length);
    view.set(values);
    this.slabUsed += values.length;
    return view;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  wordOf(id: number): string {
    return this.words[id]!;
  }

  get size(): number {
    return this.words.length;
  }
}
