// How a sentence is laid out for reading a report of one of its dates, whatever the date: its words and the actions
// they tell, its clause breaks, commas, asides, phrases, speakers and quotes; and so how much a word tells about the
// event whose date words lie elsewhere in it (event-reports.ts reads it).
import { actionPhrases } from '../language/actions.ts';
import { keptReadings } from '../language/kept-readings.ts';
import { type Token, tokensOf } from './report-tokens.ts';

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
export const ACROSS_BARRIER = 0.35;
const ACROSS_COMMA = 0.6;
// "said Harald Voss", "Voss told reporters", "according to the agency": who speaks is not who acts.
const SPEAKER =
  /(?:\b(?:said|says|told|according to|added|wrote|warned)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})|((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})\s*(?:said|says|told|added|wrote|warned)\b)/gu;

// "argued before Mrs Justice Ferrand", "appeared before magistrates": before whom, not before when; no clause break.
const BEFORE_AUDIENCE =
  /^before\s+(?:(?:a|an|the)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Lord|Lady|Sir|Dame|courts?|judges?|magistrates|jury|panel|tribunal|committee|parliament|Congress|lawmakers|MPs|senators|councillors|council|board)\b/i;
// "was called off when it got dark last night", "stood down when night fell": a when-clause telling only the light of
// the day is a time, like "at nightfall", not another happening's clause; no clause break.
const WHEN_THE_LIGHT =
  /^when\s+(?:it\s+(?:got|grew|became|went|turned|was\s+getting|began\s+to\s+get)\s+(?:too\s+)?(?:dark|light)|(?:the\s+)?(?:night|darkness|dusk|dawn|day)\s+(?:fell|came|broke|arrived)|(?:the\s+)?(?:day)?light\s+(?:failed|faded|went|ran\s+out)|the\s+sun\s+(?:set|went\s+down|came\s+up|rose))\b/i;
const AGENT_NOUN = /^\p{L}{3,}(?:ers|ors)$/u;

const ASIDE =
  /,\s+(?:at|about|some|near|around|off|outside|inside|below|above|beside)\s(?:[^,;:.()—–"“”\d]|\d(?:[.,]\d)?)+,/gu;

/** What reportOf reads of a text whatever the date: its words, clause breaks, phrases, speakers and quotes. */
export interface Layout {
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
export const layoutOf: (text: string) => Layout = keptReadings(readLayout, 500);

function readLayout(text: string): Layout {
  const tokens = tokensOf(text);
  const barrierAt = [...text.matchAll(BARRIER_MARKS)].map((match) => match.index);
  for (const match of text.matchAll(/\p{L}+/gu))
    if (
      BARRIER_WORDS.has(match[0].toLowerCase()) &&
      !BEFORE_AUDIENCE.test(text.slice(match.index)) &&
      !WHEN_THE_LIGHT.test(text.slice(match.index))
    )
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
  return layout;
}

/** How much a word at `index` tells about the event whose date words run from `from` to `to`. */
export function weightOf(
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
export function countIn(positions: readonly number[], from: number, to: number): number {
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
