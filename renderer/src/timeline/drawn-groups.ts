// A library's timeline holds thousands of events: drawing every card at once kept the reader waiting for
// seconds before the first one showed. The groups are drawn from the top, a page of events at a time, and
// more as the reader scrolls towards the end of what is drawn.
import type { TimelineGroup } from './axis.ts';

/** Events drawn at first, and added each time the reader nears the end of what is drawn. */
export const EVENTS_PER_PAGE = 150;

export interface DrawnGroups {
  groups: TimelineGroup[];
  /** Events in the groups not drawn yet. */
  undrawn: number;
}

/**
 * The first groups holding at least `wanted` events (whole groups: a day is never cut in two), and at least up to
 * the group holding `keep` (the focused event, which the keys and the way back from an article must find).
 */
export function drawnGroups(groups: readonly TimelineGroup[], wanted: number, keep?: string | null): DrawnGroups {
  let last = -1;
  if (keep) last = groups.findIndex((group) => group.events.some((event) => event.id === keep));
  let drawn = 0;
  let count = 0;
  while (count < groups.length && (drawn < wanted || count <= last)) drawn += groups[count++]!.events.length;
  let undrawn = 0;
  for (let i = count; i < groups.length; i++) undrawn += groups[i]!.events.length;
  return { groups: groups.slice(0, count), undrawn };
}
