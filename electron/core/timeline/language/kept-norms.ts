// Norms of weighted bags of words, summed once per weighting. Grouping compares each arriving article with every
// article placed before it under one IDF table, and merging every report of a date with every other under the
// story's: summed for each pair, each bag's norm was summed again for every bag it was compared with.
// Keys are weak: a table dropped drops its norms, a bag dropped its own. A bag is never changed once weighed
// (fingerprints and reports are built whole; renamed copies are new objects).

// biome-ignore lint/suspicious/noExplicitAny: any weighting, whatever it weighs (a word, a word's number).
type Weighting = (term: any) => number;

const norms = new WeakMap<Weighting, WeakMap<object, Map<string, number>>>();

/**
 * `sum(bag, weighting)`, the norm of `bag` under `weighting`, summed the first time it is asked for and kept. `form`
 * tells apart norms of one bag summed differently (`w * w` beside `w ** 2`), so that each stays the very number its
 * caller always summed. `sum` is a plain function of its arguments, so that asking allocates nothing.
 */
export function keptNorm<B extends object, W extends Weighting>(
  weighting: W,
  bag: B,
  form: string,
  sum: (bag: B, weighting: W) => number,
): number {
  let byBag = norms.get(weighting);
  if (!byBag) {
    byBag = new WeakMap();
    norms.set(weighting, byBag);
  }
  let byForm = byBag.get(bag);
  if (!byForm) {
    byForm = new Map();
    byBag.set(bag, byForm);
  }
  const known = byForm.get(form);
  if (known !== undefined) return known;
  const norm = sum(bag, weighting);
  byForm.set(form, norm);
  return norm;
}
