// One article's report of an event, as merging compares it: the words near its date (what happened, as actions and
// word stems), and who did it (the people and organisations of that clause, not whoever is quoted saying so).
import { actionPhrases } from './actions.ts';
import { TIME_OF_DAY } from './clock-times.ts';
import type { Entities } from './entities.ts';
import { happeningsBySubject } from './happening-subjects.ts';
import { type Token, tokensOf } from './report-tokens.ts';
import { isStopword } from './similarity.ts';
import { announcesPlan, ownerOf } from './speaker-and-owner.ts';

export interface ReportSource {
  /** The words reporting the event; they end with its sentence. */
  text: string;
  /** Offsets of the sentence, and of the words that gave the date, in the article text (when known). */
  start: number;
  end: number;
  dateStart?: number;
  dateEnd?: number;
  entities: Entities;
}

export interface Report {
  /** Word stems and actions, each weighted by how close it is to the date's words. */
  terms: Map<string, number>;
  /** Actions told close to the date ("closed" in "has been closed since Monday, when floodwaters peaked"). */
  actions: Set<string>;
  /** The action told closest to the date, if any; how close any action is told to it (1: among the date’s own words). */
  primary?: string;
  primaryWeight: number;
  /** Actions told right at the date: what happened, not its circumstances. */
  clear: Set<string>;
  /** People and organisations doing something in the clause, lower-cased. */
  actors: Set<string>;
  people: Set<string>;
  places: Set<string>;
  /** The date is told inside quoted speech: someone's own story, weaker evidence of the story's events. */
  quoted: boolean;
  /** The sentence tells of something going on, not of its outcome ("talks will continue tomorrow"). */
  ongoing: boolean;
  /** The sentence tells something as still going on then ("was still burning"), a state rather than a happening. */
  stillGoing: boolean;
  /** The sentence tells of a further one of a kind of happening ("a second explosion"), not of the first. */
  furtherOne: boolean;
  /** Whose thing the sentence opens on ("Tarrant's stock jumped"), lower-cased. */
  owner?: string;
  /** The date is a time something is to be done by ("should clear by Wednesday", "until Saturday"). */
  limit: boolean;
  /** The date tells when something was said ("said on Tuesday that …", "on Tuesday told reporters"). */
  spoken: boolean;
}

// Words between the date and another word that put that word in another clause.
const BARRIER_WORDS = new Set(
  'when which who whom whose while whereas although though because but after before since until unless if so once'.split(
    ' ',
  ),
);
// Marks and words that break a clause (not the colon of a clock time, "6:15 p.m."); a comma (not one inside a number,
// "1,400") only a little.
const BARRIER_MARKS = /[;()—–"“”]|(?<!\d):|:(?!\d)/g;
const COMMA = /(?<!\d),|,(?!\d)/g;
// How much each word counts by its distance (in words) from the date, and each clause it is away.
const NEAR = 8;
const ACROSS_BARRIER = 0.35;
const ACROSS_COMMA = 0.6;
// An action counts as what happened when it is at least this close to the date, and is clearly it when this close.
const ACTION_WEIGHT = 0.3;
const CLEAR_ACTION = 0.5;
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
// "said Harald Voss", "Voss told reporters", "according to the agency": who speaks is not who acts.
const SPEAKER =
  /(?:\b(?:said|says|told|according to|added|wrote|warned)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})|((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})\s*(?:said|says|told|added|wrote|warned)\b)/gu;

// "argued before Mrs Justice Ferrand", "appeared before magistrates": before whom, not before when; no clause break.
const BEFORE_AUDIENCE =
  /^before\s+(?:(?:a|an|the)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Lord|Lady|Sir|Dame|courts?|judges?|magistrates|jury|panel|tribunal|committee|parliament|Congress|lawmakers|MPs|senators|councillors|council|board)\b/i;
const LISTED_DATES = /^\s*(?:and|or)\s*$/;
const LIMIT = /\b(?:by|until|till)\s+(?:at\s+least\s+)?$/i;
const AGENT_NOUN = /^\p{L}{3,}(?:ers|ors)$/u;
const BOUND_BEFORE = /\b(?:by|until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
// A past perfect in the clause before the date: "had raised", "had grown to", "had been found".
const HAD_DONE = /\bhad\s+(?:already\s+|just\s+|been\s+)?\p{Ll}+(?:ed|en|wn|t)\b(?:[^,;]|,(?=\d))*$/u;
// Words telling that something goes on rather than ends: "will continue", "carried on".
const ONGOING = /\b(?:continu(?:e|es|ed|ing)|carr(?:y|ies|ied|ying) on|go(?:es)? on|went on|still under way)\b/i;
// A state told as lasting at that time: "was still smouldering", "were still searching".
const STILL_GOING = /\bstill\s+\p{Ll}+ing\b/u;
// A sentence opening on a further one of a kind of happening ("A second, smaller explosion followed", "A third walkout
// began"): its subject, not a count of days ("The second day of the strike") or a share ("A third of the staff").
const FURTHER_ONE =
  /^\s*(?:a|the)\s+(?:second|third|fourth|fifth)\b(?![\s,]+(?:of\b|(?:(?:straight|consecutive|successive|full)\s+)?(?:day|night|week|month|year|time|half|quarter|morning|evening|afternoon)s?\b))/i;
// A speech verb right before the date's words: "said on Monday", "told reporters today".
// A speech verb right after the date's words: "on Tuesday afternoon said", "yesterday told reporters".
const SAID_AFTER = /^[\s,]*(?:said|says|told|added)\b/i;
// A part of the day told right after a day: "Tuesday morning", "Friday night".
const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;
const SPOKE_TO = /\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\b[^,;.]*$/i;
const SAID_BEFORE = /\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{L}+))?)\s+$/iu;

// Words of a date's own phrase that only tell the time ("the third quarter", "two days before"); what else the
// phrase says ("before the evacuation") tells the event.
const TIME_WORDS = new Set(
  (
    'quarter third second fourth first half end beginning start middle mid early late spring summer autumn fall winter ' +
    'weekend morning afternoon evening night midnight noon hours hour minutes minute later earlier ago tonight ' +
    'tomorrow previous following same eve shortly about around nearly almost some dawn daybreak sunrise sunset ' +
    'nightfall soon right well'
  ).split(' '),
);

const ASIDE =
  /,\s+(?:at|about|some|near|around|off|outside|inside|below|above|beside)\s(?:[^,;:.()—–"“”\d]|\d(?:[.,]\d)?)+,/gu;

// A participle after a comma closes a clause: ", ending a wait", ", leaving 40 homes without power".
const PARTICIPLE = /^\p{Ll}+ing\b/u;

// How many words may stand between what started and the verb telling that it started.
const SUBJECT_WORDS = 6;

/** A report of an event: the words near its date weigh most, those across a clause break or another date least. */
export function reportOf(source: ReportSource, otherDates: readonly { start: number; end: number }[]): Report {
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
  const countedFrom = others.every(bounds) ? countedFromAt(text.slice(dateFrom, dateTo)) : -1;
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
  const layout = layoutOf(text);
  const { tokens } = layout;
  // A date listed with this one ("shut on Tuesday and Wednesday") shares its words rather than parting them.
  const listed = (d: { start: number; end: number }) =>
    LISTED_DATES.test(d.end <= dateFrom ? text.slice(d.end, dateFrom) : text.slice(dateTo, d.start));
  const parting = others.filter((d) => !listed(d));
  const plainWeightAt = (index: number) =>
    index >= dateFrom && index < dateTo ? 1 : weightOf(layout, index, dateFrom, dateTo, parting);
  const weightAt = (index: number) => (index >= toldFrom ? toldBy : 1) * plainWeightAt(index);
  const terms = new Map<string, number>();
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  // How clearly any action is told at the date, what was said included.
  let toldAt = 0;
  const act = (action: string, index: number) => {
    // "tranquilized a bear on Tuesday afternoon, ending a five-hour wander": what it ended, not another happening.
    const trailing = /,\s+$/.test(text.slice(Math.max(0, index - 3), index)) && PARTICIPLE.test(text.slice(index));
    const consequence = trailing ? ACROSS_BARRIER : 1;
    const weight = weightAt(index) * consequence;
    toldAt = Math.max(toldAt, plainWeightAt(index) * consequence);
    // That something was planned ("is due to", "had planned to") says nothing of which happening: what was planned does.
    if (action !== 'schedule') add(`@${action}`, weight);
    if (weight >= ACTION_WEIGHT) weights.set(action, Math.max(weights.get(action) ?? 0, weight));
  };
  for (const token of tokens) {
    // Words of another date belong to that event ("two days before the evacuation"); numbers of a date say nothing.
    if (others.some((d) => token.index >= d.start && token.index < d.end)) continue;
    const dateWord = token.index >= dateFrom && token.index < dateTo;
    if (dateWord && (/^\d/.test(token.key) || (TIME_WORDS.has(token.word) && token.index < namedFrom))) continue;
    add(token.key, weightAt(token.index));
    if (token.action) act(token.action, token.index);
    if (token.caused) toldAt = Math.max(toldAt, plainWeightAt(token.index));
  }
  for (const phrase of layout.phrases) {
    // A phrase holding another date is that date's: "you have until 7/19 to apply" sets no deadline on the day FEMA
    // opened its office.
    const phraseEnd = phrase.index + phrase.length;
    if (others.some((d) => phrase.index < d.end && phraseEnd > d.start)) continue;
    // A long phrase is as close to the date as its nearest end: "talks with the operator … broke down on Wednesday".
    const lastWord = phrase.index + text.slice(phrase.index, phrase.index + phrase.length).search(/\S+$/);
    act(phrase.action, plainWeightAt(lastWord) > plainWeightAt(phrase.index) ? lastWord : phrase.index);
  }
  // "The rally, organised by the residents, got going at one o'clock": what started is the happening its subject
  // names, told where the verb is.
  const starts = [
    ...tokens.filter((token) => token.action === 'start').map((token) => token.index),
    ...layout.phrases.filter((phrase) => phrase.action === 'start').map((phrase) => phrase.index),
  ];
  for (const at of starts) {
    const subject = tokens
      .filter((t) => t.action && t.action !== 'start' && t.index >= sentenceFrom && t.index < at)
      .at(-1);
    if (subject && countIn(layout.tokenAt, subject.index, at) <= SUBJECT_WORDS) act(subject.action!, at);
  }
  // "An avalanche swept through the camp", "their road fell at twenty to six": the happening the subject names.
  for (const { action, index } of happeningsBySubject(tokens, sentenceFrom))
    if (!others.some((d) => index >= d.start && index < d.end)) act(action, index);
  // "said on Tuesday it would shut the mill", "said on Tuesday, three weeks after a blaze …, that it would close the
  // plant": telling a plan of one's own that day is announcing it, as another outlet's "announced the closure" tells.
  if (saidBefore && announcesPlan(text.slice(dateTo)))
    weights.set('announce', Math.max(weights.get('announce') ?? 0, CLEAR_ACTION));
  const actions = new Set(weights.keys());
  const clear = new Set([...weights].filter(([, weight]) => weight >= CLEAR_ACTION).map(([action]) => action));
  const [primary, primaryWeight] = [...weights].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  const { speakers } = layout;
  const near = (name: string) => {
    const at = wordAt(text, name.split(' ').at(-1)!);
    // "a minute's silence for Hamish Laird": whom something was for did not do it.
    const forWhom = /\bfor\s+$/i.test(text.slice(0, Math.max(0, text.indexOf(name))));
    return (
      at >= 0 && weightAt(at) >= ACTION_WEIGHT && !forWhom && !speakers.some((s) => s.includes(name.split(' ').at(-1)!))
    );
  };
  const lower = (names: string[]) => new Set(names.filter(near).map((name) => name.toLowerCase()));
  const people = lower(source.entities.people);
  const quoted = layout.quotes.some((quote) => quote.start <= dateFrom && dateTo <= quote.end);
  return {
    quoted,
    limit,
    spoken: saidAfter !== null || saidBefore || spokeTo,
    ongoing: ONGOING.test(text.slice(sentenceFrom)) || STILL_GOING.test(text.slice(sentenceFrom)),
    stillGoing: STILL_GOING.test(text.slice(sentenceFrom)),
    furtherOne: FURTHER_ONE.test(text.slice(sentenceFrom)),
    ...ownerOf(text.slice(sentenceFrom)),
    terms,
    actions,
    ...(primary ? { primary } : {}),
    // What was said still tells an action clearly enough to keep two different ones apart.
    primaryWeight: Math.max(primaryWeight, toldAt),
    clear,
    actors: new Set([...people, ...lower(source.entities.organizations)]),
    people,
    places: new Set(source.entities.places.map((name) => name.toLowerCase())),
  };
}

/** Where a word first stands on its own in a text ("Marsh", not in "Marshfield"), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const [before, after] = [text[at - 1] ?? ' ', text[at + word.length] ?? ' '];
    if (!/[\p{L}\d-]/u.test(before) && !/[\p{L}\d-]/u.test(after)) return at;
  }
  return -1;
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

/** What reportOf reads of a text whatever the date: its words, clause breaks, phrases, speakers and quotes. */
interface Layout {
  tokens: Token[];
  /** Where the tokens, the clause breaks and the commas are, in order. */
  tokenAt: number[];
  barrierAt: number[];
  commaAt: number[];
  /** Asides of place or measure between two commas, telling no action (", at about 6,100 metres on the south face,"). */
  asides: { start: number; end: number }[];
  phrases: { action: string; index: number; length: number }[];
  speakers: string[];
  quotes: { start: number; end: number }[];
}

// A sentence is read for each of its dates and each date it is compared with: read it once.
const layouts = new Map<string, Layout>();
const LAYOUTS_KEPT = 500;

function layoutOf(text: string): Layout {
  const known = layouts.get(text);
  if (known) return known;
  const tokens = tokensOf(text);
  const barrierAt = [...text.matchAll(BARRIER_MARKS)].map((match) => match.index);
  for (const match of text.matchAll(/\p{L}+/gu))
    if (BARRIER_WORDS.has(match[0].toLowerCase()) && !BEFORE_AUDIENCE.test(text.slice(match.index)))
      barrierAt.push(match.index);
  const phrases = actionPhrases(text);
  // A phrase tells its own action, not its words' ("struck a deal" is no collision, "took charge" no arrest).
  const inPhrase = (token: Token) => phrases.some((p) => token.index >= p.index && token.index < p.index + p.length);
  for (const token of tokens) if (token.action && inPhrase(token)) delete token.action;
  // People named by what they do, before a verb telling that they went back to it ("Rescuers went back up the
  // mountain", "searchers will resume"), tell whose work resumed: the resuming is the happening, not a rescue.
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!token.action || !AGENT_NOUN.test(token.word) || !next || next.index - token.index > token.word.length + 8)
      return;
    const resumes = next.action === 'resume' || phrases.some((p) => p.action === 'resume' && p.index === next.index);
    if (resumes) delete token.action;
  });
  const layout: Layout = {
    tokens,
    tokenAt: tokens.map((token) => token.index),
    barrierAt: barrierAt.sort((a, b) => a - b),
    commaAt: [...text.matchAll(COMMA)].map((match) => match.index),
    asides: [...text.matchAll(ASIDE)]
      .map((match) => ({ start: match.index, end: match.index + match[0].length }))
      .filter((aside) => !tokens.some((token) => token.action && token.index > aside.start && token.index < aside.end)),
    phrases,
    speakers: [...text.matchAll(SPEAKER)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter(Boolean),
    quotes: [...text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu)].map((quote) => ({
      start: quote.index,
      end: quote.index + quote[0].length,
    })),
  };
  if (layouts.size >= LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  layouts.set(text, layout);
  return layout;
}

/** How much a word at `index` tells about the event whose date words run from `from` to `to`. */
function weightOf(
  layout: Layout,
  index: number,
  from: number,
  to: number,
  others: readonly { start: number; end: number }[],
): number {
  const [left, right] = index < from ? [index, from] : [to, index];
  const barriers =
    countIn(layout.barrierAt, left, right) + others.filter((d) => d.start >= left && d.end <= right).length * 2;
  let commas = countIn(layout.commaAt, left, right);
  let words = countIn(layout.tokenAt, left, right);
  // An aside of place or measure between the word and the date leaves them in one clause: "The slide hit Camp 2, at
  // about 6,100 metres on the south face, at 3:40 a.m.".
  for (const aside of layout.asides) {
    if (aside.start < left || aside.end > right) continue;
    commas -= 2;
    words -= countIn(layout.tokenAt, aside.start, aside.end);
  }
  return (ACROSS_BARRIER ** barriers * ACROSS_COMMA ** commas) / (1 + words / NEAR);
}

/** How many of the sorted positions lie in [from, to). */
function countIn(positions: readonly number[], from: number, to: number): number {
  return firstAtOrAfter(positions, to) - firstAtOrAfter(positions, from);
}

function firstAtOrAfter(positions: readonly number[], at: number): number {
  let [low, high] = [0, positions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
