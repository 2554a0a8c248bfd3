import { useEffect, useState } from 'react';
import type { Timeline, TimelineScope } from '../../../electron/contract/timeline.ts';
import { useServices } from '../state/app-context.tsx';

/** How long a timeline is on screen before its events count as seen. */
const SEEN_AFTER_MS = 4_000;

/**
 * A visit to a timeline: the events new since the last one stay marked for this whole visit (even
 * after an article is read from it), and the visit is remembered after a few seconds or on leaving,
 * so the marks are gone next time.
 */
export function useTimelineVisit(scope: TimelineScope, timeline: Timeline | undefined, fetchedAt: number) {
  const { ui, store, timeline: actions } = useServices();
  // What the cache held from before this view opened says nothing new: the last visit may have ended since.
  const [openedAt] = useState(Date.now);
  const scopeKey = JSON.stringify(scope);
  const shown = timeline !== undefined && JSON.stringify(timeline.scope) === scopeKey;

  useEffect(() => {
    if (!shown || !timeline || fetchedAt < openedAt) return;
    const known = store.getState().timeline.newIds;
    const fresh = timeline.events.filter((event) => event.isNew && !known.includes(event.id)).map((event) => event.id);
    if (fresh.length > 0) ui.setTimeline({ newIds: [...known, ...fresh] });
  }, [shown, timeline, fetchedAt, openedAt, store, ui]);

  useEffect(() => {
    if (!shown) return;
    const visited: TimelineScope = JSON.parse(scopeKey);
    let marked = false;
    const mark = () => {
      if (marked) return;
      marked = true;
      void actions.markVisited(visited);
    };
    const timer = window.setTimeout(mark, SEEN_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      mark();
    };
  }, [shown, scopeKey, actions]);
}
