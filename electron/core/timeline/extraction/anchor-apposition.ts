// Where a time told from another event stands beside the sentence's explicit dates: over one, right beside one (the
// same time told twice), or how far from one, so that the date it counts from is the nearest.
import type { AnchoredTime } from './anchor-patterns.ts';
import type { FoundDate } from './told-events.ts';

// An explicit date this close after or before the words ("the next day, May 8") is the same time told twice.
// So is one after a clock time and its zone ("at 6:12 a.m. local time, a week after …").
// So is one after the part of the day the date tells ("reopened on Tuesday evening, 30 hours later").
const APPOSITION =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s*(?:local\s+time|[A-Z]{2,4}))?[\s,;:()–—-]*(?:on\s+)?$/;

export function overlaps(date: FoundDate, index: number, length: number): boolean {
  return index < date.index + date.length && date.index < index + length;
}

export function besides(text: string, date: FoundDate, time: AnchoredTime): boolean {
  const before = text.slice(time.index + time.text.length, date.index);
  const after = text.slice(date.index + date.length, time.index);
  return (date.index >= time.index && APPOSITION.test(before)) || (date.index < time.index && APPOSITION.test(after));
}

export function distance(date: FoundDate, time: AnchoredTime): number {
  return date.index < time.index
    ? time.index - (date.index + date.length)
    : date.index - (time.index + time.text.length);
}
