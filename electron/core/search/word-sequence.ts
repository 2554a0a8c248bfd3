/** An article's words in one field, in reading order, as word ids (phrases are checked on them). */
export type WordSequence = Uint16Array | Uint32Array;

/** Word ids in the smallest array that holds them. */
export function sequenceOf(ids: ArrayLike<number>): WordSequence {
  let largest = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i]! > largest) largest = ids[i]!;
  return largest < 65_536 ? Uint16Array.from(ids) : Uint32Array.from(ids);
}

/** Whether `run` occurs in `sequence` as consecutive words. */
export function containsRun(sequence: WordSequence, run: number[]): boolean {
  if (run.length === 0) return true;
  for (let at = sequence.indexOf(run[0]!); at !== -1; at = sequence.indexOf(run[0]!, at + 1)) {
    let i = 1;
    while (i < run.length && sequence[at + i] === run[i]) i++;
    if (i === run.length) return true;
  }
  return false;
}

/**
 * A Bloom-style bitset of the pairs of neighbouring words in some sequences, about four bits per
 * word: a phrase whose pairs are not all in it is certainly absent, so most articles are ruled out
 * without scanning their text.
 */
export class PairSignature {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(sequences: WordSequence[]) {
    const words = sequences.reduce((sum, sequence) => sum + sequence.length, 0);
    let size = 64;
    while (size < words * 4) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
    for (const sequence of sequences) {
      for (let i = 1; i < sequence.length; i++) this.set(pairHash(sequence[i - 1]!, sequence[i]!));
    }
  }

  /** False when some neighbouring pair of `run` is in none of the sequences. */
  mayContain(run: number[]): boolean {
    for (let i = 1; i < run.length; i++) {
      const bit = pairHash(run[i - 1]!, run[i]!) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  private set(hash: number): void {
    const bit = hash & this.mask;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }
}

function pairHash(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) >>> 7;
}
