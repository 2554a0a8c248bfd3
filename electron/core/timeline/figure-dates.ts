// A day and month in figures with no year ("on 3/4", "meets again 3/11"): British pages write the day first (3 April),
// American ones the month first (March 4), and a page rarely says which it is. Of the two readings, the one nearer the
// day the article speaks from is the one its readers take: news tells of days within weeks of itself, not of months.
import { addDays, type CalendarDay, formatDay } from './calendar.ts';
import { type Candidate, dayCandidate } from './candidates.ts';

// Words that make two numbers a day: "on 3/4", "is 3/4 at 7 pm", "until 22/4", "and 10/4". Not "3/4 of the vote" (a
// share), "24/7" (round the clock), "a 2/3 majority", nor a date with its year ("3/4/2031", read elsewhere).
const FIGURE_DAY =
  /\b(on|by|until|till|from|before|after|since|is|are|was|were|and|to|again|next|this|due|held|meets?|opens?|closes?)\s+(?!24\/7\b)(\d{1,2})\/(\d{1,2})(?![\d/])(?!\s+(?:of|majority|share|split|vote)\b)/gi;
// How near the reference the nearer reading must be: farther, the figures are likely something else (a score).
const NEAR_DAYS = 120;

/** Days in figures with no year, each read the way that puts it nearest the reference day. */
export function figureDates(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(FIGURE_DAY)) {
    const [first, second] = [Number(match[2]), Number(match[3])];
    const readings = [
      { month: second, day: first },
      { month: first, day: second },
    ].flatMap(({ month, day }) => daysOf(month, day, reference));
    const nearest = readings.sort((a, b) => a.distance - b.distance)[0];
    if (!nearest || nearest.distance > NEAR_DAYS) continue;
    const text = `${match[2]}/${match[3]}`;
    out.push(dayCandidate(nearest.day, text, match.index + match[0].length - text.length));
  }
  return out;
}

/** The day of a month and day in the year before, of and after the reference, with how far each is from it. */
function daysOf(month: number, day: number, reference: CalendarDay): { day: CalendarDay; distance: number }[] {
  if (month < 1 || month > 12 || day < 1 || day > 31) return [];
  const out: { day: CalendarDay; distance: number }[] = [];
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const candidate = { year, month, day };
    // "31/4": no such day.
    if (formatDay(addDays(candidate, 0)) !== formatDay(candidate)) continue;
    out.push({ day: candidate, distance: Math.abs(daysBetween(reference, candidate)) });
  }
  return out;
}

function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}
