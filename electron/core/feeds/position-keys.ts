/**
 * Where a feed sits in the reader's order, as a key that sorts as a string: a fraction in base 36
 * ("i" is one half). A feed moved between two others gets a key between theirs, so moving one feed
 * changes one value, and two devices moving different feeds at once both keep their moves. Keys
 * never end in "0", so string order and fraction order agree.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const MAX_LENGTH = 64;

export const PositionKeyPattern = /^[0-9a-z]{0,63}[1-9a-z]$/;

export function isPositionKey(value: unknown): value is string {
  return typeof value === 'string' && PositionKeyPattern.test(value);
}

/**
 * A key between `before` and `after` (null: no bound on that side), or null when there is no room
 * (equal or crossed bounds, or keys grown too long): the caller then numbers the list afresh.
 */
export function keyBetween(before: string | null, after: string | null): string | null {
  if (before !== null && after !== null && before >= after) return null;
  const low = before ?? '';
  let bounded = after !== null;
  let key = '';
  for (let at = 0; at < MAX_LENGTH; at++) {
    const lowDigit = at < low.length ? DIGITS.indexOf(low[at]!) : 0;
    const highDigit = bounded ? (at < after!.length ? DIGITS.indexOf(after![at]!) : 0) : BASE;
    if (highDigit - lowDigit > 1) return key + DIGITS[Math.floor((lowDigit + highDigit) / 2)];
    key += DIGITS[lowDigit];
    // Below the upper bound from here on: only the lower one still counts.
    if (highDigit > lowDigit) bounded = false;
  }
  return null;
}

/** Keys for a list numbered afresh, in order, evenly spread. */
export function spreadKeys(count: number): string[] {
  const width = Math.max(1, Math.ceil(Math.log(count + 1) / Math.log(BASE)));
  return Array.from({ length: count }, (_, index) => `${index.toString(BASE).padStart(width, '0')}i`);
}

/** The key of the feed at `index` of a format-1 feeds.json (the list order it was kept in). */
export function legacyPositionKey(index: number): string {
  return `${index.toString(BASE).padStart(5, '0')}i`;
}
