import type { CSSProperties } from 'react';
import type { Timeline } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import { groupEvents, type Zoom } from '../../timeline/axis.ts';
import { backgroundShown, backgroundSpan, splitBackground } from '../../timeline/background.ts';
import { type LaneMode, timelineLanes } from '../../timeline/lanes.ts';
import { laneClass, TimelineRows } from './TimelineRows.tsx';

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
  const rowProps = { lanes: { lanes, laneOf }, articles: timeline.articles, newIds, tabStop, focusId };
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
              <TimelineRows
                groups={groupEvents(split.background, 'year').map((group) => ({ ...group, gapBefore: null }))}
                {...rowProps}
              />
            </ol>
          )}
        </details>
      )}
      <ol className="timeline-groups" aria-label="Events by date">
        <TimelineRows groups={groups} {...rowProps} />
      </ol>
    </div>
  );
}
