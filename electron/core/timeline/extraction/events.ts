// Dated events of one article: each sentence that reports something at a determinable time, once per date it names.

import { type CalendarDay, referenceDay } from '../dates/calendar.ts';
import { isCounterfactualDay } from '../dates/counterfactual-days.ts';
import { type DateMention, type Precision, resolveDates } from '../dates/dates.ts';
import { type FigureOrder, figureOrderOf } from '../dates/figure-order.ts';
import { withHolidayYears } from '../dates/holiday-years.ts';
import { withListedYears } from '../dates/listed-years.ts';
import { withWeeksOfDays } from '../dates/week-of-a-day.ts';
import { withoutWindowDays } from '../dates/window-of-use.ts';
import { notInsidePair, type Sentence, splitSentences } from '../language/sentences.ts';
import { isPastForm } from '../language/tense-forms.ts';
import { isBackground } from './background.ts';
import { dateBareOvernight } from './bare-overnight.ts';
import { dateCaptionsBehind } from './caption-days.ts';
import { datelineDay } from './dateline-day.ts';
import { anchorOfOneDate } from './day-named-anchor.ts';
import { dateEarlyHours } from './early-hours.ts';
import { type Entities, entitiesOf, findEntityMentions } from './entities.ts';
import { anchorTimes } from './event-anchors.ts';
import { pointsBack, standAloneText } from './event-context.ts';
import { DATELINE, isFurniture, tellsEarlierWording, UPDATE_LABEL } from './furniture.ts';
import { storyOrder } from './live-entries.ts';
import { dateByMovedHappening } from './night-of-a-happening.ts';
import { pageClock, writtenMinutes } from './page-clock.ts';
import { datePlansAmidPastProse } from './plans-amid-past-prose.ts';
import { tellsWhenRecordsBegan } from './records-began.ts';
import { isIdentifierFigures } from './reference-numbers.ts';
import { dateSamePeriod, withReportingPeriods } from './reporting-periods.ts';
import { dateSmallHoursNights } from './small-hours-night.ts';
import type { DatedSentence, FoundDate } from './told-events.ts';

export interface Event {
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision. */
  date: string;
  endDate?: string;
  precision: Precision;
  /** The words that report the event: its sentence, with the sentence it refers to when it cannot stand alone. */
  text: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** Offsets of the words that gave the date ("on Monday", "two days later") in the article text. */
  dateStart: number;
  dateEnd: number;
  /** A past happening the article tells as context ("a 2010 eruption", "since 1998"), not the story it reports. */
  background: boolean;
  entities: Entities;
}

export interface EventReference {
  /** The publication date as the publisher wrote it (keeping its UTC offset), or null. */
  publishedAt: string | null;
  /** When the article was saved: the reference when there is no publication date. */
  savedAt: string;
}

/** The article's events in text order (from its first `LONGEST_TEXT_READ` characters). */
export function extractEvents(whole: string, reference: EventReference): Event[] {
  const text = readablePart(whole);
  const split = splitSentences(text);
  const stampDay = referenceDay(reference.publishedAt, reference.savedAt);
  const day = datelineDay(split, stampDay);
  const sentences = readSentences(text, split, day, figureOrderOf(text));
  datePlansAmidPastProse(sentences, day);
  dateCaptionsBehind(sentences, day);
  const clock = pageClock(text, day, writtenMinutes(reference.publishedAt ?? reference.savedAt), stampDay);
  dateBareOvernight(sentences, day);
  if (day === stampDay) dateSmallHoursNights(sentences, day, writtenMinutes(reference.publishedAt));
  anchorTimes(sentences, day, storyOrder(text, sentences), clock);
  dateEarlyHours(sentences, clock);
  dateByMovedHappening(sentences);
  dateSamePeriod(sentences);
  // A correction's account of the text before ("An earlier version said the fire began at 3.25am.") tells no event,
  // not even by a clock time dated from the story.
  // Days told from another event ("on the day before or the day after") may fall in a window of use as well.
  for (const item of sentences) item.dates = withoutWindowDays(item.sentence.text, item.dates);
  const dated = sentences.filter((s) => s.dates.length > 0 && !tellsEarlierWording(s.sentence.text));
  const mentions = findEntityMentions(
    text,
    dated.map((d) => d.sentence),
  );
  const events: Event[] = [];
  for (const item of dated) {
    const { sentence } = item;
    const entities = entitiesOf(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end));
    const words = standAloneText(item, sentences);
    for (const date of distinct(item.dates)) {
      events.push({
        date: date.date,
        ...(date.endDate ? { endDate: date.endDate } : {}),
        precision: date.precision,
        text: words,
        start: sentence.start,
        end: sentence.end,
        dateStart: sentence.start + date.index,
        dateEnd: sentence.start + date.index + date.text.length,
        background: isBackground(date, day),
        entities,
      });
    }
  }
  return events;
}

// Events are read from an article's first 200,000 characters (a long read of 30,000 words is about 180,000): the
// reading blocks its process for about a second per 40,000 characters of dated reports, so a book-length page or a
// hostile one of megabytes would hold it for minutes.
export const LONGEST_TEXT_READ = 200_000;

/** The text up to the last paragraph break before the limit (or the limit, with no break in its second half). */
function readablePart(text: string): string {
  if (text.length <= LONGEST_TEXT_READ) return text;
  const cut = text.lastIndexOf('\n', LONGEST_TEXT_READ);
  return text.slice(0, cut > LONGEST_TEXT_READ / 2 ? cut : notInsidePair(text, LONGEST_TEXT_READ));
}

/** Every sentence of the article that is not page furniture, with the dates it names against the reference day. */
function readSentences(
  text: string,
  split: readonly Sentence[],
  day: CalendarDay,
  order: FigureOrder | null,
): DatedSentence[] {
  const out: DatedSentence[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const sentence of split) {
    if (text.slice(previousEnd, sentence.start).includes('\n')) paragraph++;
    previousEnd = sentence.end;
    if (isFurniture(text, sentence)) continue;
    const skip = (DATELINE.exec(sentence.text) ?? UPDATE_LABEL.exec(sentence.text))?.[0].length ?? 0;
    const named = withReportingPeriods(sentence.text, resolveDates(sentence.text, day, order), day);
    const found: FoundDate[] = withoutWindowDays(
      sentence.text,
      withWeeksOfDays(sentence.text, withListedYears(sentence.text, withHolidayYears(sentence.text, named))),
    )
      .filter(
        (d) =>
          d.index >= skip &&
          !isCounterfactualDay(sentence.text, d) &&
          !wishedBefore(sentence.text, d.index) &&
          !tellsWhenRecordsBegan(sentence.text, d.index) &&
          !isIdentifierFigures(sentence.text, d.index, d.text),
      )
      .map((d) => ({ ...d, length: d.text.length }));
    const noEvent =
      (found.length > 0 && !pointsBack(sentence.text) && mostlyDates(sentence.text, found)) ||
      tellsEarlierWording(sentence.text);
    const dates = noEvent ? [] : found;
    out.push({ sentence, paragraph, skip, dates, explicit: dates.length });
  }
  return out;
}

function distinct(dates: readonly FoundDate[]): FoundDate[] {
  const byKey = new Map<string, FoundDate[]>();
  for (const d of [...dates].sort((a, b) => a.index - b.index)) {
    const key = `${d.date}/${d.endDate ?? ''}/${d.precision}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  // In the order each date is first told, as before.
  return [...byKey.values()].map(anchorOfOneDate);
}

/**
 * A line that is little more than a date ("Monday, May 5, 2025") reports nothing; a short sentence whose subject and
 * past verb are all its other words ("Talks ran from Monday to Wednesday.") does, and so does one whose verb opens or
 * closes something ("Entries close on 4 May.").
 */
function mostlyDates(sentence: string, dates: readonly DateMention[]): boolean {
  let rest = sentence;
  for (const date of dates) rest = rest.replace(date.text, ' ');
  const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  return words.length < 3 && !subjectAndPastVerb(words, sentence);
}

// Words that open page furniture rather than a subject: "Last updated Monday.", "First published 3 May."
const FURNITURE_OPENING = /^(?:last|first|updated|posted|published|modified|revised|filed|edited)$/i;

function subjectAndPastVerb(words: readonly string[], sentence: string): boolean {
  const [subject, verb] = words;
  return (
    words.length === 2 &&
    /[.!]\s*$/.test(sentence) &&
    /^\p{Lu}/u.test(subject!) &&
    !FURNITURE_OPENING.test(subject!) &&
    /^\p{Ll}+$/u.test(verb!) &&
    (isPastForm(verb!) || (OPENS_OR_CLOSES.test(verb!) && !PROMOTION.test(subject!)))
  );
}

// A shop's or a paper's own offer told on its page ("Offer ends 31 October.", "Sale ends Sunday."): no news.
const PROMOTION = /^(?:offers?|sales?|deals?|discounts?|promotions?|subscriptions?)$/i;

// A verb in the present that opens or closes something at its time: "Nominations open", "Voting ends".
const OPENS_OR_CLOSES = /^(?:(?:re)?opens?|closes?|starts?|begins?|ends?|resumes?|expires?|finish(?:es)?|shuts?)$/;

// Quoted speech wishing something done before a time ("We want this settled before the weekend," she said; "we will
// put it right before next winter") tells nothing that happens then.
// "It collapsed just before Christmas," she said, tells a happening and counts.
const BEFORE = /\bbefore\s+$/i;
const WISH = /\b(?:want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed)|need(?:s|ed)?|will|would|must|should|shall)\b|['’]ll\b/i;

function wishedBefore(sentence: string, index: number): boolean {
  if (!BEFORE.test(sentence.slice(0, index))) return false;
  return [...sentence.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu)].some(
    (quote) =>
      quote.index < index && index < quote.index + quote[0].length && WISH.test(sentence.slice(quote.index, index)),
  );
}
