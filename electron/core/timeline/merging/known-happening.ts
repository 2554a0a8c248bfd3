// A report may date a happening only by pointing at it as something the reader knows: by a count from it ("the road
// reopened this morning, three days after a blizzard trapped hundreds of motorists") or by its day ("families ordered
// out after Tuesday's explosion"). Within one article, such a pointer names the happening the article tells elsewhere
// in words of its own ("About 300 people were trapped when snow swept across the moor on Tuesday"), so its few words
// in common with that telling are no sign of a second happening.
import { countedFromAt, DATED_ORIGIN } from '../extraction/report-date-words.ts';

/** Where a date's words stand in the sentence read. */
export interface DateSpan {
  start: number;
  end: number;
}

// A day's own happening, named by the day: "Tuesday's explosion", "Friday's accident", "yesterday's vote".
const DAY_OWNS = /^['’]s?\s+\p{Ll}/u;

/**
 * Whether the report whose date's words are `own` in `sentence` only points at its happening as known: its date is a
 * count from a happening the sentence does not date itself, or the day owning a happening. Not "declared shortly after
 * 3 a.m., more than five hours after polls closed on Thursday", nor "was found 30 hours after the slide", where the
 * count dates the sentence's own deed.
 */
export function pointsAtKnownHappening(sentence: string, own: DateSpan, others: readonly DateSpan[]): boolean {
  if (own.start < 0 || own.end > sentence.length || own.end <= own.start) return false;
  if (DAY_OWNS.test(sentence.slice(own.end))) return true;
  // A count with no other date in its sentence ("was found 30 hours after the slide") dates the sentence's own deed
  // from a day the article told before: it is a count back to the happening only from a day the sentence tells.
  if (others.length === 0 || countedFromAt(sentence.slice(own.start, own.end)) < 0) return false;
  return !others.some((date) => date.start >= own.end && DATED_ORIGIN.test(sentence.slice(own.end, date.start)));
}

// The happening a day owns, after its "'s": a few words up to the first that opens another phrase ("Tuesday's gas
// explosion at the mill" names "gas explosion").
const OWNED_HAPPENING =
  /^['’]s?((?:\s+(?!(?:at|in|on|of|near|and|that|which|when|who|where|was|were|had|has)\b)[\p{L}-]+){1,3})/u;

/**
 * The words of a pointer that name its happening: the count with the clause it counts from ("two days after forecasters
 * warned of gales along the coast"), or the day with the happening it owns ("Tuesday's explosion"). The rest of its
 * sentence tells another happening, of another date ("the board opened its inquiry on Wednesday, a day after the
 * collapse, and its inspectors …"), so the signals there (words in dictionary form, numbers, clock times) are no
 * evidence of which happening it points at. Its names stay: the story's names are often the pointed happening's too.
 */
export function pointerWords(sentence: string, own: DateSpan, others: readonly DateSpan[]): string {
  const owned = OWNED_HAPPENING.exec(sentence.slice(own.end));
  if (owned) return sentence.slice(own.start, own.end + owned[0].length);
  const next = Math.min(sentence.length, ...others.filter((date) => date.start >= own.end).map((date) => date.start));
  const clause = CLAUSE_END.exec(sentence.slice(own.end, next));
  return sentence.slice(own.start, clause ? own.end + clause.index : next);
}

// Not the point or comma inside a figure ("a magnitude 6.1 earthquake", "182,000 cars").
const CLAUSE_END = /[;:!?()\u2013\u2014]|[.,](?!\d)|\s-\s/u;
