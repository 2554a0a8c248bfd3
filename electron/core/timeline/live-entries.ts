// A live page posts its entries under time stamps, newest first ("21:40 That's all from us." … "06:05 The roof came
// down early this morning."): its story begins at the bottom, where the page opened, and the entries above it tell
// what came after (a match moved to Saturday, a family back home). Read in text order, the first day such a page
// tells is the last news of the day; read in the story's order, it is the happening the page was opened for.
import { ENTRY_STAMP } from './furniture.ts';

interface Placed {
  sentence: { start: number };
}

/**
 * The sentences in the order their story was told: as written, except on a live page whose entries run newest first,
 * where what stands before the first stamp (a summary, a standfirst) comes first and the entries follow oldest first.
 */
export function storyOrder<T extends Placed>(text: string, items: readonly T[]): readonly T[] {
  const stamps = entryStamps(text);
  if (stamps.length < 2) return items;
  // Most steps from one stamp to the next going back in time (a page may run past midnight once).
  const backwards = stamps.slice(1).filter((stamp, i) => stamp.minutes < stamps[i]!.minutes).length;
  if (backwards * 2 <= stamps.length - 1) return items;
  const entryOf = (item: T) => stamps.filter((stamp) => stamp.at <= item.sentence.start).length;
  const summary = items.filter((item) => entryOf(item) === 0);
  const entries = items.filter((item) => entryOf(item) > 0);
  // Stable within an entry: its own sentences keep their order.
  return [...summary, ...entries.sort((a, b) => entryOf(b) - entryOf(a))];
}

/** Where each line that is only a time stamp starts, and its minutes into the day. */
export function entryStamps(text: string): { at: number; minutes: number }[] {
  const out: { at: number; minutes: number }[] = [];
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
