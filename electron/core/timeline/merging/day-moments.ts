// When in the day a report places what it tells, broadly: a part of the day in words ("on Wednesday morning", "that
// evening") or a clock time whose half of the day is known. Two reports of one date placed hours apart tell two
// moments, most likely two happenings (an earthquake in the morning and the aftershock that evening), whatever else
// they share. The morning and the afternoon count here though they never count as agreeing (merge-evidence.ts): they
// are too broad to show that two reports tell one moment, not too broad to show that two tell moments hours apart.
import { clockTimesIn, notUntil } from '../dates/clock-times.ts';

// The hours each part of the day spans, in minutes after midnight. Two reports compared share their date, so a day's
// night ends at midnight ("at 2 a.m." on Tuesday is not "Tuesday night"); but "overnight" runs into the small hours:
// "overnight" and "at 2 a.m." may tell one fire.
const SPANS: Readonly<Record<string, [number, number]>> = {
  'early hours': [0, 6 * 60],
  dawn: [4 * 60, 7 * 60],
  'first light': [4 * 60, 7 * 60],
  daybreak: [4 * 60, 7 * 60],
  sunrise: [4 * 60, 7 * 60],
  morning: [5 * 60, 12 * 60],
  lunchtime: [11 * 60 + 30, 14 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [17 * 60, 23 * 60],
  night: [20 * 60, 24 * 60],
  overnight: [21 * 60, 30 * 60],
};
const DAY = 24 * 60;
// Lower case only: "the trawler Morning Star" names no time.
const PART = /\b(early hours|dawn|first light|daybreak|sunrise|morning|lunchtime|afternoon|evening|night|overnight)\b/g;
// Not a part of another day ("the next morning", "last night", "the following evening"), nor of every day ("each
// morning"), nor a bound on the time ("by mid-morning", "until 9 p.m.", "before sunrise"): when it happened is not told.
const NOT_WHEN =
  /\b(?:next|following|previous|last|each|every|by|until|till|before|through|throughout|all)\s+(?:(?:the|that|mid-?)\s*)?$/i;
// Nor a bound on a day's part, the day named: "had lifted 11 climbers by Wednesday afternoon" tells when the tally was
// reached, not when the lifting happened.
const BOUND_ON_DAY = /\b(?:by|until|till|before)\s+(?:\p{Lu}\p{Ll}*day|today|tonight)\s+$/u;
// Nor a stretch of time told as a thing ("after a night adrift", "a long evening of talks", "another night outdoors").
const A_STRETCH = /\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+)?$/iu;
// Nor all the time: "open day and night", "morning and evening".
const ROUND_THE_CLOCK = /^(?:\s+(?:and|to|till|until)\s+(?:night|day|evening|morning))\b/i;
const ROUND_THE_CLOCK_BEFORE = /\b(?:day|night|morning|evening)\s+(?:and|to|till|until)\s+$/i;
const EARLY = /\bearly\b/i;
// A day itself told early or late ("early on Saturday", "late yesterday"): before the working day has begun, or
// after it has ended, as news uses them.
const DAY_EDGE = /\b(early|late)\s+(?:on\s+)?$/i;
const DAY_WORD = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/i;
const BEHIND_OR_AHEAD_BY = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+$/i;
const EDGES: Readonly<Record<string, [number, number]>> = { early: [0, 9 * 60], late: [19 * 60, 24 * 60] };
// How far apart two moments must be to be two happenings: more than the slack between one outlet's "evening" and
// another's "night", or a fire "in the afternoon" that another outlet dates by the call at 5 p.m.
const APART_MINUTES = 3 * 60;

// How much farther a date across a comma is than one the words stand beside.
const ACROSS_COMMA = 50;

interface Span {
  start: number;
  end: number;
}

/**
 * The spans of the day a report's sentence places its own date's happening in: parts of the day in words and clock
 * times whose half of the day is told, each belonging to the date told nearest it, not across a comma when one stands
 * beside it ("on Monday afternoon, a day after the eruption began" places the eruption nowhere in its day). `own` and
 * `others` are the report's date words and those of the sentence's other dates, as offsets in the sentence.
 */
export function dayMomentsOf(sentence: string, own: Span | undefined, others: readonly Span[]): [number, number][] {
  const distance = (from: number, to: number, span: Span) => {
    if (from < span.end && to > span.start) return 0;
    const [a, b] = from >= span.end ? [span.end, from] : [to, span.start];
    return b - a + (sentence.slice(a, b).includes(',') ? ACROSS_COMMA : 0);
  };
  const mine = (from: number, to: number) => {
    const before = sentence.slice(Math.max(0, from - 24), from);
    if (
      (NOT_WHEN.test(before) && !notUntil(sentence.slice(0, from))) ||
      BOUND_ON_DAY.test(before) ||
      A_STRETCH.test(before) ||
      ROUND_THE_CLOCK_BEFORE.test(before)
    )
      return false;
    if (ROUND_THE_CLOCK.test(sentence.slice(to, to + 20))) return false;
    if (others.length === 0) return true;
    if (!own) return false;
    const nearest = Math.min(...others.map((span) => distance(from, to, span)));
    return distance(from, to, own) <= nearest;
  };
  const parts = [...sentence.matchAll(PART)]
    .filter((match) => mine(match.index, match.index + match[0].length))
    .map((match): [number, number] => {
      const [from, to] = SPANS[match[1]!.replace(/\s+/g, ' ')]!;
      // "early this morning", "in the early evening": from the small hours, or from the start of that part.
      return EARLY.test(sentence.slice(Math.max(0, match.index - 16), match.index))
        ? [from === 5 * 60 ? 0 : from, to]
        : [from, to];
    });
  const clocks = clockTimesIn(sentence)
    .filter(
      (clock) => clock.halfKnown && clock.zone === undefined && mine(clock.index, clock.index + clock.text.length),
    )
    .map((clock): [number, number] => [clock.minutes, clock.minutes]);
  return [...parts, ...clocks, ...dayEdge(sentence, own)];
}

/** Where "early on Saturday" or "late yesterday" places the report's own date in its day. */
function dayEdge(sentence: string, own: Span | undefined): [number, number][] {
  if (!own || own.start < 0) return [];
  // The edge word may be read as part of the date's words or stand right before them.
  const told = sentence.slice(own.start, own.end);
  const inside = /^(early|late)\s+/i.exec(told);
  const edge = inside ?? DAY_EDGE.exec(sentence.slice(Math.max(0, own.start - 12), own.start));
  if (!edge || !DAY_WORD.test(told.slice(inside ? inside[0].length : 0))) return [];
  // "three hours early on Tuesday", "a day late on Monday": ahead of or behind a schedule, anywhere in the day.
  const edgeAt = inside ? own.start : own.start - edge[0].length;
  if (BEHIND_OR_AHEAD_BY.test(sentence.slice(Math.max(0, edgeAt - 40), edgeAt))) return [];
  return [EDGES[edge[1]!.toLowerCase()]!];
}

/** Both reports place what they tell in the day, and every moment of one is hours from every moment of the other. */
export function momentsHoursApart(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  const apart = ([aFrom, aTo]: [number, number], [bFrom, bTo]: [number, number]) =>
    [-DAY, 0, DAY].every((shift) => bFrom + shift - aTo >= APART_MINUTES || aFrom - (bTo + shift) >= APART_MINUTES);
  return a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => apart(x, y)));
}
