import { ZoomIn, ZoomOut } from 'lucide-react';
import { useServices, useUi } from '../../state/app-context.tsx';
import { zoomLevels, zoomNames } from '../../timeline/axis.ts';
import { type LaneMode, laneNames } from '../../timeline/lanes.ts';
import { IconButton } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';

const laneModes: LaneMode[] = ['none', 'story', 'entity'];
const exports = [
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'timelinejs', label: 'TimelineJS' },
] as const;

/** Zoom, lanes, hidden events and exports of the timeline on screen. */
export function TimelineToolbar() {
  const { ui, timeline } = useServices();
  const view = useUi((state) => state.timeline);
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline">
      <fieldset className="segmented-buttons">
        <legend className="muted">Zoom</legend>
        <IconButton
          size="sm"
          label="Zoom in"
          icon={ZoomIn}
          command="timeline.zoomIn"
          disabled={view.zoom === 'day'}
          onClick={() => ui.zoomTimeline('in')}
        />
        {zoomLevels.map((zoom) => (
          <button
            key={zoom}
            type="button"
            className="button button-small"
            aria-pressed={view.zoom === zoom}
            onClick={() => ui.setTimeline({ zoom })}
          >
            {zoomNames[zoom]}
          </button>
        ))}
        <IconButton
          size="sm"
          label="Zoom out"
          icon={ZoomOut}
          command="timeline.zoomOut"
          disabled={view.zoom === 'year'}
          onClick={() => ui.zoomTimeline('out')}
        />
      </fieldset>
      <fieldset className="segmented-buttons">
        <legend className="muted">Lanes</legend>
        {laneModes.map((lanes) => (
          <button
            key={lanes}
            type="button"
            className="button button-small"
            aria-pressed={view.lanes === lanes}
            onClick={() => ui.setTimeline({ lanes })}
          >
            {laneNames[lanes]}
          </button>
        ))}
      </fieldset>
      <Checkbox checked={view.showHidden} onChange={(showHidden) => ui.setTimeline({ showHidden })}>
        Show hidden
      </Checkbox>
      <fieldset className="segmented-buttons timeline-exports">
        <legend className="muted">Export</legend>
        {exports.map((option) => (
          <button
            key={option.format}
            type="button"
            className="button button-small"
            aria-label={`Export as ${option.label}`}
            onClick={() => void timeline.exportAs(view.scope, option.format)}
          >
            {option.label}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
