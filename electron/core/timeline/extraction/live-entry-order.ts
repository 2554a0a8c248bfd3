// How a live page's entries run: one reading of its time stamps, which both the story's order (`storyOrder`: where
// the main event is sought) and the page's clock (`pageClock`: the day of a clock time nothing else dates) take, so
// the two can never disagree on which entry came first or on which day an entry was posted.
import { ENTRY_STAMP } from './furniture.ts';

export interface EntryStamp {
  /** Where the line that is only this stamp starts. */
  at: number;
  /** Minutes into the day the stamp tells. */
  minutes: number;
}

export interface LiveStamp extends EntryStamp {
  /** The midnights passed between the oldest entry's stamp and this one's (0 on the day the page opened). */
  midnights: number;
}

export interface LiveEntries {
  /** Whether the entries stand newest first in the text (the page's story begins at the bottom). */
  newestFirst: boolean;
  /** The stamps in text order, each with the midnights passed since the oldest. */
  stamps: readonly LiveStamp[];
}

/** Where each line that is only a time stamp starts, and its minutes into the day. */
export function entryStamps(text: string): EntryStamp[] {
  const out: EntryStamp[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const stamp = ENTRY_STAMP.exec(line.trim());
    if (stamp) {
      const half = stamp[3]?.toLowerCase();
      const hour = (Number(stamp[1]) % (half ? 12 : 24)) + (half === 'p' ? 12 : 0);
      out.push({ at, minutes: hour * 60 + Number(stamp[2]) });
    }
    at += line.length + 1;
  }
  return out;
}

/** The page's entries read in one way, or null off a live page (fewer than two stamps). */
export function liveEntries(text: string): LiveEntries | null {
  const stamps = entryStamps(text);
  if (stamps.length < 2) return null;
  // Entries run newest first or oldest first, whichever way round the page spans fewer hours ("23:40" then "00:50"
  // is an hour and ten minutes on, not almost a day back; "01:20", "23:45", "21:30" is an evening and the small hours
  // after it, not two days).
  const reversed = [...stamps].reverse();
  const newestFirst = elapsed(reversed) < elapsed(stamps);
  const oldestFirst = newestFirst ? reversed : stamps;
  // Read oldest first, the stamps cross midnight each time one is earlier than the one before.
  let crossed = 0;
  const midnights = new Map<EntryStamp, number>();
  oldestFirst.forEach((stamp, i) => {
    if (i > 0 && stamp.minutes < oldestFirst[i - 1]!.minutes) crossed++;
    midnights.set(stamp, crossed);
  });
  return { newestFirst, stamps: stamps.map((stamp) => ({ ...stamp, midnights: midnights.get(stamp)! })) };
}

/** Minutes from the first stamp to the last, each step forward round the clock. */
function elapsed(stamps: readonly EntryStamp[]): number {
  return stamps.slice(1).reduce((sum, stamp, i) => sum + ((stamp.minutes - stamps[i]!.minutes + 1440) % 1440), 0);
}
