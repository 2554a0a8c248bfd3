// A sentence telling its own day as counted from an earlier happening ("A crane lifted the fallen arm off the houses on
// Saturday afternoon, three days after it fell.") moves the story on to that day. An hour told in the past right after
// it, in its paragraph or the next, with no day of its own ("The last section of the jib was swung clear at 3.40pm."),
// is of the day the story has moved to, the page's own day, even where its words name a thing an earlier sentence told
// at the earlier day ("The jib that came down on Wednesday was hoisted clear today"). Not when they name what the
// happening counted from names ("three days after the lorry hit the bridge" then "The lorry struck the bridge at
// 3.40pm"): that hour is the earlier happening's.
import { tellsPast } from '../dates/tense.ts';
import { type DatedSentence, type FoundDate, type Told, wordsNear } from './told-events.ts';

/**
 * The happening told just before (`before`) that a clock time of `item` belongs to rather than to `subject`, the
 * earlier day its words share things with (`things`), or null when the earlier day keeps it.
 */
export function movedOnFrom(
  before: Told | null,
  subject: FoundDate,
  item: DatedSentence,
  things: ReadonlySet<string>,
  today: string,
): Told | null {
  if (!before || item.paragraph - before.item.paragraph > 1) return null;
  const day = before.date;
  if (day.precision !== 'day' || day.endDate || day.named || day.date !== today || subject.date >= day.date)
    return null;
  const countedFrom = before.item.dates.find((date) => date.named && date.date === subject.date);
  if (!countedFrom || !tellsPast(item.sentence.text)) return null;
  const named = [...wordsNear(before.item, countedFrom).keys()].filter((key) => !key.startsWith('@'));
  return named.some((key) => things.has(key)) ? null : before;
}
