// The phrases that tell a time from another event ("two days later", "the night before", "on its second day",
// "shortly before midnight"), each with how to read it: kept apart from anchors.ts, which finds them in a sentence and
// sets aside the ones that tell no time (quoted speech, comparisons, how long a thing lasts).
import { countOf, NUMBER_WORDS } from '../dates/candidates.ts';
import { SAME_WEEKDAY, sameWeekdayNumber } from '../dates/same-weekday.ts';
import { SEASON_MONTHS } from '../dates/season-counts.ts';
import { isIrregularPast } from '../dates/tense.ts';

export type Unit = 'day' | 'week' | 'month' | 'year';

export interface AnchoredTime {
  /** The words, and where they are in the sentence. */
  text: string;
  index: number;
  /** How far from the event it refers to: `amount` units after it (before it when negative). */
  unit: Unit;
  amount: number;
  /** The whole week, month or year of that shift ("the following week", "that year") rather than one day. */
  whole: boolean;
  /** Days the time lasts from that shift, for a counted span ("the first week of the closure": 7). */
  days?: number;
  /** Counted from the event's first day ("on its second day"), even when that event lasted several days. */
  ordinal?: boolean;
  /** Words naming the event it counts from ("announcing the vote", "the evacuation"), when the phrase names one. */
  from?: string;
  /** Hours counted ("five hours after …"; negative before), which keep the day unless a clock time says otherwise. */
  hours?: number;
  /** Counted from the next day its sentence tells after it ("spent the night …, and left on Wednesday"), or none. */
  beforeLater?: boolean;
  /** The very time told just before, at its own precision, background or not ("It shut in 2019. By then, …"). */
  same?: boolean;
  /** The weekday (0 for Sunday) the day pointed back to falls on ("that same Monday"): only a day told on it will do. */
  weekday?: number;
  /** The months a season counted to spans ("the following spring": 3 to 5), to place it after a month told. */
  season?: [number, number];
}

export const SINCE_START_OF_DAY = /\bsince\s+(?:first\s+light|dawn|daybreak|sunrise)\b/iu;
// A part of the day reached ("by evening", "before late afternoon", "by mid-morning") is one too; not "by morning",
// which after a night told is the next one.
export const DAYLIGHT_OR_MEAL =
  /\b(?:(?:shortly|just|soon|well|long|not\s+long)\s+)?(?:(?:at|by|before|after|around|until|till)\s+(?:first\s+light|dawn|daybreak|sunrise|sunset|sundown|dusk|nightfall|breakfast(?:\s*time)?|lunch(?:\s*time)?|dinner(?:\s*time)?|supper(?:\s*time)?|tea\s*time)|(?:by|before|until|till)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:afternoon|evening)|(?:by|before|until|till)\s+(?:the\s+)?(?:mid-?|late\s+)morning)\b/giu;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, opening: 1 };
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const ABOUT = '(?:(?:about|around|some|nearly|almost|just|only|roughly|barely|more than|less than|fewer than)\\s+)?';
// "an hour and a half later", "two and a half hours after".
const AND_A_HALF = '(?:\\s+and\\s+a\\s+half)?';
const HALF = /\band\s+a\s+half\b/i;
// What follows "after" or "before" when it names an event: up to eight words, up to a clause break.
const NAMED_EVENT = "([\\p{L}\\d'’-]+(?:\\s+[\\p{L}\\d'’-]+){0,7})";
// "on" meaning "later" ends its phrase: "three days on.", "a week on, the pontoons …", "a year on from the flood", or a
// clause goes on after it with its subject ("a month on they are still waiting"). Followed by anything else it is the
// preposition of a stay somewhere or in a state: "a week on the coast", "ten days on strike", "a year on loan".
const ON_LATER = '(?=\\s*(?:[,.;:!?)—–]|$)|\\s+(?:from|and|but|they|we|he|she|it|i|you|there)\\b)';

export interface Pattern {
  pattern: RegExp;
  /** What the words say; `length` narrows them to the time words when they go on to name an event. */
  read(match: RegExpExecArray): (Omit<AnchoredTime, 'text' | 'index'> & { length?: number }) | null;
}

export const PATTERNS: Pattern[] = [
  // "two days later", "a week earlier", "about an hour later", "three days after the vote", "a day after announcing",
  // "a day ahead of its deadline", "a decade later", "a century later".
  {
    pattern: new RegExp(
      `\\b${ABOUT}${COUNT}${AND_A_HALF}\\s+(minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?${AND_A_HALF}\\s+(?:(later|afterwards?|earlier|previously|on${ON_LATER})\\b|(before|after|ahead\\s+of)\\b(?:\\s+${NAMED_EVENT})?)`,
      'giu',
    ),
    read(match) {
      const half = HALF.test(match[0]);
      // "an hour and a half later" keeps its day as hours do; half a longer unit says too little of which day.
      if (half && !/^(?:hour|minute)/i.test(match[2]!)) return null;
      const count = countOf(match[1]!) + (half ? 0.5 : 0);
      const [unit, amount] = shiftOf(match[2]!, count);
      const direction = (match[3] ?? match[4]!).toLowerCase();
      const backwards =
        direction === 'earlier' ||
        direction === 'previously' ||
        direction === 'before' ||
        direction.startsWith('ahead');
      // Hours within a day may cross midnight by the clock; "48 hours after" is two days after, whatever the clock.
      const hours = /^hour/i.test(match[2]!) && count < 24 ? { hours: backwards ? -count : count } : {};
      return { unit, amount: backwards ? -amount : amount, whole: false, ...hours, ...named(match, match[5]) };
    },
  },
  // "hours later", "minutes before the blast": the same day.
  {
    pattern: new RegExp(
      `\\b(?:a few\\s+|several\\s+)?(?:hours|minutes|moments)\\s+(?:(?:later|afterwards?|earlier)\\b|(?:before|after)\\b(?:\\s+${NAMED_EVENT})?)`,
      'giu',
    ),
    read(match) {
      return { unit: 'day', amount: 0, whole: false, ...named(match, match[1]) };
    },
  },
  // "within an hour of the ruling", "within minutes of going on sale": the same day as the event named. A day's worth
  // of hours or more ("within 48 hours of the ruling") is a span reaching past that day, a duration with no day.
  {
    pattern: new RegExp(
      `\\bwithin\\s+${ABOUT}(?:${COUNT}\\s+|(?:a\\s+few|several)\\s+)?(minute|hour)s?\\s+of\\s+${NAMED_EVENT}`,
      'giu',
    ),
    read(match) {
      if (match[2]!.toLowerCase() === 'hour' && match[1] && countOf(match[1]) >= 24) return null;
      return { unit: 'day', amount: 0, whole: false, ...named(match, match[3]) };
    },
  },
  // "the next day", "the following morning", "the previous evening", "the following week", "the next year"; "the
  // following spring" is a part of the next year, with year precision.
  {
    pattern:
      /\b(?:the|that)\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|fall|winter)\b(?!['’]s|\s+(?:term|season|tides?|holidays?)\b)/giu,
    read(match) {
      const forward = /^(?:next|following)$/i.test(match[1]!);
      const season = SEASON_MONTHS[match[2]!.toLowerCase()];
      const unit = season ? 'year' : unitOf(match[2]!);
      return { unit, amount: forward ? 1 : -1, whole: unit !== 'day', ...(season ? { season } : {}) };
    },
  },
  // "the day after", "the night before", "the morning after the vote", "the week before", "the year before", "the eve
  // of the election".
  {
    pattern: new RegExp(
      `\\bthe\\s+(day|morning|afternoon|evening|night|week|month|year)\\s+(before|after)\\b(?:\\s+${NAMED_EVENT})?|\\bthe\\s+eve\\s+of\\s+${NAMED_EVENT}`,
      'giu',
    ),
    read(match) {
      if (match[4]) return { unit: 'day', amount: -1, whole: false, ...named(match, match[4]) };
      const amount = match[2]!.toLowerCase() === 'after' ? 1 : -1;
      const unit = unitOf(match[1]!);
      return { unit, amount, whole: unit !== 'day', ...named(match, match[3]) };
    },
  },
  // "on the afternoon of the fire", "on the day of the vote": the day of the event named.
  {
    pattern: new RegExp(
      `\\bon\\s+the\\s+(?:day|morning|afternoon|evening|night)\\s+of\\s+(?=(?:the|its|their|that|this)\\s)${NAMED_EVENT}`,
      'giu',
    ),
    read(match) {
      return { unit: 'day', amount: 0, whole: false, ...named(match, match[1]) };
    },
  },
  // "on the day the closure was announced", "on the morning the trial was stopped", "the same day the fleet was
  // grounded": the day of the happening the clause tells (not "on the day of …" above, nor "the day before").
  {
    pattern: new RegExp(
      `\\b(?:on\\s+the\\s+(?:very\\s+|same\\s+)?|the\\s+same\\s+)(?:day|morning|afternoon|evening|night)\\s+(?:that\\s+|when\\s+)?(?=(?:the|its|their|his|her|a|an)\\s+[\\p{L}'’-]+\\s+(?:[\\p{L}'’-]+\\s+)?(?:was|were|had|has|is|are|went|came|began|\\p{Ll}+ed)\\b)${NAMED_EVENT}`,
      'giu',
    ),
    read(match) {
      return { unit: 'day', amount: 0, whole: false, ...named(match, match[1]) };
    },
  },
  // "by then", "until then", "by that time": the time just told, reached (the state told was so by it). Not "by
  // then-governor Hale": a title held then names who, not when.
  {
    pattern: /\b(?:by|until|till)\s+(?:then(?![-‐‑])|that\s+(?:time|point|stage))\b/giu,
    read() {
      return { unit: 'day', amount: 0, whole: false, same: true };
    },
  },
  // "that day", "later that night", "the same day", "that same morning", "that year", "earlier in the day": the time of the event just told.
  {
    pattern:
      /\b(?:(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+(?:very\s+)?same)|(?:later|earlier)\s+in\s+the)\s+(day|morning|afternoon|lunchtime|evening|night|week|month|year)\b/giu,
    read(match) {
      const unit = unitOf(match[1]!);
      return { unit, amount: 0, whole: unit !== 'day' };
    },
  },
  // "By the end of the day it had spread", "crews had cleared it by the end of the afternoon": the day of the event just
  // told, when the clause tells a deed done; "a decision is expected by the end of the day" looks to the page's own day.
  // The leading lookahead only skips the places no match starts, before the lookbehinds look back over the sentence
  // from each: without it, a run-on sentence took seconds (quadratic in its length).
  {
    pattern:
      /(?=\b(?:by|at|before|towards?|until|till)\s)(?<!\b(?:will|would|is|are|be|to|expected|due|set)\b[^.;:"“”]*)(?:(?<=\b(?:had|was|were|\p{Ll}{2,}ed)\b[^.;:"“”]*)|(?=\p{L}+\s+the\s+(?:very\s+)?end\s+of\s+the\s+\p{L}+,?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:had|was|were|\p{Ll}{2,}ed)\b))\b(?:by|at|before|towards?|until|till)\s+the\s+(?:very\s+)?end\s+of\s+the\s+(day|morning|afternoon|evening|night)\b/giu,
    read() {
      return { unit: 'day', amount: 0, whole: false };
    },
  },
  // "That same Monday night", "the same Friday": a weekday pointing back to the day just told, not the nearest such
  // weekday to the page (weekdays.ts leaves it alone; same-weekday.ts).
  {
    pattern: SAME_WEEKDAY,
    read(match) {
      return { unit: 'day', amount: 0, whole: false, weekday: sameWeekdayNumber(match) };
    },
  },
  // "That was the day contractors dug up the road", "It was the night the wall gave way": a sentence pointing back
  // names the time just told as its happening's (not "It was the day's third cut", nor a cleft on a thing the time
  // word names, "It was the night shift that found the leak").
  {
    pattern:
      /^\s*(?:That|This|It)\s+was\s+(?:also\s+)?the\s+(?:very\s+|same\s+)?(day|morning|afternoon|evening|night|week|month|year)\b(?!['’]|\s+[\p{L}-]+\s+(?:that|who|which)\b)/gu,
    read(match) {
      const unit = unitOf(match[1]!);
      return { unit, amount: 0, whole: unit !== 'day' };
    },
  },
  // "spent the night in the carriages, and were flown out on Wednesday": counted from a later day the sentence tells
  // (counts-in-sentence.ts); a night spent with no later day told is a state, no step of the story.
  {
    pattern: /\b(?:spent|passed)\s+the\s+(?:rest\s+of\s+the\s+)?night\b/giu,
    read() {
      return { unit: 'day', amount: 0, whole: false, beforeLater: true };
    },
  },
  // "since first light", "since dawn": the day of the event told, from its start (what was done so far that day).
  {
    pattern: new RegExp(SINCE_START_OF_DAY.source, 'giu'),
    read() {
      return { unit: 'day', amount: 0, whole: false };
    },
  },
  // "at first light", "shortly before sunset", "by breakfast": a time of the day told by the light or a meal, on the
  // day of the event just told (told of a deed done, below: "crews set out at dawn" is a habit).
  {
    pattern: DAYLIGHT_OR_MEAL,
    read() {
      return { unit: 'day', amount: 0, whole: false };
    },
  },
  // "shortly before midnight", "by midnight" (the end of the day told): the same day; "just after midnight": the next.
  // Not "until midnight", mostly hours kept ("shines every night from dusk until midnight").
  {
    pattern: /\b(?:(?:shortly|just|soon|minutes|hours|an hour|long|well)\s+)?(before|after|past|by)\s+midnight\b/giu,
    read(match) {
      return { unit: 'day', amount: /^(?:after|past)$/i.test(match[1]!) ? 1 : 0, whole: false };
    },
  },
  // "on the strike's second day", "on Parliament's first day": the possessive form of the one below (case kept, so
  // that a name is told by its capitals).
  {
    pattern:
      /\b(?:[Oo]n|[Ii]n|[Dd]uring)\s+((?:the|its|their|this|that)\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+|\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})['’]s?\s+(first|second|third|fourth|fifth|opening)\s+(day|night|morning|week)\b/gu,
    read(match) {
      const nth = ORDINALS[match[2]!.toLowerCase()]!;
      const week = match[3]!.toLowerCase() === 'week';
      const from = match[1]!;
      return {
        unit: 'day',
        amount: (nth - 1) * (week ? 7 : 1),
        whole: false,
        ordinal: true,
        ...(week ? { days: 7 } : {}),
        from,
      };
    },
  },
  // "on its first day", "on the second day of the strike", "in the first week of the closure".
  {
    pattern: new RegExp(
      `\\b(?:on|in|during)\\s+(?:the|its|their|his|her)\\s+(first|second|third|fourth|fifth|opening)\\s+(day|night|morning|week)\\b(?:\\s+of\\s+${NAMED_EVENT})?`,
      'giu',
    ),
    read(match) {
      const nth = ORDINALS[match[1]!.toLowerCase()]!;
      // A week counted from the event's first day: the first week of a closure that began on a Monday runs to Sunday.
      const week = match[2]!.toLowerCase() === 'week';
      return {
        unit: 'day',
        amount: (nth - 1) * (week ? 7 : 1),
        whole: false,
        ordinal: true,
        ...(week ? { days: 7 } : {}),
        ...named(match, match[3]),
      };
    },
  },
];

function unitOf(word: string): Unit {
  const lower = word.toLowerCase();
  return lower === 'week' || lower === 'month' || lower === 'year' ? lower : 'day';
}

/** Minutes and hours stay on the day, a day's worth of hours passes it; weeks count as seven days, fortnights 14. */
function shiftOf(word: string, count: number): [Unit, number] {
  const unit = word.toLowerCase();
  if (unit === 'minute') return ['day', 0];
  if (unit === 'hour') return ['day', Math.floor(count / 24)];
  if (unit === 'week' || unit === 'fortnight') return ['day', count * (unit === 'week' ? 7 : 14)];
  if (unit === 'decade' || unit.startsWith('centur')) return ['year', count * (unit === 'decade' ? 10 : 100)];
  return [unit as Unit, count];
}

// Words that end the name of an event and begin something else ("after lightning sparked the fire in the hills").
const NAME_ENDS = new Set(
  'and but when which who whom while as so then because although on at in for with of they he she it we i you'.split(
    ' ',
  ),
);
// A past verb right after "before" or "after" goes on with the sentence's own subject ("Surfers who had seen the pod
// the evening before called the rangers"): the time word stands alone and names no event. A word in -ed is that verb
// only with its object or particle after it ("a day after mediated talks resumed" names the talks).
// An irregular past ("was", "drove", "swept") is that verb by its form.
const ED_VERB_OPENING =
  /^\p{Ll}{2,}ed\s+(?:the|a|an|his|her|their|its|our|my|your|them|him|us|me|to|in|on|off|at|for|up|out|back|down|home)\b/u;

function opensWithPastVerb(words: string): boolean {
  return ED_VERB_OPENING.test(words) || isIrregularPast(/^\p{Ll}+/u.exec(words)?.[0] ?? '');
}
const PRONOUNS = new Set('they he she it we i you'.split(' '));
const NAME_WORDS = 6;

/**
 * The event a phrase names after "after", "before" or "of", and the length of the phrase up to the end of that name:
 * the words that give the date include it ("two days after the vote").
 */
function named(match: RegExpExecArray, words: string | undefined): { from?: string; length?: number } {
  if (!words?.trim()) return {};
  // "a month before that", "two days after this": the time just told, named by no words of its own.
  if (/^(?:that|this|then)$/i.test(words.trim())) return {};
  if (opensWithPastVerb(words.trim())) return { length: match[0].length - words.length };
  const at = match[0].lastIndexOf(words);
  let end = -1;
  let count = 0;
  for (const word of words.matchAll(/\S+/g)) {
    const lower = word[0].toLowerCase();
    // "because of the forecast" names no event; "they set out" does, and "they" only ends a longer name.
    if (count >= NAME_WORDS || (NAME_ENDS.has(lower) && (count > 0 || !PRONOUNS.has(lower)))) break;
    end = word.index + word[0].length;
    count++;
  }
  return end < 0 ? {} : { from: words.slice(0, end).trim(), length: at + end };
}
