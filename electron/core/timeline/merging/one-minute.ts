// Two outlets timing their happening to one minute ("the roof gave way at 4.42am", "the collapse, at 4:42 a.m.") tell
// one happening, whatever two action words each uses for it: a busy hour holds several happenings, but each is timed to
// its own minute, and two of them rarely fall within the couple of minutes outlets round a time by ("about 4.25am",
// "4.27am"). Five minutes apart is another moment ("set off the alarm at 2.14am", "a camera caught a van at 2.19am").
// Only a deed told as done, of a day, in two articles: a plan's hour is when something was meant to happen, and one
// article's two sentences may time two steps of one night to the minute.
import type { MergeItem } from './likeness-features.ts';
import { clockTimesWithin, type Evidence } from './merge-evidence.ts';

/** How far apart two outlets' times of one moment may be: "about 4.25am" beside "4.27am". */
const ROUNDING_MINUTES = 2;
// On the hour or the half hour is when schedules put things ("opened at 9am", "read the news at 7 a.m."): no one
// happening's own minute unless some report tells a minute between.
const ROUND_TIME = 30;

/**
 * Two articles' reports of a day, each told as done, every clock time of each within a couple of minutes of one of the
 * other's, some of them off the hour and half hour; none told as a little after a time ("shortly after 2 a.m.").
 */
export function timedToOneMinute(a: MergeItem, b: MergeItem): boolean {
  if (a.articleId === b.articleId || a.precision !== 'day' || b.precision !== 'day' || a.ahead || b.ahead) return false;
  const [x, y] = [a.evidence, b.evidence];
  if (x.clockTimes.length === 0 || y.clockTimes.length === 0) return false;
  if ([...x.clockTimes, ...y.clockTimes].some((clock) => clock.after)) return false;
  if ([...x.clockTimes, ...y.clockTimes].every((clock) => clock.minutes % ROUND_TIME === 0)) return false;
  return everyClockMet(x, y) && everyClockMet(y, x);
}

/** Every clock time of `x` lies within the rounding of some clock time of `y`: the sentence times no other moment. */
function everyClockMet(x: Evidence, y: Evidence): boolean {
  return x.clockTimes.every((clock) => clockTimesWithin({ ...x, clockTimes: [clock] }, y, ROUNDING_MINUTES));
}
