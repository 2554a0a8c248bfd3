import { Braces, Download, FileText, Minus, Rows3, Sheet, Users, ZoomIn, ZoomOut } from 'lucide-react';
import { useServices, useUi } from '../../state/app-context.tsx';
import { type Zoom, zoomLevels, zoomNames } from '../../timeline/axis.ts';
import { type LaneMode, laneNames } from '../../timeline/lanes.ts';
import { IconButton } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { MenuButton } from '../../ui/Menu.tsx';
import { ToggleGroup, type ToggleOption } from '../../ui/ToggleGroup.tsx';

const zooms: ToggleOption<Zoom>[] = zoomLevels.map((zoom) => ({ value: zoom, label: zoomNames[zoom] }));
const lanes: ToggleOption<LaneMode>[] = [
  { value: 'none', label: laneNames.none, icon: Minus, tooltip: 'All events on one line' },
  { value: 'story', label: laneNames.story, icon: Rows3, tooltip: 'A lane for each story' },
  { value: 'entity', label: laneNames.entity, icon: Users, tooltip: 'A lane for each person, organization or place' },
];

/**
 * Zoom, lanes, hidden events and exports of the timeline on screen. With no event to show, only "Show hidden"
 * is left: it is the one control that can bring events onto an empty timeline. While the timeline could not be
 * loaded, every control stays in its place (nothing jumps when Retry brings it) but none is offered, save "Show
 * hidden": it changes what is asked, so it is the way back when turning it on is what failed (and disabling it then
 * dropped the keyboard focus to the page).
 */
export function TimelineToolbar({ hasEvents, failed }: { hasEvents: boolean; failed: boolean }) {
  const { ui, timeline } = useServices();
  const view = useUi((state) => state.timeline);
  const zoomButton = (way: 'in' | 'out') => (
    <IconButton
      size="sm"
      label={way === 'in' ? 'Zoom in' : 'Zoom out'}
      icon={way === 'in' ? ZoomIn : ZoomOut}
      command={way === 'in' ? 'timeline.zoomIn' : 'timeline.zoomOut'}
      disabled={view.zoom === (way === 'in' ? 'day' : 'year')}
      onClick={() => ui.zoomTimeline(way)}
    />
  );
  const exportAs = (format: 'md' | 'csv' | 'timelinejs') => () => void timeline.exportAs(view.scope, format);
  // One toolbar, "Show hidden" always its same child: when the empty timeline had a toolbar of its own, a failure
  // (no timeline, so no longer known to be empty) swapped the forms, React built a new box and the focus fell.
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline">
      {hasEvents && (
        <>
          <ToggleGroup
            legend="Zoom"
            disabled={failed}
            value={view.zoom}
            options={zooms}
            onChange={(zoom) => ui.setTimeline({ zoom })}
            before={zoomButton('in')}
            after={zoomButton('out')}
          />
          <ToggleGroup
            legend="Lanes"
            disabled={failed}
            value={view.lanes}
            options={lanes}
            onChange={(mode) => ui.setTimeline({ lanes: mode })}
          />
        </>
      )}
      {/* "Show hidden" and Export wrap together: Export never stands alone on a line of its own in a narrow header. */}
      <span className="timeline-toolbar-end">
        <Checkbox checked={view.showHidden} onChange={(shown) => ui.setTimeline({ showHidden: shown })}>
          Show hidden
        </Checkbox>
        {hasEvents && (
          <MenuButton
            label="Export the timeline"
            icon={Download}
            className="timeline-exports"
            disabled={failed}
            items={[
              { label: 'Markdown', icon: FileText, onSelect: exportAs('md') },
              { label: 'CSV', icon: Sheet, onSelect: exportAs('csv') },
              { label: 'TimelineJS (JSON)', icon: Braces, onSelect: exportAs('timelinejs') },
            ]}
          >
            {/* Under 880 px only the icon shows (its tooltip names it); the words stay its accessible name. */}
            <span className="timeline-exports-text">Export</span>
          </MenuButton>
        )}
      </span>
    </div>
  );
}
