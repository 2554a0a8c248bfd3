// "The flames came within 200 yards of the chapel before the wind dropped on Sunday night": a preposition of time
// before a clause (a subject and its verb) tells when, by a change in the weather, the light or the tide; it names no
// other happening, as "after the gas explosion" does. Read as a nod (happening-nods.ts), the wind of a moor fire's
// follow-up set its story's first report ("driven by strong winds") aside as another happening.

// Past forms with no "-ed" that such clauses end on.
const IRREGULAR_PASTS = new Set(
  'fell rose broke came went blew froze began grew ran set shone sank spread struck took turned'.split(' '),
);

/**
 * Whether the words after "before the", "after the", "until the" are a clause: after its subject's first word, a word
 * in the past tense ("wind dropped", "tide came in"), where a happening's noun phrase has none ("gas explosion").
 */
export function isTimeClause(words: readonly string[]): boolean {
  return words.slice(1).some((word) => {
    const lower = word.toLowerCase();
    return IRREGULAR_PASTS.has(lower) || (/^\p{Ll}+ed$/u.test(word) && lower.length > 4);
  });
}
