// The reader's word on which reports tell one happening, applied to what merging made of them: a report joined by hand
// to another article's report of the same date is shown as one event with it, even one kept apart from what merging
// joins ("Not the same event" on a joined report takes the join back: the window forgets it on both sides).
import type { ArticleEvent } from '../../contract/index.ts';
import type { MergedEvent } from './merging/merge-events.ts';

/** Where a merged source's own event is found again: its article, its sentence's place, and its date. */
export type PlaceOf = (articleId: string, start: number, end: number, date: string, precision: string) => string;

export function joinedByHand(
  merged: MergedEvent[],
  eventsAt: ReadonlyMap<string, readonly ArticleEvent[]>,
  place: PlaceOf,
  articleOf: ReadonlyMap<ArticleEvent, string>,
): { events: MergedEvent[]; joined: ReadonlySet<MergedEvent> } {
  const joins: [ArticleEvent, { articleId: string; key: string }][] = [];
  for (const [event] of articleOf) for (const ref of event.joined ?? []) joins.push([event, ref]);
  if (joins.length === 0) return { events: merged, joined: new Set() };
  // Which merged event holds each report, by its article and key.
  const holder = new Map<string, number>();
  const reportOf = new Map<string, ArticleEvent>();
  merged.forEach((event, index) => {
    for (const source of event.sources) {
      for (const told of eventsAt.get(place(source.articleId, source.start, source.end, event.date, event.precision)) ??
        []) {
        holder.set(`${source.articleId}:${told.key}`, index);
        reportOf.set(`${source.articleId}:${told.key}`, told);
      }
    }
  });
  const parent = merged.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at]!;
    return at;
  };
  for (const [event, ref] of joins) {
    const here = holder.get(`${articleOf.get(event)}:${event.key}`);
    const there = holder.get(`${ref.articleId}:${ref.key}`);
    const other = reportOf.get(`${ref.articleId}:${ref.key}`);
    if (here === undefined || there === undefined || !other) continue;
    const [a, b] = [merged[here]!, merged[there]!];
    // One event has one date: reports the reader dates differently stay two until one is re-dated.
    if (a.date !== b.date || a.precision !== b.precision || (a.endDate ?? '') !== (b.endDate ?? '')) continue;
    parent[root(there)] = root(here);
  }
  const groups = new Map<number, MergedEvent[]>();
  merged.forEach((event, index) => {
    const group = groups.get(root(index));
    if (group) group.push(event);
    else groups.set(root(index), [event]);
  });
  const joined = new Set<MergedEvent>();
  const events = [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const one: MergedEvent = {
      ...group[0]!,
      entities: {
        people: [...new Set(group.flatMap((event) => event.entities.people))],
        organizations: [...new Set(group.flatMap((event) => event.entities.organizations))],
        places: [...new Set(group.flatMap((event) => event.entities.places))],
      },
      background: group.every((event) => event.background),
      sources: group.flatMap((event) => event.sources),
    };
    joined.add(one);
    return one;
  });
  return { events, joined };
}
