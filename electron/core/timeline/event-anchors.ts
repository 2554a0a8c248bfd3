// Dates told from another event ("two days later", "the night before", "that day", clock times): resolved against
// the event they refer to: one their words name, else the time just told (earlier in the sentence, else in the
// paragraph or the one before), else the article's main event. Never against the publication date.
import { type AnchoredTime, anchoredTimes, clockTime } from './anchors.ts';
import { isBackground } from './background.ts';
import { addDays, addMonths, type CalendarDay, formatDay, formatMonth, weekdayOf } from './calendar.ts';
import type { DateMention } from './candidates.ts';
import type { Sentence } from './sentences.ts';
import { tokenize } from './similarity.ts';

export interface FoundDate extends DateMention {
  length: number;
}

export interface DatedSentence {
  sentence: Sentence;
  /** Which paragraph of the article it is in, counting from 0. */
  paragraph: number;
  /** Characters of a dateline opening it, where no date counts. */
  skip: number;
  /** Its dates: first those told against the publication date, then those told from another event. */
  dates: FoundDate[];
  /** How many of `dates` were told against the publication date. */
  explicit: number;
}

interface Told {
  item: DatedSentence;
  date: FoundDate;
}

// How many sentences with dates open an article, where its main event is told.
const LEDE_SENTENCES = 3;
// An explicit date this close after or before the words ("the next day, May 8") is the same time told twice.
const APPOSITION = /^[\s,;:()–—-]*(?:on\s+)?$/i;

/** Adds to each sentence the dates it tells from other events, in reading order so that one can follow another. */
export function anchorTimes(sentences: readonly DatedSentence[], reference: CalendarDay): void {
  const main = mainEvent(sentences, reference);
  const told: Told[] = [];
  let last: Told | null = null;
  for (const item of sentences) {
    const text = item.sentence.text;
    for (const time of anchoredTimes(text)) {
      if (time.index < item.skip || item.dates.some((d) => overlaps(d, time.index, time.text.length))) continue;
      if (!time.from && item.dates.slice(0, item.explicit).some((d) => besides(text, d, time))) continue;
      const date = resolve(time, item, told, last, main);
      if (date) item.dates.push(date);
    }
    if (item.dates.length === 0) {
      const clock = clockTime(text);
      const anchor = last?.item.paragraph === item.paragraph && !isBackground(last.date, reference) ? last : main;
      if (clock && clock.index >= item.skip && anchor?.date.precision === 'day' && !anchor.date.endDate) {
        item.dates.push({
          date: anchor.date.date,
          precision: 'day',
          text: clock.text,
          index: clock.index,
          length: clock.text.length,
        });
      }
    }
    item.dates.sort((a, b) => a.index - b.index);
    if (item.dates.length === 0) continue;
    for (const date of item.dates) told.push({ item, date });
    last = { item, date: item.dates[0]! };
  }
}

/**
 * The article's main event: the latest day told in its opening sentences that is not after publication ("walked off
 * the job today", "reached an agreement this afternoon"), else the first such day anywhere.
 */
function mainEvent(sentences: readonly DatedSentence[], reference: CalendarDay): Told | null {
  const today = formatDay(reference);
  const eligible = (date: FoundDate) =>
    date.precision === 'day' && !date.endDate && date.date <= today && !isBackground(date, reference);
  const lede = sentences.filter((s) => s.dates.length > 0).slice(0, LEDE_SENTENCES);
  let best: Told | null = null;
  for (const item of lede) {
    for (const date of item.dates.filter(eligible)) if (!best || date.date > best.date.date) best = { item, date };
  }
  if (best) return best;
  for (const item of sentences) {
    const date = item.dates.find(eligible);
    if (date) return { item, date };
  }
  return null;
}

function resolve(
  time: AnchoredTime,
  item: DatedSentence,
  told: readonly Told[],
  last: Told | null,
  main: Told | null,
): FoundDate | null {
  const words = { text: time.text, index: time.index, length: time.text.length };
  const explicit = item.dates.slice(0, item.explicit).filter((d) => !d.background);
  if (time.from && explicit.length > 0) {
    // "issued on 12 August, two days after lightning sparked the fire": the named event is two days before it.
    const nearest = [...explicit].sort((a, b) => distance(a, time) - distance(b, time))[0]!;
    const date = time.days ? null : shift(nearest, { ...time, amount: -time.amount });
    return date ? { ...date, ...words } : null;
  }
  const anchor =
    (time.from ? namedEvent(time.from, told) : null) ??
    item.dates.filter((d) => d.index < time.index).at(-1) ??
    (last && item.paragraph - last.item.paragraph <= 1 ? last.date : null) ??
    main?.date ??
    null;
  const date = anchor ? shift(anchor, time) : null;
  return date ? { ...date, ...words } : null;
}

/** The latest event told so far whose sentence shares the most words with those naming the event. */
function namedEvent(words: string, told: readonly Told[]): FoundDate | null {
  const wanted = new Set(tokenize(words).map(stem));
  if (wanted.size === 0) return null;
  let best: { date: FoundDate; shared: number } | null = null;
  for (const { item, date } of told) {
    const shared = new Set(
      tokenize(item.sentence.text)
        .map(stem)
        .filter((word) => wanted.has(word)),
    ).size;
    if (shared > 0 && (!best || shared >= best.shared)) best = { date, shared };
  }
  return best?.date ?? null;
}

/** The date `time` gives when counted from `anchor`, or null when the anchor is too vague for it. */
function shift(
  anchor: DateMention,
  time: Pick<AnchoredTime, 'unit' | 'amount' | 'whole' | 'days' | 'ordinal'>,
): DateMention | null {
  if (time.unit === 'year') {
    const year = Number(anchor.date.slice(0, 4)) + time.amount;
    return { date: String(year).padStart(4, '0'), precision: 'year', text: '', index: 0 };
  }
  if (time.unit === 'month') {
    if (anchor.precision === 'year') return null;
    const { year, month } = addMonths(Number(anchor.date.slice(0, 4)), Number(anchor.date.slice(5, 7)), time.amount);
    return { date: formatMonth(year, month), precision: 'month', text: '', index: 0 };
  }
  if (anchor.precision !== 'day') return null;
  const start = dayOf(anchor.date);
  if (time.unit === 'week') {
    const monday = addDays(start, -((weekdayOf(start) + 6) % 7) + 7 * time.amount);
    return { date: formatDay(monday), endDate: formatDay(addDays(monday, 6)), precision: 'day', text: '', index: 0 };
  }
  // Counting on from a span starts at its end, counting back at its start; "that day" of a span is ambiguous.
  if (time.amount === 0 && !time.ordinal && anchor.endDate) return null;
  const base = time.amount > 0 && !time.ordinal ? dayOf(anchor.endDate ?? anchor.date) : start;
  const day = addDays(base, time.amount);
  return {
    date: formatDay(day),
    ...(time.days ? { endDate: formatDay(addDays(day, time.days - 1)) } : {}),
    precision: 'day',
    text: '',
    index: 0,
  };
}

function dayOf(date: string): CalendarDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function overlaps(date: FoundDate, index: number, length: number): boolean {
  return index < date.index + date.length && date.index < index + length;
}

function besides(text: string, date: FoundDate, time: AnchoredTime): boolean {
  const before = text.slice(time.index + time.text.length, date.index);
  const after = text.slice(date.index + date.length, time.index);
  return (date.index >= time.index && APPOSITION.test(before)) || (date.index < time.index && APPOSITION.test(after));
}

function distance(date: FoundDate, time: AnchoredTime): number {
  return date.index < time.index
    ? time.index - (date.index + date.length)
    : date.index - (time.index + time.text.length);
}

function stem(word: string): string {
  return word.slice(0, 5);
}
