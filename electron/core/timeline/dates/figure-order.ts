// Which way round a page writes a day and month in figures. A page keeps one habit: once it writes "19/5" (only a
// day first can read so) or "5/19" (only a month first), or spells its dates "19 May" or "May 19", its "4/5" is read
// the same way, even when the other reading lies nearer the day it speaks from. A page that shows no habit is read
// by nearness (figure-dates.ts).
import { DAY_ENDING, FULL_MONTH } from './months.ts';

/** Day first ("10/5" is 10 May, as British and Indian pages write) or month first (May 10, as American ones do). */
export type FigureOrder = 'day-first' | 'month-first';

// A figure date with no year, after a word that makes it a day ("on 19/5", "until 7/19", "(11/5)").
const FIGURE =
  /(?:\b(?:on|by|until|till|from|between|to|and|of|since|before|after|is|for|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\s+|\()(\d{1,2})\/(\d{1,2})(?![\d/])/gi;
// A figure date with its year ("16/06/2031", "12/29/2030") is a date wherever it stands: it shows the habit as well.
const FIGURE_WITH_YEAR = /\b(\d{1,2})\/(\d{1,2})\/\d{4}\b/g;
// "May 19" against "19 May"; "May 2032" is neither.
const MONTH_THEN_DAY = new RegExp(`\\b(?:${FULL_MONTH})\\.?\\s+\\d{1,2}${DAY_ENDING}?\\b`, 'g');
const DAY_THEN_MONTH = new RegExp(`\\b\\d{1,2}${DAY_ENDING}?\\s+(?:${FULL_MONTH})\\b`, 'g');

/** The order the page writes its days in, from what it writes unambiguously, or null when it shows none. */
export function figureOrderOf(text: string): FigureOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of [...text.matchAll(FIGURE), ...text.matchAll(FIGURE_WITH_YEAR)]) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 && second >= 1 && second <= 12) dayFirst++;
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst++;
  }
  // Figures that can be read only one way outweigh spelled dates, which a wire or a quote may write its own way.
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  const spelledMonthFirst = [...text.matchAll(MONTH_THEN_DAY)].length;
  const spelledDayFirst = [...text.matchAll(DAY_THEN_MONTH)].length;
  if (spelledDayFirst === spelledMonthFirst) return null;
  return spelledDayFirst > spelledMonthFirst ? 'day-first' : 'month-first';
}
