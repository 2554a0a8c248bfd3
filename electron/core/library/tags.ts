/**
 * Tags as readers type them: trimmed, inner spaces collapsed, compared without regard to case
 * ("Climate" and "climate" are one tag; the first spelling seen is kept).
 */
export function cleanTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function tagKey(tag: string): string {
  return cleanTag(tag).toLocaleLowerCase();
}

/** `tags` plus `add` minus `remove`, without duplicates, in the order they were added. */
export function editTags(tags: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  const removed = new Set(remove.map(tagKey));
  const seen = new Set<string>();
  const next: string[] = [];
  for (const tag of [...tags, ...add.map(cleanTag)]) {
    const key = tagKey(tag);
    if (!key || seen.has(key) || removed.has(key)) continue;
    seen.add(key);
    next.push(tag);
  }
  return next;
}

/** Whether an article's tags satisfy a filter: every one of `wanted` (all) or at least one (any). */
export function matchesTags(tags: readonly string[], wanted: readonly string[], mode: 'all' | 'any'): boolean {
  if (wanted.length === 0) return true;
  const have = new Set(tags.map(tagKey));
  return mode === 'all' ? wanted.every((tag) => have.has(tagKey(tag))) : wanted.some((tag) => have.has(tagKey(tag)));
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}
