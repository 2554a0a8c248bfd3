// Time words that tell no time of a happening: a day named as a topic ("anything to do with last night"), a count over
// a span ("twice in one year"), a year things are sorted by ("Forms sent before 2030 are no longer accepted"), a time
// compared with ("nothing like last winter"), and today or tonight in quoted speech about what can or would be ("Today
// I can sleep," "we would be counting more dead tonight"), and the modal "May" after numbered things ("Rooms 3 and 4
// May be closed"). resolveDates leaves them out.

interface Span {
  start: number;
  end: number;
}

// "to do with last night", "talking about yesterday": the time is what is spoken of (not "yesterday's vote").
const TIME_AS_TOPIC = /\b(?:with|about)\s+(?:last\s+night|yesterday|today|tonight)\b(?!['’])/gi;
// "twice in one year", "three times in a single month": how often, not when.
const TIMES_OVER_SPAN =
  /\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+in\s+(?:one|a|a\s+single|the\s+same)\s+(?:day|week|month|year)\b/gi;
// "never felt anything like that Tuesday", "a storm like last night's", "unlike last year": a time compared with, not
// a time something happened. Not the verb ("we would like Monday's slot") nor "looks like" (as if).
const TIME_COMPARED =
  /(?<!\b(?:i|we|you|they|he|she|would|could|should|might|will|do|does|did|not|to|looks?|looked|seems?|seemed|sounds?|sounded|feels?|felt)\s+)\b(?:un)?like\s+(?:(?:that|this|last|the)\s+)?[\p{L}\d]+(?:['’]s)?/giu;
// A year things are sorted by, in a reduced relative clause before the main verb: "Forms sent before 2030 are no
// longer accepted", "Homes built after 1990 need no survey". A cut-off, not when anything happened; "The mill was sold
// before 1990" tells a deed.
const CUT_OFF_YEAR =
  /(?<!\b(?:was|were|is|are|be|been|being|had|has|have|it|he|she|they|we|i|you|who|which|that)\s+)\b\p{Ll}+\s+(?:before|after|since|prior\s+to)\s+\d{4}(?=\s+(?:are|is|were|was|will|would|must|can|cannot|could|may|might|should|need|needs|have|has|had|do|does|did|remain|remains|stay|stays|qualify|qualifies|count|counts|get|gets)\b)/gu;
const SPOKEN_DAY = /\b(?:today|tonight)\b/gi;
// What can or would be, not what happened or is to happen.
const MAY_OR_WOULD = /\b(?:can|could|would|might|may)\b|['’]d\b/i;

// Things numbered by figures, then a capitalised "May" and a bare verb: "Rooms 3 and 4 May be closed", "Platform 2
// May not reopen". The word before the figures names the things; a word that leads to a date ("before 4 May have
// been refunded", "on 3 May be sure to") keeps the month.
const NUMBERED_THEN_MAY =
  /(\p{L}+)\s+((?:\d{1,3},\s+)*\d{1,3}(?:,?\s+(?:and|or)\s+\d{1,3})?\s+May)(?=\s+(?:be|have|not|never|also|well|still|only)\b)/gu;
const LEADS_TO_DATE =
  /^(?:on|in|at|by|before|after|until|till|from|since|to|of|between|through|during|for|and|or|than|was|were|is|are|last|next|this|that|the|its|his|her|their|our|around|about|early|late|mid)$/i;

/** The spans of the sentence whose time words tell no time of a happening. */
export function unmeantTimes(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [TIME_AS_TOPIC, TIMES_OVER_SPAN, TIME_COMPARED, CUT_OFF_YEAR]) {
    for (const match of sentence.matchAll(pattern))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(NUMBERED_THEN_MAY)) {
    if (LEADS_TO_DATE.test(match[1]!)) continue;
    const start = match.index + match[0].length - match[2]!.length;
    spans.push({ start, end: match.index + match[0].length });
  }
  for (const quote of quotedSpans(sentence)) {
    const words = sentence.slice(quote.start, quote.end);
    for (const match of words.matchAll(SPOKEN_DAY)) {
      if (!MAY_OR_WOULD.test(clauseAround(words, match.index))) continue;
      spans.push({ start: quote.start + match.index, end: quote.start + match.index + match[0].length });
    }
  }
  return spans;
}

/** The clause of the quoted words that holds `index`: between commas, semicolons and dashes. */
function clauseAround(words: string, index: number): string {
  const start = Math.max(...[',', ';', '—', ' – '].map((mark) => words.lastIndexOf(mark, index)), -1);
  const ends = [',', ';', '—', ' – '].map((mark) => words.indexOf(mark, index)).filter((at) => at >= 0);
  return words.slice(start + 1, ends.length > 0 ? Math.min(...ends) : words.length);
}

function quotedSpans(sentence: string): Span[] {
  return [...sentence.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
