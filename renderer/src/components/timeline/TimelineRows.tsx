import { useEffect, useRef, useState } from 'react';
import type { Timeline } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import type { TimelineGroup } from '../../timeline/axis.ts';
import { drawnGroups, EVENTS_PER_PAGE } from '../../timeline/drawn-groups.ts';
import { joinableWith } from '../../timeline/joinable.ts';
import type { Lanes } from '../../timeline/lanes.ts';
import { EventCard } from './EventCard.tsx';

/**
 * The rows of the axis, one per group, drawn a page of events at a time (drawn-groups.ts): more are drawn as the
 * reader scrolls near the end of what is drawn, or asks for them.
 */
export function TimelineRows({
  groups,
  lanes: { lanes, laneOf },
  articles,
  newIds,
  tabStop,
  focusId,
}: {
  groups: TimelineGroup[];
  lanes: Lanes;
  articles: Timeline['articles'];
  newIds: ReadonlySet<string>;
  tabStop: string | undefined;
  focusId: string | null;
}) {
  const [wanted, setWanted] = useState(EVENTS_PER_PAGE);
  const drawn = drawnGroups(groups, wanted, focusId);
  const columns = { gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` };
  return (
    <>
      {drawn.groups.map((group) => (
        <li key={group.key} className="timeline-group">
          {group.gapBefore && (
            <p
              className={`timeline-gap${group.gapBefore.compressed ? ' is-compressed' : ''}`}
              style={{ height: group.gapBefore.height }}
            >
              <span>{group.gapBefore.label}</span>
            </p>
          )}
          <section className="timeline-row" aria-label={group.label}>
            <h3 className="timeline-date">
              <time dateTime={group.key}>
                <DateLines label={group.label} />
              </time>
              <span className="timeline-dot" aria-hidden="true" />
            </h3>
            <div className="timeline-lanes" style={columns}>
              {lanes.map((lane, index) => (
                <ol
                  key={lane.id}
                  className={`lane-cell ${laneClass(lane.kind, index)}`}
                  aria-label={lane.label || undefined}
                >
                  {group.events
                    .filter((event) => laneOf(event) === lane.id)
                    .map((event) => (
                      <li key={event.id}>
                        <EventCard
                          event={event}
                          articles={articles}
                          isNew={newIds.has(event.id)}
                          focused={event.id === tabStop}
                          groupLabel={group.label}
                          joinable={joinableWith(event, group.events, articles).length > 0}
                        />
                      </li>
                    ))}
                </ol>
              ))}
            </div>
          </section>
        </li>
      ))}
      {drawn.undrawn > 0 && (
        <DrawMore
          // A fresh watch for each page drawn: one still in view after drawing must draw the next.
          key={drawn.groups.length}
          undrawn={drawn.undrawn}
          onMore={() => setWanted((count) => count + EVENTS_PER_PAGE)}
        />
      )}
    </>
  );
}

/** The end of what is drawn: scrolling near it draws more (where the browser can tell), and so does its button. */
function DrawMore({ undrawn, onMore }: { undrawn: number; onMore(): void }) {
  const item = useRef<HTMLLIElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  useEffect(() => {
    const target = item.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    // A screen ahead: the next page is drawn before the reader reaches the end.
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more.current(), {
      rootMargin: '0px 0px 100% 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return (
    <li ref={item} className="timeline-more">
      <button type="button" onClick={onMore}>
        Show {plural(Math.min(undrawn, EVENTS_PER_PAGE), 'more event')} ({undrawn} still below)
      </button>
    </li>
  );
}

/** Each lane a colour of its own, by its place: two stories or two people side by side never share one. */
export function laneClass(kind: string, index: number): string {
  return kind === 'other' ? 'lane-other' : `lane-${kind} lane-color-${index % 4}`;
}

/** "14 May 2025" as "14 May" and "2025", one space between: a narrow timeline sets the year under the day. */
function DateLines({ label }: { label: string }) {
  const cut = label.lastIndexOf(' ');
  if (cut < 0) return label;
  return (
    <>
      <span>{label.slice(0, cut)}</span> <span className="timeline-date-year">{label.slice(cut + 1)}</span>
    </>
  );
}
