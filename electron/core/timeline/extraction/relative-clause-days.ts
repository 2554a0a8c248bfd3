// A day told inside a relative clause describes who or what the sentence is about ("The school that flooded on Sunday
// reopened today", "Strikers who walked out on Monday went back on Wednesday"): the sentence's own news is the day of
// its main clause, told after it. A clock time told next goes by that day: "Pupils arrived at 8.40am" came the day the
// school reopened, not the day it flooded.
import { type CalendarDay, formatDay } from '../dates/calendar.ts';
import { isPastForm } from '../language/tense-forms.ts';
import type { FoundDate, Told } from './told-events.ts';

// "who walked out on", "that was flooded in", "which had been shut since": the pronoun, its verb told in the past, and a
// few words up to the day.
// Another past verb after the clause's own ends it: "that flooded on Sunday reopened today" tells today in the main one.
const RELATIVE_VERB_BEFORE =
  /\b(?:who|which|that)\s+(?:(?:was|were|had(?:\s+been)?)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+((?:[\p{L}\d'’-]+\s+){0,5}?)$/u;

/** Whether the day at `index` is told in a relative clause whose verb is past. */
export function inPastRelativeClause(sentence: string, index: number): boolean {
  const before = RELATIVE_VERB_BEFORE.exec(sentence.slice(0, index));
  if (!before || !isPastForm(before[1]!) || /[,;:]/.test(before[0])) return false;
  return !before[2]!.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && isPastForm(word));
}

/**
 * The time a clock told next goes by, of the sentence `told` stands for: a day its main clause tells after one told in
 * a relative clause, else `told` itself.
 */
export function mainClauseDay(told: Told, reference: CalendarDay): Told {
  const sentence = told.item.sentence.text;
  if (told.date.precision !== 'day' || !inPastRelativeClause(sentence, told.date.index)) return told;
  const today = formatDay(reference);
  const later = told.item.dates.find(
    (date: FoundDate) =>
      date.index > told.date.index &&
      date.precision === 'day' &&
      !date.endDate &&
      date.date <= today &&
      !inPastRelativeClause(sentence, date.index),
  );
  return later ? { item: told.item, date: later } : told;
}
