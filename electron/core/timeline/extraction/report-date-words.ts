// Where a report's date is told in its sentence, and how: the date's own words (its preposition, the time of day
// before it, the part of the day after it), the other dates that part its words from the rest, an event it is counted
// from, a time something is to be done by, and whether it tells when something was said (event-reports.ts reads it).
import { TIME_OF_DAY } from '../dates/clock-times.ts';
import { isStopword } from '../language/similarity.ts';
import { ACROSS_BARRIER } from './report-layout.ts';

/** A sentence reporting an event, with the words before it, and where its date is told. */
export interface DatedSentence {
  /** The words reporting the event; they end with its sentence. */
  text: string;
  /** Offsets of the sentence, and of the words that gave the date, in the article text (when known). */
  start: number;
  end: number;
  dateStart?: number;
  dateEnd?: number;
}

/** Where the date is told in a report's text and what its place says. */
export interface DateWords {
  /** Where the reporting sentence starts in the text. */
  sentenceFrom: number;
  /** Where the date's own words run, its preposition and the time of day told with it included. */
  dateFrom: number;
  dateTo: number;
  /** The sentence's other dates (and an event this date is counted from), and those of them not listed with it. */
  others: { start: number; end: number }[];
  parting: { start: number; end: number }[];
  /** Where the words of an event the date is counted from begin ("two weeks after |they start abroad"). */
  namedFrom: number;
  /** The date is a time something is to be done by ("should clear by Wednesday", "until Saturday"). */
  limit: boolean;
  /** From where the words tell what was said that day, and how much they count then. */
  toldFrom: number;
  toldBy: number;
  /** A speech verb right before the date ("said on Monday"). */
  saidBefore: boolean;
  /** The date tells when something was said ("said on Tuesday that …", "on Tuesday told reporters"). */
  spoken: boolean;
}

// The date's own preposition ("since Monday", "until at least Friday") belongs to it, not to a clause break, and so
// does the time of day told before it ("shortly before midnight on Tuesday", "late on Friday", "at 6 a.m. on Monday",
// "just after four on Thursday morning").
const DATE_PREPOSITION =
  /\b(?:(?:early|late|shortly|just|soon|well|right)\s+)?(?:(?:before|after|around|at|by|until)\s+(?:midnight|dawn|noon|daybreak|sunrise|sunset|nightfall|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:on|since|until|till|by|from|after|before|in|at|during|of)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$/i;
// A time of day told right before a date that opens on its own preposition ("started shortly before midnight on 6
// May", "sank at 3:40 a.m. on Tuesday"): the date's words, so the verb before it is told right at the date.
const CLOCK_BEFORE_DATE = new RegExp(
  String.raw`\b(?:(?:early|late|shortly|just|soon|well|right|about|around)\s+)?(?:(?:before|after|around|at|by|until)\s+)?${TIME_OF_DAY}\s+$`,
  'i',
);
const LISTED_DATES = /^\s*(?:and|or)\s*$/;
// What may stand between a count's named event and the date of that event: "five hours after polls closed on Thursday".
export const DATED_ORIGIN = /^[\s,]*(?:(?:on|at|in|of)\s+)?(?:the\s+)?$/i;
const NO_COMMA = /^[^,]*$/;
const LIMIT = /\b(?:by|until|till)\s+(?:at\s+least\s+)?$/i;
const BOUND_BEFORE = /\b(?:by|until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
// A past perfect in the clause before the date: "had raised", "had grown to", "had been found".
const HAD_DONE = /\bhad\s+(?:already\s+|just\s+|been\s+)?\p{Ll}+(?:ed|en|wn|t)\b(?:[^,;]|,(?=\d))*$/u;
// A speech verb right after the date's words: "on Tuesday afternoon said", "yesterday told reporters".
const SAID_AFTER = /^[\s,]*(?:said|says|told|added)\b/i;
// A part of the day told right after a day: "Tuesday morning", "Friday night".
const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;
const SPOKE_TO = /\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\b[^,;.]*$/i;
// A speech verb right before the date's words: "said on Monday", "told reporters today".
const SAID_BEFORE = /\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{L}+))?)\s+$/iu;

// Words of a date's own phrase that only tell the time ("the third quarter", "two days before"); what else the
// phrase says ("before the evacuation") tells the event.
export const TIME_WORDS = new Set(
  (
    'quarter third second fourth first half end beginning start middle mid early late spring summer autumn fall winter ' +
    'weekend morning afternoon evening night midnight noon hours hour minutes minute later earlier ago tonight ' +
    'tomorrow previous following same eve shortly about around nearly almost some dawn daybreak sunrise sunset ' +
    'nightfall soon right well'
  ).split(' '),
);

/** Where a report's date is told in its text: the date's own words, the dates beside it, and what its place says. */
export function dateWordsOf(source: DatedSentence, otherDates: readonly { start: number; end: number }[]): DateWords {
  const { text } = source;
  const sentenceFrom = text.length - (source.end - source.start);
  const at = (offset: number | undefined) => (offset === undefined ? -1 : sentenceFrom + offset - source.start);
  let dateFrom = at(source.dateStart);
  let dateTo = at(source.dateEnd);
  if (dateFrom < 0 || dateTo > text.length || dateTo <= dateFrom) [dateFrom, dateTo] = [text.length, text.length];
  const others = otherDates
    .map((d) => ({ start: at(d.start), end: at(d.end) }))
    .filter((d) => d.start >= 0 && d.end <= text.length && (d.end <= dateFrom || d.start >= dateTo));
  // "set the dates a day after announcing the result": a date counted from another event, in a sentence that names
  // no other date, reports the sentence's own happening; the event it counts from is another one. So it does when the
  // sentence's other dates only bound something ("shut off supplies within hours of the blast and says they will not
  // be restored until the end of the month"): a limit is no day the count was taken back from.
  const bounds = (d: { start: number; end: number }) =>
    BOUND_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start));
  // "launched a review the same day the fleet was grounded": whatever else the sentence dates, the clause only tells
  // which day; the sentence's own deed is another happening of that day.
  const sameDayAs = sameDayAsAt(text.slice(dateFrom, dateTo));
  // Nor does a date told right after the named event's words ("declared shortly after 3 a.m., more than five hours
  // after polls closed on Thursday"): it dates the event counted from, so the count dates the sentence's own deed.
  // Not one set off by a comma ("started two days before the evacuation, on Saturday"): that dates the deed itself.
  const datesOrigin = (d: { start: number; end: number }) =>
    d.start >= dateTo && NO_COMMA.test(text.slice(dateTo, d.start)) && DATED_ORIGIN.test(text.slice(dateTo, d.start));
  const countedFrom =
    sameDayAs > 0
      ? sameDayAs
      : others.every((d) => bounds(d) || datesOrigin(d))
        ? countedFromAt(text.slice(dateFrom, dateTo))
        : -1;
  // With a date of the sentence's own beside it ("will begin on May 4, two weeks after they start abroad"), the date
  // counted is the named event's, and its words ("they start abroad") tell what happened then, time words included.
  const pointer = countedFrom < 0 ? /\b(?:after|before)\s+/i.exec(text.slice(dateFrom, dateTo)) : null;
  const namedFrom = pointer ? dateFrom + pointer.index + pointer[0].length : Number.POSITIVE_INFINITY;
  if (countedFrom > 0) {
    others.push({ start: dateFrom + countedFrom, end: dateTo });
    dateTo = dateFrom + countedFrom;
  }
  // "on Tuesday morning", "on Friday night": the part of the day told after a day is the date's own words, which two
  // events of that morning share as much as two reports of one.
  dateTo += PART_OF_DAY_AFTER.exec(text.slice(dateTo))?.[0].length ?? 0;
  const preposition =
    DATE_PREPOSITION.exec(text.slice(0, dateFrom))?.[0] ?? CLOCK_BEFORE_DATE.exec(text.slice(0, dateFrom))?.[0] ?? '';
  dateFrom -= preposition.length;
  // "On Thursday, the minister suspended the licence": the comma closing a date that opens its sentence ends no clause.
  if (text.slice(sentenceFrom, dateFrom).trim() === '') dateTo += /^\s*,/.exec(text.slice(dateTo))?.[0].length ?? 0;
  // "should clear by Wednesday", "will work through it until Saturday": a time something is to be done by.
  // "had raised £64,000 by this afternoon" tells how far something had come by then, no target.
  const limit = LIMIT.test(preposition) && !HAD_DONE.test(text.slice(sentenceFrom, dateFrom));
  // "Hale said today he had asked lawyers to examine the count": the date tells when it was said, so what was said
  // after it weighs as if across a clause break ("…, officials said Thursday" ends a lede that tells the event).
  // When the speech verb comes right after the date ("workers leaving on Tuesday afternoon said rumours of a closure
  // had gone round"), what was said is that and, besides, a clause of its own, which the date's words do not reach.
  const saidAfter = SAID_AFTER.exec(text.slice(dateTo));
  const toldFrom = saidAfter ? dateTo + saidAfter[0].length : dateTo;
  const saidBefore = SAID_BEFORE.test(text.slice(0, dateFrom));
  // "Hale spoke to the Beacon by phone from the capital on Thursday": the day someone spoke, a saying.
  const spokeTo = SPOKE_TO.test(text.slice(sentenceFrom, dateFrom));
  const toldBy = saidAfter ? ACROSS_BARRIER ** 2 : saidBefore ? ACROSS_BARRIER : 1;
  // A date listed with this one ("shut on Tuesday and Wednesday") shares its words rather than parting them.
  const listed = (d: { start: number; end: number }) =>
    LISTED_DATES.test(d.end <= dateFrom ? text.slice(d.end, dateFrom) : text.slice(dateTo, d.start));
  const parting = others.filter((d) => !listed(d));
  return {
    sentenceFrom,
    dateFrom,
    dateTo,
    others,
    parting,
    namedFrom,
    limit,
    toldFrom,
    toldBy,
    saidBefore,
    spoken: saidAfter !== null || saidBefore || spokeTo,
  };
}

/** Where the event a date is counted from starts in its words ("a day after |announcing the result"), or -1. */
export function countedFromAt(dateWords: string): number {
  // "on the afternoon of the fire" counts from the fire as "two days after the fire" does, and so does "on the day
  // the closure was announced": the closure's announcement is another happening than the sentence's own.
  const pointer =
    /\b(?:after|before|of)\s+|\bon\s+the\s+(?:very\s+)?(?:day|morning|afternoon|evening|night)\s+(?:that\s+|when\s+)?/i.exec(
      dateWords,
    );
  if (!pointer) return -1;
  const from = pointer.index + pointer[0].length;
  const words =
    dateWords
      .slice(from)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.some((word) => !TIME_WORDS.has(word) && !isStopword(word) && word.length > 2) ? from : -1;
}

// "the same day the fleet was grounded", "on the very same morning that the dam gave way": a day told by another
// happening of it.
const SAME_DAY_AS =
  /^(?:on\s+)?the\s+(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night)\s+(?:that\s+|when\s+|as\s+)?/i;

/** Where the happening a date is told the same day as starts in its words ("the same day |the fleet was grounded"), or
 * -1 (also for a bare "the same day"). */
export function sameDayAsAt(dateWords: string): number {
  const pointer = SAME_DAY_AS.exec(dateWords);
  if (!pointer) return -1;
  const words =
    dateWords
      .slice(pointer[0].length)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.some((word) => !TIME_WORDS.has(word) && !isStopword(word) && word.length > 2) ? pointer[0].length : -1;
}
