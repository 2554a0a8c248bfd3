// Two reports that count their happenings as two of a series ("the first call came at 1.42am", "the second call came
// at 3.17am"; "a third fire broke out", "the second fire") tell two happenings of one kind, however alike their words.
// An ordinal is read only as a determiner's ("a second vote", "the third blaze"), lower case, before the word it
// counts: "First Street", "the First Minister" and "first reported" count nothing. Ordinals of time ("on the second
// day", "for the third time", "the second half") tell when, not which happening.
import { NOUN_PHRASE_ENDS } from '../language/noun-phrase-ends.ts';
import { stemsOf } from '../language/subject-asides.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
};
// A determiner, an ordinal, and the up to three lower-case words after it: the counted thing is among them ("a second
// serious fire", "the first call came").
const COUNTED =
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(first|second|third|fourth|fifth|sixth)((?:\s+\p{Ll}[\p{L}-]*){1,3})/gu;
// Counted words that tell when or how often, not which happening.
const OF_TIME = new Set(
  'time times day days night nights morning evening afternoon hour hours minute minutes week weeks month months year years half quarter period season term round place'
    .split(' ')
    .flatMap(stemsOf),
);

/** The stems a sentence counts, each with the ordinals it counts it by ("the second call": call → {2}). */
export function countedHappenings(sentence: string): Map<string, Set<number>> {
  const counted = new Map<string, Set<number>>();
  for (const match of sentence.matchAll(COUNTED)) {
    const ordinal = ORDINALS[match[1]!]!;
    const words = match[2]!.trim().split(/\s+/);
    const end = words.findIndex((word) => NOUN_PHRASE_ENDS.has(word));
    const stems = stemsOf(words.slice(0, end < 0 ? words.length : end).join(' '));
    // "on the second day of the fire" counts days, whatever words come after.
    if (stems.length === 0 || OF_TIME.has(stems[0]!)) continue;
    for (const stem of stems) {
      const ordinals = counted.get(stem) ?? new Set<number>();
      ordinals.add(ordinal);
      counted.set(stem, ordinals);
    }
  }
  return counted;
}

/** Both sentences count one kind of thing, by other ordinals only: two of a series. */
export function countedApart(a: string, b: string): boolean {
  const theirs = countedHappenings(b);
  for (const [stem, ordinals] of countedHappenings(a)) {
    const other = theirs.get(stem);
    if (other && ![...ordinals].some((ordinal) => other.has(ordinal))) return true;
  }
  return false;
}
