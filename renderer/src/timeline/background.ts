// Background events (past happenings an article tells as context) are shown in a band of their own, collapsed at
// first: they never decide where the timeline opens or how its time is scaled; the story's own events do.
import type { TimelineEvent } from '../../../electron/contract/timeline.ts';

export interface SplitEvents {
  /** The story's own events, which make the axis. */
  story: TimelineEvent[];
  /** Past context, in date order. */
  background: TimelineEvent[];
}

export function splitBackground(events: readonly TimelineEvent[]): SplitEvents {
  return {
    story: events.filter((event) => !event.background),
    background: events.filter((event) => event.background),
  };
}

/** Whether the background band is open: as the reader left it, and always when there is nothing else to show. */
export function backgroundShown(split: SplitEvents, open: boolean): boolean {
  return split.background.length > 0 && (open || split.story.length === 0);
}

/** The events on screen in the order the keys move through them: the band's (when open), then the story's. */
export function eventsOnScreen(events: readonly TimelineEvent[], backgroundOpen: boolean): TimelineEvent[] {
  const split = splitBackground(events);
  return [...(backgroundShown(split, backgroundOpen) ? split.background : []), ...split.story];
}

/** "1893 – 2022", "March 2021", for the band's summary. */
export function backgroundSpan(background: readonly TimelineEvent[]): string {
  const first = background[0]?.date.slice(0, 4);
  const last = (background.at(-1)?.endDate ?? background.at(-1)?.date)?.slice(0, 4);
  return !first ? '' : first === last ? first : `${first} – ${last}`;
}
