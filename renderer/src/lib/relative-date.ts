const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });

/** The largest unit that fits, with how many seconds it holds. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "5 minutes ago", "yesterday", "3 weeks ago": when something happened, as a person would say it.
 * Under a minute (or a clock a little ahead of this one) is "just now". Answers '' for what is not a date.
 */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = (at - now.getTime()) / 1000;
  if (seconds > -60) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/** The exact moment, in the reader's time zone, to the second. */
export function formatExact(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : exactFormat.format(at);
}
