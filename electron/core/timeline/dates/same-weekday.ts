// "That same Monday night the board met", "on the same Friday": a weekday told as the same one as the day just told
// points back to that day; read alone it would be the nearest such weekday to the page, often a week off. Read as a
// time counted from the event before (anchor-patterns.ts), and so not as a weekday of its own (weekdays.ts).
const DAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

export const SAME_WEEKDAY = new RegExp(
  `\\b(?:that|the)\\s+(?:very\\s+)?same\\s+(${DAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!['’])`,
  'giu',
);

/** Whether the weekday at `index` is told as the same one as the day just told ("that same Monday"). */
export function isSameWeekday(sentence: string, index: number): boolean {
  return /\b(?:that|the)\s+(?:very\s+)?same\s+$/i.test(sentence.slice(0, index));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday (0 for Sunday) a `SAME_WEEKDAY` match names. */
export function sameWeekdayNumber(match: RegExpExecArray): number {
  return WEEKDAYS.indexOf(match[1]!.toLowerCase());
}

/**
 * Of the days told so far, the latest that falls on the weekday and lies within a fortnight of it: the day "that same
 * Monday" points back to (the event just told may be another day of the sentence before, "…, and on Monday the 8th").
 */
export function latestOnWeekday<T extends { date: { date: string; precision: string; endDate?: string } }>(
  told: readonly T[],
  weekday: number,
): T | undefined {
  const days = told.filter((t) => t.date.precision === 'day' && !t.date.endDate);
  const latest = days.at(-1);
  return days.findLast(
    (t) =>
      new Date(`${t.date.date}T00:00:00Z`).getUTCDay() === weekday &&
      latest !== undefined &&
      Math.abs(Date.parse(latest.date.date) - Date.parse(t.date.date)) <= 14 * 86_400_000,
  );
}
