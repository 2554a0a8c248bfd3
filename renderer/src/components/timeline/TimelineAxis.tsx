import type { Timeline } from '../../../../electron/contract/timeline.ts';
import { groupEvents, type Zoom } from '../../timeline/axis.ts';
import { type LaneMode, timelineLanes } from '../../timeline/lanes.ts';
import { EventCard } from './EventCard.tsx';

/**
 * Events down a real time axis: one row per day (month, year), empty time drawn in proportion up to
 * a cap and said in words ("3 weeks later"), and, with lanes, one column per story or name.
 */
export function TimelineAxis({
  timeline,
  zoom,
  laneMode,
  focusId,
  newIds,
}: {
  timeline: Timeline;
  zoom: Zoom;
  laneMode: LaneMode;
  focusId: string | null;
  newIds: ReadonlySet<string>;
}) {
  const groups = groupEvents(timeline.events, zoom);
  const { lanes, laneOf } = timelineLanes(timeline, laneMode);
  const columns = { gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` };
  // Tab lands on the focused event, or the first one.
  const tabStop = focusId && timeline.events.some((event) => event.id === focusId) ? focusId : timeline.events[0]?.id;
  return (
    <div className={`timeline-axis${lanes.length > 1 ? ' has-lanes' : ''}`}>
      {lanes.length > 1 && (
        <div className="lane-headers">
          <span className="lane-corner muted">{laneMode === 'story' ? 'Stories' : 'Named most'}</span>
          <ul className="lane-names" style={columns} aria-label="Lanes">
            {lanes.map((lane) => (
              <li key={lane.id} className={`lane-name lane-${lane.kind}`}>
                {lane.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="timeline-groups" aria-label="Events by date">
        {groups.map((group) => (
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
                <time dateTime={group.key}>{group.label}</time>
              </h3>
              <div className="timeline-lanes" style={columns}>
                {lanes.map((lane) => (
                  <ol key={lane.id} className="lane-cell" aria-label={lane.label || undefined}>
                    {group.events
                      .filter((event) => laneOf(event) === lane.id)
                      .map((event) => (
                        <li key={event.id}>
                          <EventCard
                            event={event}
                            isNew={newIds.has(event.id)}
                            focused={event.id === tabStop}
                            groupLabel={group.label}
                          />
                        </li>
                      ))}
                  </ol>
                ))}
              </div>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
