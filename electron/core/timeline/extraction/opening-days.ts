// The days an article's opening (headline and lede) tells, as calendar days ("2044-11-08"): "this morning" in a
// report published on 8 November, "yesterday" in one published on the 10th, "on Wednesday". A follow-up of a happening
// dates what it follows in its opening ("the crane that fell onto two homes yesterday") or tells no day of it; a
// second happening of the same kind in the same town a day before or after opens on its own day and no other
// (days-of-their-own.ts reads them so). Fingerprints take this reader from opening-days-reader.ts.
import { referenceDay, resolveDates } from '../dates/dates.ts';
import { readOpeningDaysWith } from './opening-days-reader.ts';

/** The days to the day an opening tells, each once, resolved from its publication day; none when that is unknown. */
export function openingDaysOf(title: string, lede: string, publishedAt: string | null): string[] {
  if (!publishedAt || Number.isNaN(Date.parse(publishedAt))) return [];
  const reference = referenceDay(publishedAt, publishedAt);
  const days = [title, lede]
    .flatMap((text) => resolveDates(text, reference))
    .filter((mention) => mention.precision === 'day' && !mention.background && !mention.endDate)
    .map((mention) => mention.date);
  return [...new Set(days)];
}

readOpeningDaysWith(openingDaysOf);
