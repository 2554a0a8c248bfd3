// A live page posts its entries under time stamps, newest first ("21:40 That's all from us." … "06:05 The roof came
// down early this morning."): its story begins at the bottom, where the page opened, and the entries above it tell
// what came after (a match moved to Saturday, a family back home). Read in text order, the first day such a page
// tells is the last news of the day; read in the story's order, it is the happening the page was opened for.
import { liveEntries } from './live-entry-order.ts';

interface Placed {
  sentence: { start: number };
}

/**
 * The sentences in the order their story was told: as written, except on a live page whose entries run newest first
 * (as `liveEntries` reads its stamps, as the page's clock does), where what stands before the first stamp (a summary,
 * a standfirst) comes first and the entries follow oldest first.
 */
export function storyOrder<T extends Placed>(text: string, items: readonly T[]): readonly T[] {
  const live = liveEntries(text);
  if (!live?.newestFirst) return items;
  const stamps = live.stamps;
  const entryOf = (item: T) => stamps.filter((stamp) => stamp.at <= item.sentence.start).length;
  const summary = items.filter((item) => entryOf(item) === 0);
  const entries = items.filter((item) => entryOf(item) > 0);
  // Stable within an entry: its own sentences keep their order.
  return [...summary, ...entries.sort((a, b) => entryOf(b) - entryOf(a))];
}
