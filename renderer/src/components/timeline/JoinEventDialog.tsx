import { Merge } from 'lucide-react';
import { useState } from 'react';
import type { TimelineEvent } from '../../../../electron/contract/timeline.ts';
import { eventDateLabel } from '../../lib/event-dates.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useTimeline } from '../../state/queries.ts';
import { joinableWith } from '../../timeline/joinable.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog, DialogHeader } from '../../ui/Dialog.tsx';
import { RadioGroup } from '../../ui/Radio.tsx';

/** Says which other event of its date an event is the same happening as: the two are then shown as one. */
export function JoinEventDialog() {
  const view = useUi((state) => state.timeline);
  const eventId = useUi((state) => state.editingEventId);
  const timeline = useTimeline(view.scope, view.showHidden).data;
  const event = timeline?.events.find((candidate) => candidate.id === eventId);
  if (!timeline || !event) return null;
  return <JoinEventForm event={event} others={joinableWith(event, timeline.events, timeline.articles)} />;
}

function JoinEventForm({ event, others }: { event: TimelineEvent; others: TimelineEvent[] }) {
  const { ui, timeline } = useServices();
  const [chosen, setChosen] = useState<string | null>(others.length === 1 ? others[0]!.id : null);
  const picked = others.find((other) => other.id === chosen);
  const title = `Same event as… (${eventDateLabel(event)})`;
  return (
    <Dialog title={title}>
      <DialogHeader title={title} />
      <p className="join-event-text">“{event.text}”</p>
      {others.length === 0 ? (
        <p className="muted">No other article reports an event of this date.</p>
      ) : (
        <RadioGroup
          legend="Events of the same date"
          hideLegend
          variant="list"
          className="story-choices"
          name="event"
          value={picked?.id ?? null}
          options={others.map((other) => ({
            value: other.id,
            label: other.text,
            detail: other.sources.length > 1 ? `Reported by ${other.sources.length} articles` : undefined,
          }))}
          onChange={setChosen}
        />
      )}
      <div className="dialog-actions">
        <Button onClick={() => ui.closeDialog()}>Cancel</Button>
        <Button
          variant="primary"
          icon={Merge}
          disabled={!picked}
          onClick={() => {
            if (!picked) return;
            ui.closeDialog();
            void timeline.join(event, picked);
          }}
        >
          Show as one
        </Button>
      </div>
    </Dialog>
  );
}
