/**
 * Which article each page key (see page-key.ts) belongs to, held as numbers: a map from the keys as
 * text held a second copy of every article's address, some 46 bytes each (4.6 MB at 100,000 articles,
 * for as long as the library is open). A key's hash finds its articles, and each is confirmed by its
 * own address now, so two keys sharing a hash never answer for each other.
 */
export class PageAddresses {
  /** Hash of a key → the article holding it, or the few whose keys share that hash. */
  private readonly byHash = new Map<number, string | string[]>();

  constructor(
    /** The page key of an article's address as it is listed now; undefined when it is not listed. */
    private readonly keyOf: (id: string) => string | undefined,
  ) {}

  /** The article listed under `key`, if any. */
  get(key: string): string | undefined {
    const held = this.byHash.get(hashOf(key));
    if (held === undefined) return undefined;
    if (typeof held === 'string') return this.keyOf(held) === key ? held : undefined;
    return held.find((id) => this.keyOf(id) === key);
  }

  /** Lists `id` under `key` (its address as listed now), in place of any other article held under it. */
  set(key: string, id: string): void {
    const hash = hashOf(key);
    const held = this.byHash.get(hash);
    if (held === undefined || held === id) {
      this.byHash.set(hash, id);
      return;
    }
    const others = (typeof held === 'string' ? [held] : held).filter(
      (other) => other !== id && this.keyOf(other) !== key,
    );
    this.byHash.set(hash, others.length === 0 ? id : [...others, id]);
  }

  /** Forgets `id` under `key`, unless another article holds the key now. */
  forget(key: string, id: string): void {
    const hash = hashOf(key);
    const held = this.byHash.get(hash);
    if (held === id) this.byHash.delete(hash);
    else if (Array.isArray(held) && held.includes(id)) {
      const others = held.filter((other) => other !== id);
      this.byHash.set(hash, others.length === 1 ? others[0]! : others);
    }
  }
}

/** FNV-1a over the key's UTF-16 code units, to 30 bits: a small integer V8 holds in the map itself. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x3fffffff;
}
