// Whether two reports of one date tell the same action, and the signs that they tell two: an order for another thing,
// something said beside a deed, a plan, a deadline, someone's own story in a quote.
import type { Report } from '../extraction/event-reports.ts';
import { actionsMatch } from '../language/actions.ts';

// How close to its date an action must be told to show what happened rather than its context.
export const CLEAR_ACTION = 0.5;

/**
 * One action told clearly at both dates, or one's main action among the other's ("the quake hit at 3:17 a.m." and
 * "killed when an earthquake struck … early on Tuesday"); `strict`, the very same action, not one that goes with it
 * (a vote and its result).
 */
export function tellSameAction(x: Report, y: Report, strict = false): boolean {
  // Two actions that go together (talks and a deal) are one happening only when neither is told as still going on:
  // talks that "will continue tomorrow" did not end in the deal another outlet says was reached that day.
  const loose = !strict && x.ongoing === y.ongoing;
  // A closure's limit names the reopening, whatever else its sentence tells as still going on ("firefighters were still
  // pouring water …, and the port has shut its terminal until at least Sunday").
  if (namesReopening(x, y) || namesReopening(y, x)) return true;
  // A thing told as still going on at that time ("the fire was still smouldering late on Tuesday") is its state then,
  // not the happening another outlet reports of that day ("dust ignited on Tuesday afternoon"), though both name it.
  if (x.ongoing !== y.ongoing && (x.stillGoing || y.stillGoing)) return false;
  // "A second, smaller explosion" is not the explosion another outlet reports: the same action, another happening.
  if (x.furtherOne !== y.furtherOne) return false;
  // Two plans are one happening only by what was planned: "had planned to replace the fans in June" and "is due to
  // report by the end of June" share no action.
  const match = (mine: Report, action: string, theirs: Report, other: string) =>
    action !== 'schedule' &&
    (action === other ||
      (loose &&
        actionsMatch(action, other) &&
        !ordersOther(mine, action, other) &&
        !ordersOther(theirs, other, action)));
  const meets = (mine: Report, actions: Iterable<string>, theirs: Report, others: Set<string>) =>
    [...actions].some((action) => [...others].some((other) => match(mine, action, theirs, other)));
  return (
    meets(x, x.clear, y, y.clear) ||
    (x.primary !== undefined &&
      y.primary !== undefined &&
      (meets(x, [x.primary], y, y.actions) || meets(y, [y.primary], x, x.actions)))
  );
}

/**
 * `limit` tells a closure's limit ("will stay closed until at least Friday"), which names when the thing is to open
 * again: the very reopening `other` tells of that day, not something else resuming ("the ferry will resume sailings").
 */
function namesReopening(limit: Report, other: Report): boolean {
  return limit.limit && limit.clear.has('close') && other.clear.has('open');
}

/**
 * An order or a start told with what it ordered or started ("ordered a review", "ordered out of their homes", "began a
 * review of the jail") goes with that thing only: the minister's review is not the school's closure, and inspectors
 * beginning a review is not schools opening again, though an order and a closure, or a start and an opening, may tell
 * one happening.
 */
function ordersOther(report: Report, action: string, other: string): boolean {
  if (action !== 'order' && action !== 'start') return false;
  const ordered = [...report.clear].filter((thing) => thing !== action);
  return ordered.length > 0 && !ordered.some((thing) => actionsMatch(thing, other));
}

/**
 * `speech` tells only that something was said that day, and nowhere in its sentence what `deed` clearly tells was done
 * (no plan; announcing is saying): "is recalling 9,000 cars, the carmaker said on Monday" tells the recall another
 * outlet says was announced on Monday.
 */
export function speechBesideDeed(speech: Report, deed: Report): boolean {
  return (
    speech.spoken &&
    speech.clear.size === 0 &&
    !deed.spoken &&
    deed.primaryWeight >= CLEAR_ACTION &&
    deed.clear.size > 0 &&
    !deed.clear.has('announce') &&
    !onlyPlanned(deed) &&
    ![...deed.clear].some((action) => speech.terms.has(`@${action}`))
  );
}

/** The report is someone's own story in a quote: quoted, and telling some action near its date. */
export function ownStory(report: Report): boolean {
  return report.quoted && report.actions.size > 0;
}

/** The report tells that something is scheduled, and of no action but that. */
export function onlyPlanned(report: Report): boolean {
  return report.clear.size > 0 && [...report.clear].every((action) => action === 'schedule');
}

/** The report tells of a time to be done by, and of no action but a deadline. */
export function setsTarget(report: Report): boolean {
  const onlyDeadline = [...report.clear].every((action) => action === 'deadline');
  return onlyDeadline && (report.limit || report.clear.has('deadline'));
}
