const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const savedFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * A publication date as the publisher dated it: "2025-05-15T23:30:00-04:00" is 15 May, wherever
 * the reader is. Answers null for what is not a date.
 */
export function formatPublished(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match) return dayFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? null : dayFormat.format(parsed);
}

/** When the reader saved it, in the reader's own time zone. */
export function formatSaved(iso: string): string {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? '' : savedFormat.format(parsed);
}

function formatReadingTime(minutes: number): string {
  return minutes <= 1 ? '1 min read' : `${minutes} min read`;
}

/**
 * How long the article takes to read, or null when it has no text here to read: imported without it,
 * its fetch still to come or failed,
 * damaged, or still arriving from another device.
 */
export function readingTimeOf(article: {
  wordCount: number;
  readingMinutes: number;
  contentStatus?: 'pending' | 'failed' | undefined;
  arriving?: boolean | undefined;
  textMissing?: boolean | undefined;
}): string | null {
  if (article.contentStatus || article.arriving || article.textMissing || article.wordCount === 0) return null;
  return formatReadingTime(article.readingMinutes);
}
