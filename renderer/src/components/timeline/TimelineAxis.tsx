import type { CSSProperties } from 'react';
import type { Timeline } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import { groupEvents, type TimelineGroup, type Zoom } from '../../timeline/axis.ts';
import { backgroundShown, backgroundSpan, splitBackground } from '../../timeline/background.ts';
import { type LaneMode, timelineLanes } from '../../timeline/lanes.ts';
import { EventCard } from './EventCard.tsx';

/**
 * Events down a real time axis: one row per day (month, year), empty time drawn in proportion up to
 * a cap and said in words ("3 weeks later"), and, with lanes, one column per story or name. Past context
 * stands apart in a band of its own, collapsed at first, so the story's own events make the axis.
 */
export function TimelineAxis({
  timeline,
  zoom,
  laneMode,
  focusId,
  newIds,
  backgroundOpen,
  onBackgroundToggle,
}: {
  timeline: Timeline;
  zoom: Zoom;
  laneMode: LaneMode;
  focusId: string | null;
  newIds: ReadonlySet<string>;
  backgroundOpen: boolean;
  onBackgroundToggle(open: boolean): void;
}) {
  const split = splitBackground(timeline.events);
  const bandOpen = backgroundShown(split, backgroundOpen);
  const groups = groupEvents(split.story, zoom);
  const { lanes, laneOf } = timelineLanes(timeline, laneMode);
  const columns = { gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` };
  const onScreen = [...(bandOpen ? split.background : []), ...split.story];
  // Tab lands on the focused event, or the first one.
  const tabStop = focusId && onScreen.some((event) => event.id === focusId) ? focusId : onScreen[0]?.id;
  const rows = (rowGroups: TimelineGroup[]) =>
    rowGroups.map((group) => (
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
    ));
  return (
    <div
      className={`timeline-axis${lanes.length > 1 ? ' has-lanes' : ''}`}
      style={{ '--lanes': lanes.length } as CSSProperties}
    >
      {lanes.length > 1 && (
        <div className="lane-headers">
          <span className="lane-corner muted">{laneMode === 'story' ? 'Stories' : 'Named most'}</span>
          <ul className="lane-names" style={columns} aria-label="Lanes">
            {lanes.map((lane, index) => (
              <li key={lane.id} className={`lane-name ${laneClass(lane.kind, index)}`}>
                {lane.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {split.background.length > 0 && (
        <details
          className="timeline-background"
          open={bandOpen}
          onToggle={(toggle) => {
            const open = (toggle.currentTarget as HTMLDetailsElement).open;
            if (open !== bandOpen) onBackgroundToggle(open);
          }}
        >
          <summary>
            Background: {plural(split.background.length, 'event')} of the past, {backgroundSpan(split.background)}
          </summary>
          {/* Background is context, not a story's span: grouped by year, and no gaps in proportion. */}
          {bandOpen && (
            <ol className="timeline-groups" aria-label="Background events by date">
              {rows(groupEvents(split.background, 'year').map((group) => ({ ...group, gapBefore: null })))}
            </ol>
          )}
        </details>
      )}
      <ol className="timeline-groups" aria-label="Events by date">
        {rows(groups)}
      </ol>
    </div>
  );
}

/** Each lane a colour of its own, by its place: two stories or two people side by side never share one. */
function laneClass(kind: string, index: number): string {
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
