// The events an article has told so far, and which of them a time's words refer to: the event a phrase names ("two
// days after the vote"), the event a clock time is the time of ("The tank failed at 11:40 p.m."), and whether a day is
// told as when something was said. event-anchors.ts counts the dates from them.
import type { DateMention } from '../dates/candidates.ts';
import { actionOfWord, actionsMatch } from '../language/actions.ts';
import type { Sentence } from '../language/sentences.ts';
import { reportOf } from './event-reports.ts';
import { compoundsShared, signature } from './event-signature.ts';
import { withOtherNames } from './named-happenings.ts';
import { sameThingAndAction, thingsOf } from './named-thing.ts';

export interface FoundDate extends DateMention {
  length: number;
  /** Told from an event its words name, on another day ("two days after the vote"): those words are that event's. */
  named?: boolean;
}

export interface DatedSentence {
  sentence: Sentence;
  /** Which paragraph of the article it is in, counting from 0. */
  paragraph: number;
  /** Characters of a dateline opening it, where no date counts. */
  skip: number;
  /** Its dates: those told against the publication date first, then those told from another event (in text order
   * once all are found). */
  dates: FoundDate[];
  /** How many of `dates` were told against the publication date. */
  explicit: number;
}

export interface Told {
  item: DatedSentence;
  date: FoundDate;
}

// "started the fire on Tuesday, the fire service said today": the day something was said is when it was reported.
const SAID_AT = /\b(?:said|says|told\s+(?:\S+\s+){0,2}|added|stated|confirmed|wrote)\s+(?:on\s+|late\s+|early\s+)?$/i;
// What tests "confirmed" is what they found that day, not something said: "Lab tests confirmed Wednesday that …".
const FOUND_BY_TESTS =
  /\b(?:tests?|results?|samples?|swabs?|scans?|analys[ie]s)\s+(?:\S+\s+){0,2}confirmed\s+(?:on\s+)?$/i;

/** The words before a date end by telling it as when something was said ("… said on Monday"). */
export function saidAt(before: string): boolean {
  return SAID_AT.test(before) && !FOUND_BY_TESTS.test(before);
}

/**
 * The event whose date is told closest to most of what the words name (what happened counts most, then other words,
 * names least): the latest told before, else the first told later ("Two days after the volcano burst into life, …"
 * before the article says when it did).
 */
export function namedEvent(
  words: string,
  item: DatedSentence,
  known: { told: readonly Told[]; explicit: readonly Told[] },
  countable: (date: FoundDate) => boolean,
  inForce = false,
): FoundDate | null {
  const wanted = withOtherNames(words, signature(words, true));
  if (wanted.size === 0) return null;
  // "the first day of the ban" counts from the ban in force: not from the day it was decided on or announced.
  const head = inForce ? /([\p{L}-]+)\s*$/u.exec(words)?.[1] : undefined;
  const usable = (told: Told) => countable(told.date) && !(head && decidedAt(told, head));
  // The dates nearest it only, found without weighing the rest: a long text's every count would otherwise be weighed
  // against every date before it.
  const later: Told[] = [];
  for (const told of known.explicit) {
    if (later.length === LOOK_BACK) break;
    if (told.item.sentence.start > item.sentence.start && usable(told)) later.push(told);
  }
  const before: Told[] = [];
  for (let index = known.told.length - 1; index >= 0 && before.length < LOOK_BACK; index--)
    if (usable(known.told[index]!)) before.push(known.told[index]!);
  before.reverse();
  // Of the events told with its action, those told of the same thing first ("two days after the port closed": the
  // port's closing, not the airport's told since).
  const things = thingsOf(wanted);
  const ofThing =
    things.length > 0
      ? before.filter((told) => sameThingAndAction(wanted, things, wordsNear(told.item, told.date)))
      : [];
  return (
    bestMatch(wanted, ofThing, item, 0) ??
    bestMatch(wanted, before, item, 0) ??
    bestMatch(wanted, later.reverse(), item, 0) ??
    // Last, an event itself told only from another ("the morning after polling day" names polling day's date).
    bestMatch(wanted, before, item, 0, true)
  );
}

// A thing told as what was decided, agreed, announced or proposed ("decided on the ban on Wednesday", "announced a
// closure on Monday"): the day of the deciding, before the thing is in force.
const DECIDING =
  /\b(?:decid|agree|vot|approv|announc|order|propos|plann?|discuss|debat|consider|back|endors|sign)(?:e|es|ed|ing|s)?\s+(?:(?:on|to|for|off\s+on)\s+)?(?:the|a|an|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function decidedAt({ item, date }: Told, head: string): boolean {
  const before = item.sentence.text.slice(0, date.index);
  const at = before.search(new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b[^,;]*$`, 'iu'));
  return at >= 0 && DECIDING.test(before.slice(0, at));
}

// The words a date's own phrase holds before it: "the examination held on", "the vote taken on".
const DATE_PHRASE = /((?:[\p{L}-]+\s+){1,3})(?:on|in|at)\s+$/u;

/**
 * Whether the thing `words` name ("the exam") is the noun a date is told of ("the examination held on"), by its word
 * or a clipped form of it (exam, examination).
 */
export function thingOfDate(words: string, before: string): boolean {
  const head = /([\p{L}]+)\W*$/u.exec(words)?.[1]?.toLowerCase();
  const phrase = DATE_PHRASE.exec(before)?.[1];
  if (!head || head.length < 4 || !phrase) return false;
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.length >= 4 && (word.startsWith(head) || head.startsWith(word)));
}

/** Of the dates told, the one whose nearby words share most with `wanted`, if it shares more than `floor`. */
function bestMatch(
  wanted: ReadonlyMap<string, number>,
  candidates: readonly Told[],
  item: DatedSentence,
  floor: number,
  namedOnly = false,
): FoundDate | null {
  let found: { date: FoundDate; score: number } | null = null;
  const wantedActions = [...wanted.keys()].filter((key) => key.startsWith('@'));
  for (const { item: other, date } of candidates) {
    if (other === item || date.background || Boolean(date.named) !== namedOnly) continue;
    // "closed the beach on Saturday and will keep it closed until Thursday": Thursday ends the closure; "the first day
    // of the closure" and "two days after the closure" count from the day it happened.
    if (STATE_LIMIT.test(other.sentence.text.slice(0, date.index))) continue;
    // "the day before the walkout" counts from its first day, not from a day told as its second.
    if (INTO_LATER_DAY.test(other.sentence.text)) continue;
    const near = wordsNear(other, date);
    // "minutes before the window shut" is not "the window reopens on June 16": another action told at that date.
    const told = [...near].filter(([key, weight]) => key.startsWith('@') && weight >= CLEAR_ACTION_NEAR);
    const otherAction =
      wantedActions.length > 0 &&
      told.length > 0 &&
      !told.some(([key]) => wantedActions.some((action) => actionsMatch(action.slice(1), key.slice(1))));
    if (otherAction) continue;
    let score = 0;
    for (const [key, weight] of near) score += weight * (wanted.get(key) ?? 0);
    score += compoundsShared(wanted, other.sentence.text, near);
    if (score > floor && (!found || score >= found.score)) found = { date, score };
  }
  return found?.date ?? null;
}

/** The words of a sentence near one of its dates, weighted by how close they are (see event-reports). */
export function wordsNear(item: DatedSentence, date: FoundDate): ReadonlyMap<string, number> {
  // Each clock time and named count compares itself with every date told before it: reading each date's words once
  // keeps a long article from reading them again for every later sentence. A date's words depend on its sentence's
  // text and on where each of the sentence's dates lies (and whether it names an event): all of that is the key.
  const key = `${date.index}:${date.length}|${item.dates.map((d) => `${d.index}:${d.length}:${d.named ? 1 : 0}`).join(',')}`;
  const known = nearWords.get(date);
  if (known && known.text === item.sentence.text && known.key === key) return known.terms;
  const terms = readWordsNear(item, date);
  nearWords.set(date, { text: item.sentence.text, key, terms });
  return terms;
}

const nearWords = new WeakMap<FoundDate, { text: string; key: string; terms: ReadonlyMap<string, number> }>();

function readWordsNear(item: DatedSentence, date: FoundDate): Map<string, number> {
  const { text } = item.sentence;
  // A date told from a named event ("two days after a slice of the headland slumped on to the beach") holds the rest
  // of its clause: those words tell that event, not the sentence's other dates.
  const others = item.dates
    .filter((d) => d !== date)
    .map((d) => ({ start: d.index, end: d.named ? clauseEnd(text, d.index + d.length) : d.index + d.length }));
  const source = { text, start: 0, end: text.length, dateStart: date.index, dateEnd: date.index + date.length };
  const terms = reportOf({ ...source, entities: NO_ENTITIES }, others).terms;
  // "Ternholt is recalling 9,000 cars, the carmaker said on Monday": a day told as when something was said, with no
  // deed told at it, is the day of an announcement ("hours after the announcement").
  const deedAt = [...terms].some(([key, weight]) => key.startsWith('@') && weight >= CLEAR_ACTION_NEAR);
  // It counts less than an announcement told in words ("announced the recall on Monday").
  if (!deedAt && SAID_AT.test(text.slice(0, date.index)))
    terms.set('@announce', Math.max(terms.get('@announce') ?? 0, CLEAR_ACTION_NEAR));
  return terms;
}

const NO_ENTITIES = { people: [], organizations: [], places: [] };

function clauseEnd(text: string, from: number): number {
  const end = text.slice(from).search(/[,;:—]|\s(?:and|but|which|when|while)\s/);
  return end < 0 ? text.length : from + end;
}

/**
 * The earlier event a clock time is the time of, when its sentence is clearly about the same thing ("The tank … split
 * late on Tuesday." … "The tank … failed at 11:40 p.m."): the best match by the things both name, well ahead of any
 * other day.
 */
export function clockSubject(
  item: DatedSentence,
  clock: { index: number; text: string },
  earlier: readonly Told[],
): FoundDate | null {
  // Nothing told before to be the time of: not worth reading the sentence (a page of clock times and no days).
  if (earlier.length === 0) return null;
  const things = clockThings(item, clock);
  const scores = new Map<string, { date: FoundDate; score: number }>();
  for (const { item: other, date } of earlier.slice(-LOOK_BACK)) {
    if (other === item || date.background || date.named || date.precision !== 'day' || date.endDate) continue;
    let score = 0;
    for (const [key, weight] of wordsNear(other, date)) if (things.has(key)) score += weight;
    if (score > (scores.get(date.date)?.score ?? 0)) scores.set(date.date, { date, score });
  }
  const [best, second] = [...scores.values()].sort((a, b) => b.score - a.score);
  return best && best.score >= CLOCK_MATCH && best.score >= CLOCK_MARGIN * (second?.score ?? 0) ? best.date : null;
}

/**
 * What a clock time's sentence is about, without what happened: "the tank" of "the tank failed at 11:40 p.m."; not
 * whose count or account it is ("It hit the ground at 9:12 by the weather service's count").
 */
export function clockThings(item: DatedSentence, clock: { index: number; text: string }): Set<string> {
  const clockDate = { ...clock, date: '', precision: 'day' as const, length: clock.text.length };
  const told = item.sentence.text.replace(SOURCE_OF_COUNT, (words) => ' '.repeat(words.length));
  const about = { ...item, sentence: { ...item.sentence, text: told } };
  return new Set([...wordsNear(about, clockDate).keys()].filter((key) => !key.startsWith('@') && !actionOfWord(key)));
}

// Whose count or account a clock time is by: "by the weather service's count", "according to the coastguard".
const SOURCE_OF_COUNT =
  /\b(?:by\s+(?:the\s+)?[\p{L}'’. -]{1,40}?['’]s?\s+(?:count|reckoning|estimate|tally|account|clock|records?)|according\s+to\s+[^,;.]+)/giu;
// A day told as a later day of something going on: "as the strike goes into its second day".
const INTO_LATER_DAY =
  /\b(?:goes|go|went|going|gone|enters|entered|entering|enter|into)\s+(?:into\s+)?(?:its|their|a|the)\s+(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:day|night|week|month)\b/i;
// The end of a state told up to a day: "until Thursday", "till at least Friday".
// So is a state reached by a time ("The fire was out by 2am"): the fire itself came before.
const STATE_LIMIT =
  /\b(?:(?:until|till)\s+(?:at\s+least\s+)?(?:next\s+|this\s+)?|(?:was|were)\s+(?:out|over|done|back|gone|extinguished|under\s+control)\s+by\s+(?:\S+\s+){0,2})$/i;
// How close to its date an action must be told to say what happened then.
const CLEAR_ACTION_NEAR = 0.5;
// How much a clock time's words must share with an earlier date's to be the time of that event rather than the
// main event's ("The tank … split late on Tuesday." … "The tank failed at 11:40 p.m.").
const CLOCK_MATCH = 1;
const CLOCK_MARGIN = 1.5;
// How many of the dates told before a sentence it may point back at: far more than an article tells (the gold set's
// longest article gives 21 events), few enough that a book-length text is read in time linear in its length.
const LOOK_BACK = 200;
