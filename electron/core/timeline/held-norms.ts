// The weighted norms of held fingerprints (held-fingerprints.ts), summed once per IDF table: placing a newcomer
// compares it with every candidate under one table, and its own norm is the same for each.

/** A held fingerprint as its norms read it (held-fingerprints.ts), and where one of its parts lies in `packed`. */
type Held = { readonly packed: Uint32Array | Float64Array };
type Part = { ids: number; counts: number; length: number };

export class HeldNorms {
  // By weighting, fingerprint and part (keyed by where the part starts: one weighting could read a fingerprint's
  // words and its names). Weak keys: an IDF table dropped drops its norms, a fingerprint removed drops its own.
  private readonly norms = new WeakMap<(id: number) => number, WeakMap<Held, Map<number, number>>>();

  /** A part's squared norm under a weighting, summed in the part's own order as `cosine` of similarity.ts sums it. */
  of(held: Held, part: Part, weight: (id: number) => number): number {
    let byHeld = this.norms.get(weight);
    if (!byHeld) {
      byHeld = new WeakMap();
      this.norms.set(weight, byHeld);
    }
    let byPart = byHeld.get(held);
    if (!byPart) {
      byPart = new Map();
      byHeld.set(held, byPart);
    }
    const known = byPart.get(part.ids);
    if (known !== undefined) return known;
    let norm = 0;
    for (let i = 0; i < part.length; i++) {
      const w = held.packed[part.counts + i]! * weight(held.packed[part.ids + i]!);
      norm += w * w;
    }
    byPart.set(part.ids, norm);
    return norm;
  }
}
