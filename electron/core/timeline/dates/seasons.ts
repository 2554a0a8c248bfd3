// Seasons and the turn of the year: "next spring", "this summer", "last winter", "in the new year".
import type { CalendarDay } from './calendar.ts';
import { type Candidate, monthCandidate, yearCandidate } from './candidates.ts';
import { looksForward } from './tense.ts';

// "next spring", "last summer", "this autumn": the season's year (a part of a year has year precision). Not "the next
// spring tide" nor "this spring's heat records": the season ends its phrase, or a new clause starts after it. Not after
// a determiner: "the last fall on the knob" is the final one of its kind, "his last summer" the last of his life.
const SEASON =
  /(?<!\b(?:the|a|an|its|their|his|her|our|my|your|that)\s+)\b(next|last|this)\s+(spring|summer|autumn|fall|winter)\b(?=\s*(?:[.,;:!?)—–]|$|\s(?:and|or|but|when|if|to|at|in|on|for|with|after|before|as|is|was|will|would|the|a|an|it|its|their|they|he|she|we)\b))/gi;
// The months each season starts and ends in; a winter spans two years and so has no year of its own.
const SEASONS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

export function seasons(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(SEASON)) {
    const [starts, ends] = SEASONS[match[2]!.toLowerCase()]!;
    const which = match[1]!.toLowerCase();
    if (which !== 'next' && starts > ends) continue;
    const year =
      which === 'next'
        ? reference.year + (reference.month >= starts ? 1 : 0)
        : which === 'last'
          ? reference.year - (reference.month > ends ? 0 : 1)
          : reference.year;
    out.push(yearCandidate(year, match[0], match.index));
  }
  return out;
}

// "will report by the summer", "is expected to start in the autumn": a season a plan is due in, told ahead, is the
// coming one (this year's until it is over). Told of the past, "in the summer" may be any year the story has reached.
// Not "the summer of 2031" (its own year), "the autumn gales" (the season ends its phrase, as above), a span it lasts
// ("through the summer"), what would have been ("would have cost more in the spring"), nor a winter, which spans two
// years.
const COMING_SEASON =
  /\b(?:by|in|before)\s+the\s+(?:(?:early|late|mid-?)\s*)?(spring|summer|autumn|fall)\b(?=\s*(?:[.,;:!?)—–]|$|\s(?:and|or|but|when|if|to|at|in|on|for|with|after|before|as|is|was|will|would|the|a|an|it|its|their|they|he|she|we)\b))/gi;
const WOULD_HAVE = /\b(?:would|could|might|should)\s+have\b/i;

export function comingSeasons(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(COMING_SEASON)) {
    if (!looksForward(sentence, match.index) || WOULD_HAVE.test(sentence.slice(0, match.index))) continue;
    const ends = SEASONS[match[1]!.toLowerCase()]![1];
    out.push(yearCandidate(reference.year + (reference.month > ends ? 1 : 0), match[0], match.index));
  }
  return out;
}

// "in the new year", "early in the New Year": told late in a year, the coming January. Earlier in the year "the new
// year" may be a financial year, or any year to come.
const NEW_YEAR = /\bin\s+the\s+[Nn]ew\s+[Yy]ear\b(?!['’]s)/g;

export function newYear(sentence: string, reference: CalendarDay): Candidate[] {
  if (reference.month < 11) return [];
  return [...sentence.matchAll(NEW_YEAR)].map((match) => ({
    ...monthCandidate(reference.year + 1, 1, match[0], match.index),
    loose: true,
  }));
}

// A season told as a time, with or without a year of its own: "last winter", "since last winter", "in the spring",
// "during late summer".
const SEASON_TOLD =
  /\b(?:(?:next|last|this|since|in\s+the|during\s+the|over\s+the|through\s+the|by\s+the)\s+(?:(?:early|late|mid-?)\s*)?)(?:spring|summer|autumn|fall|winter)\b(?!['’]s|\s+(?:tides?|term|season|months?|break|holidays?|school|storms?|sales?|schedule|timetable)\b)/gi;

/** Where the sentence tells a season as a time: what a later "two days later" counts from, though it dates nothing. */
export function seasonsTold(sentence: string): number[] {
  return [...sentence.matchAll(SEASON_TOLD)].map((match) => match.index);
}
