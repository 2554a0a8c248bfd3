// One article's report of an event, as merging compares it: the words near its date (what happened, as actions and
// word stems), and who did it (the people and organisations of that clause, not whoever is quoted saying so).
import { actionOfWord, actionPhrases, stemOf } from './actions.ts';
import type { Entities } from './entities.ts';
import { isStopword } from './similarity.ts';

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
  /** The action told closest to the date, if any, and how close (1 is among the date's own words). */
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
}

// Words between the date and another word that put that word in another clause.
const BARRIER_WORDS = new Set(
  'when which who whom whose while whereas although though because but after before since until unless if so'.split(
    ' ',
  ),
);
// Marks and words that break a clause; a comma (not one inside a number, "1,400") only a little.
const BARRIER_MARKS = /[;:()—–"“”]/g;
const COMMA = /(?<!\d),|,(?!\d)/g;
// How much each word counts by its distance (in words) from the date, and each clause it is away.
const NEAR = 8;
const ACROSS_BARRIER = 0.35;
const ACROSS_COMMA = 0.6;
// An action counts as what happened when it is at least this close to the date, and is clearly it when this close.
const ACTION_WEIGHT = 0.3;
const CLEAR_ACTION = 0.5;
// The date's own preposition ("since Monday", "until at least Friday") belongs to it, not to a clause break.
const DATE_PREPOSITION =
  /\b(?:on|since|until|till|by|from|after|before|in|at|during|of)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$/i;
// "said Harald Voss", "Voss told reporters", "according to the agency": who speaks is not who acts.
const SPEAKER =
  /(?:\b(?:said|says|told|according to|added|wrote|warned)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})|((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})\s*(?:said|says|told|added|wrote|warned)\b)/gu;

// Words of a date's own phrase that only tell the time ("the third quarter", "two days before"); what else the
// phrase says ("before the evacuation") tells the event.
const TIME_WORDS = new Set(
  (
    'quarter third second fourth first half end beginning start middle mid early late spring summer autumn fall winter ' +
    'weekend morning afternoon evening night midnight noon hours hour minutes minute later earlier ago tonight ' +
    'tomorrow previous following same eve shortly about around nearly almost some'
  ).split(' '),
);

interface Token {
  key: string;
  word: string;
  action?: string;
  index: number;
}

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
  dateFrom -= DATE_PREPOSITION.exec(text.slice(0, dateFrom))?.[0].length ?? 0;
  const layout = layoutOf(text);
  const { tokens } = layout;
  const weightAt = (index: number) =>
    index >= dateFrom && index < dateTo ? 1 : weightOf(layout, index, dateFrom, dateTo, others);
  const terms = new Map<string, number>();
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  const act = (action: string, weight: number) => {
    add(`@${action}`, weight);
    if (weight >= ACTION_WEIGHT) weights.set(action, Math.max(weights.get(action) ?? 0, weight));
  };
  for (const token of tokens) {
    // Words of another date belong to that event ("two days before the evacuation"); numbers of a date say nothing.
    if (others.some((d) => token.index >= d.start && token.index < d.end)) continue;
    if (token.index >= dateFrom && token.index < dateTo && (/^\d/.test(token.key) || TIME_WORDS.has(token.word)))
      continue;
    const weight = weightAt(token.index);
    add(token.key, weight);
    if (token.action) act(token.action, weight);
  }
  for (const phrase of layout.phrases) {
    if (!others.some((d) => phrase.index >= d.start && phrase.index < d.end))
      act(phrase.action, weightAt(phrase.index));
  }
  const actions = new Set(weights.keys());
  const clear = new Set([...weights].filter(([, weight]) => weight >= CLEAR_ACTION).map(([action]) => action));
  const [primary, primaryWeight] = [...weights].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  const { speakers } = layout;
  const near = (name: string) => {
    const at = text.indexOf(name.split(' ').at(-1)!);
    return at >= 0 && weightAt(at) >= ACTION_WEIGHT && !speakers.some((s) => s.includes(name.split(' ').at(-1)!));
  };
  const lower = (names: string[]) => new Set(names.filter(near).map((name) => name.toLowerCase()));
  const people = lower(source.entities.people);
  const quoted = layout.quotes.some((quote) => quote.start <= dateFrom && dateTo <= quote.end);
  return {
    quoted,
    terms,
    actions,
    ...(primary ? { primary } : {}),
    primaryWeight,
    clear,
    actors: new Set([...people, ...lower(source.entities.organizations)]),
    people,
    places: new Set(source.entities.places.map((name) => name.toLowerCase())),
  };
}

/** What reportOf reads of a text whatever the date: its words, clause breaks, phrases, speakers and quotes. */
interface Layout {
  tokens: Token[];
  /** Where the tokens, the clause breaks and the commas are, in order. */
  tokenAt: number[];
  barrierAt: number[];
  commaAt: number[];
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
    if (BARRIER_WORDS.has(match[0].toLowerCase())) barrierAt.push(match.index);
  const layout: Layout = {
    tokens,
    tokenAt: tokens.map((token) => token.index),
    barrierAt: barrierAt.sort((a, b) => a - b),
    commaAt: [...text.matchAll(COMMA)].map((match) => match.index),
    phrases: actionPhrases(text),
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

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*|\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].replace(/['’]s?$/u, '');
    const action = actionOfWord(word);
    if (!action && (word.length < 3 || isStopword(word.toLowerCase()))) continue;
    tokens.push({ key: stemOf(word), word: word.toLowerCase(), ...(action ? { action } : {}), index: match.index });
  }
  return tokens;
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
  const words = countIn(layout.tokenAt, left, right);
  const barriers =
    countIn(layout.barrierAt, left, right) + others.filter((d) => d.start >= left && d.end <= right).length * 2;
  const commas = countIn(layout.commaAt, left, right);
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
