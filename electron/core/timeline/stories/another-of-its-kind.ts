// An article that counts its happening as another of its kind tells its reader the earlier one is something else: "It
// is the second serious bus crash in Castlebrae in a week, after a double-decker struck a rail bridge on Ferrier Road";
// "It was the second major fire in the city in a week, following the tire yard blaze on the waterfront". The two
// happenings share the town, its bus company, the fire chief quoted on both and the street the nod names, so their
// names join them; a reader keeps them apart by what the later one says of the earlier. A follow-up of one happening
// that counts it ("the third time the bridge has been struck in two years") names no earlier one after it. One that
// counts its own within hours or days and tells the earlier one in the next sentence does the same: "It was the
// lifeboat crew's second launch in a matter of hours. The volunteers had been at sea since first light, searching for
// the skipper of a boat that capsized on Tuesday" — a second happening, beside the first that had the town's news.
import { type StemCount, stemsOf } from '../language/subject-asides.ts';

// An ordinal counting the article's happening among others of its kind, then the earlier one told after a word of time.
// One that counts days or hours ("on the second day after the river burst its banks", "a split second after") tells
// when, by the happening itself.
const COUNTED_AFTER =
  /(?<!\bsplit\s)\b(?:second|third|fourth|fifth|sixth)\b(?!\s+(?:day|night|morning|hour|minute|week|month|year)s?\b)[^;:!?]*?\b(?:after|following|since)\s+([^;:!?()"“”]+)/iu;
// The article's own happening counted as the second (or later) of its kind within hours or days, with no earlier one
// told after it in the sentence: "the crew's second launch in a matter of hours", "its third call-out of the day". The
// ordinal follows "the" or an owner ("crew's", "its"), so that "a second man was arrested within hours" (one more of
// the happening's own people) counts nothing; a span of weeks or years ("in two years") is a record, not a nod. The
// words between are bounded so a hostile run of ordinals costs the length of the sentence, not its square.
const COUNTED_WITHIN_DAYS =
  /(?:\bthe|['’]s|\bits|\btheir)\s+(?:second|third|fourth|fifth|sixth)\b(?!\s+(?:day|night|morning|hour|minute|week|month|year)s?\b)[^;:!?.]{0,160}?\b(?:in|within)\s+(?:a\s+matter\s+of\s+|a\s+few\s+|the\s+(?:same|past)\s+|(?:a|one|two|three|24|48)\s+)?(?:hours?|days?)\b|(?:\bthe|['’]s|\bits|\btheir)\s+(?:second|third|fourth|fifth|sixth)\s+[^;:!?.]{0,160}?\bof\s+the\s+(?:day|morning|night)\b/iu;
// Words that tell when, not what: "last Wednesday", "earlier this month".
const WHEN_WORDS = new Set(
  'last earlier this week month year day days weeks months ago yesterday monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night'
    .split(' ')
    .flatMap(stemsOf),
);

/**
 * The stems of the words an article tells an earlier happening by, when a sentence after its lede counts its own as
 * another of that kind ("the second … in a week, after …", or "the second … in hours" and the next sentence), keeping
 * only words it gives nowhere else: what it nods at.
 */
export function earlierHappeningsTold(sentences: readonly string[], countInArticle: StemCount): string[] {
  const stems = new Set<string>();
  for (const [index, sentence] of sentences.entries()) {
    if (index === 0) continue;
    const clause =
      COUNTED_AFTER.exec(sentence)?.[1] ?? (COUNTED_WITHIN_DAYS.test(sentence) ? sentences[index + 1] : undefined);
    if (clause === undefined) continue;
    for (const stem of stemsOf(clause)) if (!WHEN_WORDS.has(stem) && countInArticle(stem) === 1) stems.add(stem);
  }
  return [...stems];
}

/** What the rule reads of a fingerprint (stories.ts, held-comparison.ts). */
export interface EarlierFacts {
  title: string;
  publishedAt: string | null;
  /** Stems of the words of its lede. */
  lede?: readonly string[];
  /** Stems of an earlier happening it counts its own after (`earlierHappeningsTold`). */
  earlier?: readonly string[];
}

// Two words of the other's opening (what happened, or where: "on Cawley Street") tell which happening the nod is at.
const WORDS_TOLD = 2;

/**
 * Whether `article` counts its happening after `other`'s: two words it tells the earlier one by open `other`, which
 * came first, while `other`'s lede tells fewer than half of the words `article`'s headline adds to its own, beyond
 * the names both give (a round-up opening on both happenings tells one of them).
 */
export function countsItselfAfter(article: EarlierFacts, other: EarlierFacts, inCommon: readonly string[]): boolean {
  if (!article.earlier?.length || !other.lede?.length) return false;
  if (Date.parse(other.publishedAt ?? '') > Date.parse(article.publishedAt ?? '')) return false;
  const theirHeadline = new Set(stemsOf(other.title));
  const theirs = new Set([...theirHeadline, ...other.lede]);
  if (article.earlier.filter((stem) => theirs.has(stem)).length < WORDS_TOLD) return false;
  const nameWords = new Set(inCommon.flatMap(stemsOf));
  const own = stemsOf(article.title).filter((stem) => !theirHeadline.has(stem) && !nameWords.has(stem));
  return own.filter((stem) => other.lede!.includes(stem)).length * 2 < own.length;
}

/** Whether either of two articles counts its happening after the other's: two happenings, whatever names they share. */
export function anotherOfItsKind(a: EarlierFacts, b: EarlierFacts, inCommon: readonly string[]): boolean {
  return countsItselfAfter(a, b, inCommon) || countsItselfAfter(b, a, inCommon);
}

/**
 * `anotherOfItsKind` on fingerprints held by number (held-fingerprint.ts): the names both give and the ledes in words
 * again, read only when either tells an earlier happening.
 */
export function heldAnotherOfItsKind<H extends EarlierFacts>(
  a: H,
  b: H,
  inCommon: readonly number[],
  vocabulary: { wordOf(id: number): string },
  ledeOf: (held: H) => string[],
): boolean {
  if (!a.earlier?.length && !b.earlier?.length) return false;
  const facts = (held: H) => ({ ...held, lede: ledeOf(held) });
  return anotherOfItsKind(
    facts(a),
    facts(b),
    inCommon.map((id) => vocabulary.wordOf(id)),
  );
}
